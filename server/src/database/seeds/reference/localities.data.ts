// Cities and districts where offices and courts sit: every regional centre, the major cities, and several
// districts per region (a realistic subset, not the full list of about 200 districts). District lists follow the
// 2022 boundaries (e.g. Ayagoz, Zharma and Urzhar districts are in Abai Region, Kerbulak in Jetisu, Zhanaarka in
// Ulytau). Districts whose names changed recently or are uncertain (Baiterek, Altai, Samar, Tarbagatai …)
// are left out rather than guessed.
import { LocalityKind } from '../../../modules/locality/locality.enums';
import type { LocalitySeed, Names } from './reference.types';
import { genitive } from './russian';

/**
 * A district named by a Russian adjective: ("Бурабай", "Бурабайский", "Burabay") → Бурабай ауданы /
 * Бурабайский район / Burabay District; office "Бурабай ауданының прокуратурасы" / "Прокуратура Бурабайского
 * района"; court "Бурабай аудандық соты" / "Бурабайский районный суд".
 */
function district(region: string, key: string, kk: string, ruAdjective: string, en: string): LocalitySeed {
  return {
    code: `${region}.${key}`,
    region,
    kind: LocalityKind.DISTRICT,
    name: { kk: `${kk} ауданы`, ru: `${ruAdjective} район`, en: `${en} District` },
    of: { kk: `${kk} ауданының`, ru: `${genitive(ruAdjective)} района`, en: `${en} District` },
    court: { kk: `${kk} аудандық соты`, ru: `${ruAdjective} районный суд`, en: `${en} District Court` },
    local: true,
  };
}

/**
 * A city: Kazakh name; Russian name, its genitive and adjective; English name. ("Көкшетау", ["Кокшетау",
 * "Кокшетау", "Кокшетауский"], "Kokshetau") → office "Көкшетау қаласының прокуратурасы" / "Прокуратура города
 * Кокшетау"; court "Көкшетау қалалық соты" / "Кокшетауский городской суд".
 */
function city(
  region: string,
  key: string,
  kk: string,
  [ru, ruGenitive, ruAdjective]: readonly [string, string, string],
  en: string,
  local = true,
): LocalitySeed {
  return {
    code: `${region}.${key}`,
    region,
    kind: LocalityKind.CITY,
    name: { kk, ru, en },
    of: { kk: `${kk} қаласының`, ru: `города ${ruGenitive}`, en: `${en} City` },
    court: { kk: `${kk} қалалық соты`, ru: `${ruAdjective} городской суд`, en: `${en} City Court` },
    local,
  };
}

/** A district whose names do not follow the adjective pattern; every form written out. */
function namedDistrict(
  region: string,
  key: string,
  forms: { name: Names; of: Names; court: Names },
): LocalitySeed {
  return { code: `${region}.${key}`, region, kind: LocalityKind.DISTRICT, ...forms, local: true };
}

// Cities of republican significance: the city itself hosts the regional office and courts; the territory is
// served by the district offices and district courts (local: false).
const ASTANA: readonly LocalitySeed[] = [
  city('ASTANA', 'CITY', 'Астана', ['Астана', 'Астаны', 'Астанинский'], 'Astana', false),
  // The capital's districts are named by nouns in Russian (район Алматы, район Есиль …); the courts keep
  // adjectives. Nura District (2022) is left out: its court and office are not confirmed.
  namedDistrict('ASTANA', 'ALMATY', {
    name: { kk: 'Алматы ауданы', ru: 'район Алматы', en: 'Almaty District' },
    of: { kk: 'Алматы ауданының', ru: 'района Алматы', en: 'Almaty District' },
    court: { kk: 'Алматы аудандық соты', ru: 'Алматинский районный суд', en: 'Almaty District Court' },
  }),
  namedDistrict('ASTANA', 'ESIL', {
    name: { kk: 'Есіл ауданы', ru: 'район Есиль', en: 'Yesil District' },
    of: { kk: 'Есіл ауданының', ru: 'района Есиль', en: 'Yesil District' },
    court: { kk: 'Есіл аудандық соты', ru: 'Есильский районный суд', en: 'Yesil District Court' },
  }),
  namedDistrict('ASTANA', 'SARYARKA', {
    name: { kk: 'Сарыарқа ауданы', ru: 'район Сарыарка', en: 'Saryarka District' },
    of: { kk: 'Сарыарқа ауданының', ru: 'района Сарыарка', en: 'Saryarka District' },
    court: { kk: 'Сарыарқа аудандық соты', ru: 'Сарыаркинский районный суд', en: 'Saryarka District Court' },
  }),
  namedDistrict('ASTANA', 'BAIKONYR', {
    name: { kk: 'Байқоңыр ауданы', ru: 'район Байконыр', en: 'Baikonyr District' },
    of: { kk: 'Байқоңыр ауданының', ru: 'района Байконыр', en: 'Baikonyr District' },
    // UNCONFIRMED Russian form; the Supreme Court's 2023 release calls it the «Байқоңыр» district court.
    court: {
      kk: 'Байқоңыр аудандық соты',
      ru: 'Районный суд района Байконыр',
      en: 'Baikonyr District Court',
    },
  }),
];

const ALMATY_CITY: readonly LocalitySeed[] = [
  city('ALMATY_CITY', 'CITY', 'Алматы', ['Алматы', 'Алматы', 'Алматинский'], 'Almaty', false),
  district('ALMATY_CITY', 'ALATAU', 'Алатау', 'Алатауский', 'Alatau'),
  district('ALMATY_CITY', 'ALMALY', 'Алмалы', 'Алмалинский', 'Almaly'),
  district('ALMATY_CITY', 'AUEZOV', 'Әуезов', 'Ауэзовский', 'Auezov'),
  district('ALMATY_CITY', 'BOSTANDYK', 'Бостандық', 'Бостандыкский', 'Bostandyk'),
  district('ALMATY_CITY', 'ZHETYSU', 'Жетісу', 'Жетысуский', 'Zhetysu'),
  district('ALMATY_CITY', 'MEDEU', 'Медеу', 'Медеуский', 'Medeu'),
  district('ALMATY_CITY', 'NAURYZBAY', 'Наурызбай', 'Наурызбайский', 'Nauryzbay'),
  district('ALMATY_CITY', 'TURKSIB', 'Түрксіб', 'Турксибский', 'Turksib'),
];

const SHYMKENT: readonly LocalitySeed[] = [
  city('SHYMKENT', 'CITY', 'Шымкент', ['Шымкент', 'Шымкента', 'Шымкентский'], 'Shymkent', false),
  district('SHYMKENT', 'ABAI', 'Абай', 'Абайский', 'Abai'),
  district('SHYMKENT', 'AL_FARABI', 'Әл-Фараби', 'Аль-Фарабийский', 'Al-Farabi'),
  district('SHYMKENT', 'ENBEKSHI', 'Еңбекші', 'Енбекшинский', 'Enbekshi'),
  district('SHYMKENT', 'KARATAU', 'Қаратау', 'Каратауский', 'Karatau'),
];

const ABAI: readonly LocalitySeed[] = [
  city('ABAI', 'SEMEY', 'Семей', ['Семей', 'Семея', 'Семейский'], 'Semey'),
  city('ABAI', 'KURCHATOV', 'Курчатов', ['Курчатов', 'Курчатова', 'Курчатовский'], 'Kurchatov'),
  district('ABAI', 'AYAGOZ', 'Аягөз', 'Аягозский', 'Ayagoz'),
  // Zhangiztobe garrison is in Zharma District.
  district('ABAI', 'ZHARMA', 'Жарма', 'Жарминский', 'Zharma'),
  district('ABAI', 'BESKARAGAI', 'Бесқарағай', 'Бескарагайский', 'Beskaragai'),
  district('ABAI', 'BORODULIKHA', 'Бородулиха', 'Бородулихинский', 'Borodulikha'),
  district('ABAI', 'URZHAR', 'Үржар', 'Урджарский', 'Urzhar'),
  district('ABAI', 'ABAI', 'Абай', 'Абайский', 'Abai'),
  district('ABAI', 'KOKPEKTY', 'Көкпекті', 'Кокпектинский', 'Kokpekty'),
];

const AKMOLA: readonly LocalitySeed[] = [
  city('AKMOLA', 'KOKSHETAU', 'Көкшетау', ['Кокшетау', 'Кокшетау', 'Кокшетауский'], 'Kokshetau'),
  city('AKMOLA', 'STEPNOGORSK', 'Степногор', ['Степногорск', 'Степногорска', 'Степногорский'], 'Stepnogorsk'),
  district('AKMOLA', 'BURABAY', 'Бурабай', 'Бурабайский', 'Burabay'),
  district('AKMOLA', 'TSELINOGRAD', 'Целиноград', 'Целиноградский', 'Tselinograd'),
  district('AKMOLA', 'ARSHALY', 'Аршалы', 'Аршалынский', 'Arshaly'),
  district('AKMOLA', 'AKKOL', 'Ақкөл', 'Аккольский', 'Akkol'),
  district('AKMOLA', 'ATBASAR', 'Атбасар', 'Атбасарский', 'Atbasar'),
  district('AKMOLA', 'ESIL', 'Есіл', 'Есильский', 'Esil'),
  district('AKMOLA', 'ZHAKSY', 'Жақсы', 'Жаксынский', 'Zhaksy'),
  district('AKMOLA', 'SHORTANDY', 'Шортанды', 'Шортандинский', 'Shortandy'),
  district('AKMOLA', 'ZERENDI', 'Зеренді', 'Зерендинский', 'Zerendi'),
];

const AKTOBE: readonly LocalitySeed[] = [
  city('AKTOBE', 'AKTOBE', 'Ақтөбе', ['Актобе', 'Актобе', 'Актюбинский'], 'Aktobe'),
  district('AKTOBE', 'MARTUK', 'Мәртөк', 'Мартукский', 'Martuk'),
  district('AKTOBE', 'KHROMTAU', 'Хромтау', 'Хромтауский', 'Khromtau'),
  district('AKTOBE', 'MUGALZHAR', 'Мұғалжар', 'Мугалжарский', 'Mugalzhar'),
  district('AKTOBE', 'KARGALY', 'Қарғалы', 'Каргалинский', 'Kargaly'),
  district('AKTOBE', 'ALGA', 'Алға', 'Алгинский', 'Alga'),
  district('AKTOBE', 'SHALKAR', 'Шалқар', 'Шалкарский', 'Shalkar'),
  district('AKTOBE', 'TEMIR', 'Темір', 'Темирский', 'Temir'),
  district('AKTOBE', 'AITEKE_BI', 'Әйтеке би', 'Айтекебийский', 'Aiteke Bi'),
];

const ALMATY: readonly LocalitySeed[] = [
  // Kapshagay until 2022.
  city('ALMATY', 'KONAEV', 'Қонаев', ['Конаев', 'Конаева', 'Конаевский'], 'Konaev'),
  district('ALMATY', 'ILI', 'Іле', 'Илийский', 'Ili'),
  district('ALMATY', 'KARASAI', 'Қарасай', 'Карасайский', 'Karasai'),
  district('ALMATY', 'TALGAR', 'Талғар', 'Талгарский', 'Talgar'),
  district('ALMATY', 'ENBEKSHIKAZAKH', 'Еңбекшіқазақ', 'Енбекшиказахский', 'Enbekshikazakh'),
  district('ALMATY', 'ZHAMBYL', 'Жамбыл', 'Жамбылский', 'Zhambyl'),
  district('ALMATY', 'UIGUR', 'Ұйғыр', 'Уйгурский', 'Uigur'),
  district('ALMATY', 'RAIYMBEK', 'Райымбек', 'Райымбекский', 'Raiymbek'),
  district('ALMATY', 'BALKHASH', 'Балқаш', 'Балхашский', 'Balkhash'),
  district('ALMATY', 'KEGEN', 'Кеген', 'Кегенский', 'Kegen'),
];

const ATYRAU: readonly LocalitySeed[] = [
  city('ATYRAU', 'ATYRAU', 'Атырау', ['Атырау', 'Атырау', 'Атырауский'], 'Atyrau'),
  district('ATYRAU', 'ZHYLYOI', 'Жылыой', 'Жылыойский', 'Zhylyoi'),
  district('ATYRAU', 'MAKHAMBET', 'Махамбет', 'Махамбетский', 'Makhambet'),
  district('ATYRAU', 'ISATAI', 'Исатай', 'Исатайский', 'Isatai'),
  district('ATYRAU', 'KYZYLKOGA', 'Қызылқоға', 'Кызылкогинский', 'Kyzylkoga'),
  district('ATYRAU', 'INDER', 'Индер', 'Индерский', 'Inder'),
  district('ATYRAU', 'KURMANGAZY', 'Құрманғазы', 'Курмангазинский', 'Kurmangazy'),
  district('ATYRAU', 'MAKAT', 'Мақат', 'Макатский', 'Makat'),
];

const WEST_KAZAKHSTAN: readonly LocalitySeed[] = [
  city('WEST_KAZAKHSTAN', 'ORAL', 'Орал', ['Уральск', 'Уральска', 'Уральский'], 'Oral'),
  district('WEST_KAZAKHSTAN', 'AKZHAIK', 'Ақжайық', 'Акжаикский', 'Akzhaik'),
  district('WEST_KAZAKHSTAN', 'BURLIN', 'Бөрлі', 'Бурлинский', 'Burlin'),
  district('WEST_KAZAKHSTAN', 'TEREKTY', 'Теректі', 'Теректинский', 'Terekty'),
  district('WEST_KAZAKHSTAN', 'ZHANIBEK', 'Жәнібек', 'Жанибекский', 'Zhanibek'),
  district('WEST_KAZAKHSTAN', 'TASKALA', 'Тасқала', 'Таскалинский', 'Taskala'),
  district('WEST_KAZAKHSTAN', 'SYRYM', 'Сырым', 'Сырымский', 'Syrym'),
  district('WEST_KAZAKHSTAN', 'KAZTALOV', 'Казталов', 'Казталовский', 'Kaztalov'),
  district('WEST_KAZAKHSTAN', 'BOKEIORDA', 'Бөкей ордасы', 'Бокейординский', 'Bokeiorda'),
];

const JAMBYL: readonly LocalitySeed[] = [
  city('JAMBYL', 'TARAZ', 'Тараз', ['Тараз', 'Тараза', 'Таразский'], 'Taraz'),
  district('JAMBYL', 'ZHAMBYL', 'Жамбыл', 'Жамбылский', 'Zhambyl'),
  district('JAMBYL', 'BAIZAK', 'Байзақ', 'Байзакский', 'Baizak'),
  district('JAMBYL', 'KORDAI', 'Қордай', 'Кордайский', 'Kordai'),
  district('JAMBYL', 'MERKI', 'Меркі', 'Меркенский', 'Merki'),
  district('JAMBYL', 'SHU', 'Шу', 'Шуский', 'Shu'),
  district('JAMBYL', 'TALAS', 'Талас', 'Таласский', 'Talas'),
  district('JAMBYL', 'ZHUALY', 'Жуалы', 'Жуалынский', 'Zhualy'),
  district('JAMBYL', 'MOIYNKUM', 'Мойынқұм', 'Мойынкумский', 'Moiynkum'),
  district('JAMBYL', 'SARYSU', 'Сарысу', 'Сарысуский', 'Sarysu'),
];

const JETISU: readonly LocalitySeed[] = [
  city(
    'JETISU',
    'TALDYKORGAN',
    'Талдықорған',
    ['Талдыкорган', 'Талдыкоргана', 'Талдыкорганский'],
    'Taldykorgan',
  ),
  city('JETISU', 'TEKELI', 'Текелі', ['Текели', 'Текели', 'Текелийский'], 'Tekeli'),
  // Sary-Ozek garrison is in Kerbulak District (its centre is the village of Sary-Ozek).
  district('JETISU', 'KERBULAK', 'Кербұлақ', 'Кербулакский', 'Kerbulak'),
  district('JETISU', 'ESKELDI', 'Ескелді', 'Ескельдинский', 'Eskeldi'),
  district('JETISU', 'KARATAL', 'Қаратал', 'Каратальский', 'Karatal'),
  district('JETISU', 'SARKAND', 'Сарқан', 'Саркандский', 'Sarkand'),
  district('JETISU', 'ALAKOL', 'Алакөл', 'Алакольский', 'Alakol'),
  district('JETISU', 'AKSU', 'Ақсу', 'Аксуский', 'Aksu'),
  district('JETISU', 'PANFILOV', 'Панфилов', 'Панфиловский', 'Panfilov'),
  district('JETISU', 'KOKSU', 'Көксу', 'Коксуский', 'Koksu'),
];

const KARAGANDA: readonly LocalitySeed[] = [
  // Karaganda is served by the offices and courts of its two city districts, not by a city office.
  city(
    'KARAGANDA',
    'KARAGANDA',
    'Қарағанды',
    ['Караганда', 'Караганды', 'Карагандинский'],
    'Karaganda',
    false,
  ),
  namedDistrict('KARAGANDA', 'KAZYBEK_BI', {
    name: { kk: 'Қазыбек би атындағы аудан', ru: 'район имени Казыбек би', en: 'Kazybek Bi District' },
    of: {
      kk: 'Қарағанды қаласы Қазыбек би атындағы ауданның',
      ru: 'района имени Казыбек би города Караганды',
      en: 'Kazybek Bi District (Karaganda)',
    },
    court: {
      kk: 'Қарағанды қаласы Қазыбек би аудандық соты',
      ru: 'Казыбекбийский районный суд города Караганды',
      en: 'Kazybek Bi District Court (Karaganda)',
    },
  }),
  // Oktyabrsky District, renamed after Alikhan Bokeikhan in December 2021 (regional maslikhat, 09.12.2021).
  namedDistrict('KARAGANDA', 'BOKEIKHAN', {
    name: {
      kk: 'Әлихан Бөкейхан атындағы аудан',
      ru: 'район имени Алихана Бокейханова',
      en: 'Alikhan Bokeikhan District',
    },
    of: {
      kk: 'Қарағанды қаласы Әлихан Бөкейхан атындағы ауданның',
      ru: 'района имени Алихана Бокейханова города Караганды',
      en: 'Alikhan Bokeikhan District (Karaganda)',
    },
    // UNCONFIRMED: the court's name after the district's renaming (formerly Октябрьский районный суд).
    court: {
      kk: 'Қарағанды қаласы Әлихан Бөкейхан аудандық соты',
      ru: 'Районный суд района имени Алихана Бокейханова города Караганды',
      en: 'Alikhan Bokeikhan District Court (Karaganda)',
    },
  }),
  city('KARAGANDA', 'TEMIRTAU', 'Теміртау', ['Темиртау', 'Темиртау', 'Темиртауский'], 'Temirtau'),
  city('KARAGANDA', 'BALKHASH', 'Балқаш', ['Балхаш', 'Балхаша', 'Балхашский'], 'Balkhash'),
  city('KARAGANDA', 'SARAN', 'Сараң', ['Сарань', 'Сарани', 'Саранский'], 'Saran'),
  city('KARAGANDA', 'SHAKHTINSK', 'Шахтинск', ['Шахтинск', 'Шахтинска', 'Шахтинский'], 'Shakhtinsk'),
  district('KARAGANDA', 'BUKHAR_ZHYRAU', 'Бұқар жырау', 'Бухар-Жырауский', 'Bukhar-Zhyrau'),
  district('KARAGANDA', 'ABAI', 'Абай', 'Абайский', 'Abai'),
  district('KARAGANDA', 'OSAKAROVKA', 'Осакаров', 'Осакаровский', 'Osakarov'),
  district('KARAGANDA', 'KARKARALY', 'Қарқаралы', 'Каркаралинский', 'Karkaraly'),
  district('KARAGANDA', 'NURA', 'Нұра', 'Нуринский', 'Nura'),
];

const KOSTANAY: readonly LocalitySeed[] = [
  city('KOSTANAY', 'KOSTANAY', 'Қостанай', ['Костанай', 'Костаная', 'Костанайский'], 'Kostanay'),
  city('KOSTANAY', 'RUDNY', 'Рудный', ['Рудный', 'Рудного', 'Рудненский'], 'Rudny'),
  city('KOSTANAY', 'LISAKOVSK', 'Лисаков', ['Лисаковск', 'Лисаковска', 'Лисаковский'], 'Lisakovsk'),
  city('KOSTANAY', 'ARKALYK', 'Арқалық', ['Аркалык', 'Аркалыка', 'Аркалыкский'], 'Arkalyk'),
  district('KOSTANAY', 'KOSTANAY_DISTRICT', 'Қостанай', 'Костанайский', 'Kostanay'),
  district('KOSTANAY', 'FEDOROV', 'Федоров', 'Федоровский', 'Fedorov'),
  district('KOSTANAY', 'MENDYKARA', 'Меңдіқара', 'Мендыкаринский', 'Mendykara'),
  district('KOSTANAY', 'KARABALYK', 'Қарабалық', 'Карабалыкский', 'Karabalyk'),
  district('KOSTANAY', 'AULIEKOL', 'Әулиекөл', 'Аулиекольский', 'Auliekol'),
  district('KOSTANAY', 'ALTYNSARIN', 'Алтынсарин', 'Алтынсаринский', 'Altynsarin'),
  district('KOSTANAY', 'DENISOV', 'Денисов', 'Денисовский', 'Denisov'),
];

const KYZYLORDA: readonly LocalitySeed[] = [
  city('KYZYLORDA', 'KYZYLORDA', 'Қызылорда', ['Кызылорда', 'Кызылорды', 'Кызылординский'], 'Kyzylorda'),
  district('KYZYLORDA', 'ARAL', 'Арал', 'Аральский', 'Aral'),
  district('KYZYLORDA', 'KAZALY', 'Қазалы', 'Казалинский', 'Kazaly'),
  district('KYZYLORDA', 'KARMAKSHY', 'Қармақшы', 'Кармакшинский', 'Karmakshy'),
  district('KYZYLORDA', 'ZHALAGASH', 'Жалағаш', 'Жалагашский', 'Zhalagash'),
  district('KYZYLORDA', 'SYRDARYA', 'Сырдария', 'Сырдарьинский', 'Syrdarya'),
  district('KYZYLORDA', 'SHIELI', 'Шиелі', 'Шиелийский', 'Shieli'),
  district('KYZYLORDA', 'ZHANAKORGAN', 'Жаңақорған', 'Жанакорганский', 'Zhanakorgan'),
];

const MANGYSTAU: readonly LocalitySeed[] = [
  city('MANGYSTAU', 'AKTAU', 'Ақтау', ['Актау', 'Актау', 'Актауский'], 'Aktau'),
  city('MANGYSTAU', 'ZHANAOZEN', 'Жаңаөзен', ['Жанаозен', 'Жанаозена', 'Жанаозенский'], 'Zhanaozen'),
  district('MANGYSTAU', 'MUNAILY', 'Мұнайлы', 'Мунайлинский', 'Munaily'),
  district('MANGYSTAU', 'KARAKIYA', 'Қарақия', 'Каракиянский', 'Karakiya'),
  district('MANGYSTAU', 'MANGYSTAU', 'Маңғыстау', 'Мангистауский', 'Mangystau'),
  district('MANGYSTAU', 'TUPKARAGAN', 'Түпқараған', 'Тупкараганский', 'Tupkaragan'),
  district('MANGYSTAU', 'BEINEU', 'Бейнеу', 'Бейнеуский', 'Beineu'),
];

const PAVLODAR: readonly LocalitySeed[] = [
  city('PAVLODAR', 'PAVLODAR', 'Павлодар', ['Павлодар', 'Павлодара', 'Павлодарский'], 'Pavlodar'),
  city('PAVLODAR', 'EKIBASTUZ', 'Екібастұз', ['Экибастуз', 'Экибастуза', 'Экибастузский'], 'Ekibastuz'),
  city('PAVLODAR', 'AKSU', 'Ақсу', ['Аксу', 'Аксу', 'Аксуский'], 'Aksu'),
  district('PAVLODAR', 'PAVLODAR_DISTRICT', 'Павлодар', 'Павлодарский', 'Pavlodar'),
  district('PAVLODAR', 'BAYANAUL', 'Баянауыл', 'Баянаульский', 'Bayanaul'),
  district('PAVLODAR', 'ERTIS', 'Ертіс', 'Иртышский', 'Ertis'),
  district('PAVLODAR', 'ZHELEZIN', 'Железин', 'Железинский', 'Zhelezin'),
  district('PAVLODAR', 'SHARBAKTY', 'Шарбақты', 'Щербактинский', 'Sharbakty'),
  district('PAVLODAR', 'AKTOGAY', 'Ақтоғай', 'Актогайский', 'Aktogay'),
];

const NORTH_KAZAKHSTAN: readonly LocalitySeed[] = [
  city(
    'NORTH_KAZAKHSTAN',
    'PETROPAVL',
    'Петропавл',
    ['Петропавловск', 'Петропавловска', 'Петропавловский'],
    'Petropavl',
  ),
  district('NORTH_KAZAKHSTAN', 'KYZYLZHAR', 'Қызылжар', 'Кызылжарский', 'Kyzylzhar'),
  district('NORTH_KAZAKHSTAN', 'AKKAYIN', 'Аққайың', 'Аккайынский', 'Akkayin'),
  district('NORTH_KAZAKHSTAN', 'AIYRTAU', 'Айыртау', 'Айыртауский', 'Aiyrtau'),
  district('NORTH_KAZAKHSTAN', 'ESIL', 'Есіл', 'Есильский', 'Esil'),
  district('NORTH_KAZAKHSTAN', 'MAMLYUT', 'Мамлют', 'Мамлютский', 'Mamlyut'),
  district('NORTH_KAZAKHSTAN', 'TAIYNSHA', 'Тайынша', 'Тайыншинский', 'Taiynsha'),
  district('NORTH_KAZAKHSTAN', 'TIMIRYAZEV', 'Тимирязев', 'Тимирязевский', 'Timiryazev'),
  district('NORTH_KAZAKHSTAN', 'ZHAMBYL', 'Жамбыл', 'Жамбылский', 'Zhambyl'),
  district('NORTH_KAZAKHSTAN', 'UALIKHANOV', 'Уәлиханов', 'Уалихановский', 'Ualikhanov'),
];

const TURKISTAN: readonly LocalitySeed[] = [
  city('TURKISTAN', 'TURKISTAN', 'Түркістан', ['Туркестан', 'Туркестана', 'Туркестанский'], 'Turkistan'),
  city('TURKISTAN', 'KENTAU', 'Кентау', ['Кентау', 'Кентау', 'Кентауский'], 'Kentau'),
  city('TURKISTAN', 'ARYS', 'Арыс', ['Арысь', 'Арыси', 'Арысский'], 'Arys'),
  district('TURKISTAN', 'SAIRAM', 'Сайрам', 'Сайрамский', 'Sairam'),
  district('TURKISTAN', 'TOLEBI', 'Төлеби', 'Толебийский', 'Tolebi'),
  district('TURKISTAN', 'TULKIBAS', 'Түлкібас', 'Тюлькубасский', 'Tulkibas'),
  district('TURKISTAN', 'KAZYGURT', 'Қазығұрт', 'Казыгуртский', 'Kazygurt'),
  district('TURKISTAN', 'SARYAGASH', 'Сарыағаш', 'Сарыагашский', 'Saryagash'),
  district('TURKISTAN', 'MAKTAARAL', 'Мақтаарал', 'Мактааральский', 'Maktaaral'),
  district('TURKISTAN', 'ORDABASY', 'Ордабасы', 'Ордабасинский', 'Ordabasy'),
  district('TURKISTAN', 'OTYRAR', 'Отырар', 'Отырарский', 'Otyrar'),
  district('TURKISTAN', 'SOZAK', 'Созақ', 'Сузакский', 'Sozak'),
  district('TURKISTAN', 'BAIDIBEK', 'Бәйдібек', 'Байдибекский', 'Baidibek'),
];

const ULYTAU: readonly LocalitySeed[] = [
  city('ULYTAU', 'ZHEZKAZGAN', 'Жезқазған', ['Жезказган', 'Жезказгана', 'Жезказганский'], 'Zhezkazgan'),
  city('ULYTAU', 'SATBAYEV', 'Сәтбаев', ['Сатпаев', 'Сатпаева', 'Сатпаевский'], 'Satbayev'),
  city('ULYTAU', 'KARAZHAL', 'Қаражал', ['Каражал', 'Каражала', 'Каражальский'], 'Karazhal'),
  district('ULYTAU', 'ULYTAU', 'Ұлытау', 'Улытауский', 'Ulytau'),
  district('ULYTAU', 'ZHANAARKA', 'Жаңаарқа', 'Жанааркинский', 'Zhanaarka'),
];

const EAST_KAZAKHSTAN: readonly LocalitySeed[] = [
  city(
    'EAST_KAZAKHSTAN',
    'OSKEMEN',
    'Өскемен',
    ['Усть-Каменогорск', 'Усть-Каменогорска', 'Усть-Каменогорский'],
    'Oskemen',
  ),
  city('EAST_KAZAKHSTAN', 'RIDDER', 'Риддер', ['Риддер', 'Риддера', 'Риддерский'], 'Ridder'),
  district('EAST_KAZAKHSTAN', 'GLUBOKOE', 'Глубокое', 'Глубоковский', 'Glubokoe'),
  district('EAST_KAZAKHSTAN', 'ZAISAN', 'Зайсан', 'Зайсанский', 'Zaisan'),
  district('EAST_KAZAKHSTAN', 'SHEMONAIKHA', 'Шемонаиха', 'Шемонаихинский', 'Shemonaikha'),
  district('EAST_KAZAKHSTAN', 'ULAN', 'Ұлан', 'Уланский', 'Ulan'),
  district('EAST_KAZAKHSTAN', 'KURSHIM', 'Күршім', 'Курчумский', 'Kurshim'),
  district('EAST_KAZAKHSTAN', 'KATONKARAGAI', 'Катонқарағай', 'Катон-Карагайский', 'Katonkaragai'),
];

/** In region order (regions.data.ts); within a region the centre first, then cities, then districts. */
/** Marks the districts of a city: they lie within its territory. */
function inCity(cityCode: string, localities: readonly LocalitySeed[]): readonly LocalitySeed[] {
  return localities.map((l) => (l.code === cityCode ? l : { ...l, within: cityCode }));
}

const CITY_DISTRICTS_OF_KARAGANDA = ['KARAGANDA.KAZYBEK_BI', 'KARAGANDA.BOKEIKHAN'];

export const LOCALITIES: readonly LocalitySeed[] = [
  ...ABAI,
  ...AKMOLA,
  ...AKTOBE,
  ...ALMATY,
  ...ATYRAU,
  ...WEST_KAZAKHSTAN,
  ...JAMBYL,
  ...JETISU,
  ...KARAGANDA.map((l) =>
    CITY_DISTRICTS_OF_KARAGANDA.includes(l.code) ? { ...l, within: 'KARAGANDA.KARAGANDA' } : l,
  ),
  ...KOSTANAY,
  ...KYZYLORDA,
  ...MANGYSTAU,
  ...PAVLODAR,
  ...NORTH_KAZAKHSTAN,
  ...TURKISTAN,
  ...ULYTAU,
  ...EAST_KAZAKHSTAN,
  ...inCity('ASTANA.CITY', ASTANA),
  ...inCity('ALMATY_CITY.CITY', ALMATY_CITY),
  ...inCity('SHYMKENT.CITY', SHYMKENT),
];
