// Thematic directions (para 5): the para 6 mandatory categories, whose codes are the rules engine's Ground
// values, and the categories of administrative cases most common in court practice.
import type { Ground } from '@qadagalau/shared';
import type { ThemeSeed } from './reference.types';

type MandatoryGround = Exclude<Ground, 'APPEAL_REVIEW'>;

function mandatory(code: MandatoryGround, kk: string, ru: string, en: string): ThemeSeed {
  return { code, name: { kk, ru, en }, mandatory: true, paragraph: 6 };
}

function common(code: string, kk: string, ru: string, en: string): ThemeSeed {
  return { code, name: { kk, ru, en }, mandatory: false, paragraph: null };
}

/** In the order of para 6 (INSTRUCTION.md §2(a)), then the common categories. */
export const THEMES: readonly ThemeSeed[] = [
  // Para 6 reads "concerning minors and entailing arrest" as two triggers: KZ law allows no arrest of minors.
  mandatory(
    'MINOR',
    'Кәмелетке толмағандарға қатысты істер',
    'Дела в отношении несовершеннолетних',
    'Cases concerning minors',
  ),
  mandatory(
    'ARREST',
    'Әкімшілік қамауға әкеп соғатын істер',
    'Дела, влекущие административный арест',
    'Cases entailing administrative arrest',
  ),
  mandatory(
    'HIGHER_PROSECUTOR',
    'Жоғары тұрған прокурор қатысуды қажет деп таныған істер',
    'Дела, участие в которых признано необходимым вышестоящим прокурором',
    'Cases in which a higher prosecutor deemed participation necessary',
  ),
  mandatory(
    'PROSECUTOR_INITIATED',
    'Прокурор қозғаған істер',
    'Дела, возбужденные прокурором',
    'Cases initiated by the prosecutor',
  ),
  mandatory(
    'CORRUPTION',
    'Сыбайлас жемқорлық құқық бұзушылықтар',
    'Коррупционные правонарушения',
    'Corruption offences',
  ),
  mandatory(
    'ELECTORAL',
    'Азаматтардың сайлау құқықтарына қол сұғатын құқық бұзушылықтар',
    'Правонарушения, посягающие на избирательные права граждан',
    "Offences against citizens' electoral rights",
  ),
  mandatory(
    'ENVIRONMENT',
    'Қоршаған ортаны қорғау саласындағы құқық бұзушылықтар',
    'Правонарушения в области охраны окружающей среды',
    'Environmental protection offences',
  ),
  mandatory(
    'TAX',
    'Салық салу саласындағы құқық бұзушылықтар',
    'Правонарушения в области налогообложения',
    'Taxation offences',
  ),
  mandatory(
    'CUSTOMS',
    'Кеден ісі саласындағы құқық бұзушылықтар',
    'Правонарушения в области таможенного дела',
    'Customs offences',
  ),
  mandatory(
    'CONFISCATION',
    'Мемлекет кірісіне тәркілеуге әкеп соғатын істер',
    'Дела, влекущие конфискацию в доход государства',
    'Cases entailing confiscation to the state',
  ),
  mandatory(
    'EXPULSION',
    'Қазақстан Республикасының шегінен әкімшілік жолмен шығарып жіберуге әкеп соғатын істер',
    'Дела, влекущие административное выдворение за пределы Республики Казахстан',
    'Cases entailing administrative expulsion from Kazakhstan',
  ),
  mandatory(
    'DEMOLITION',
    'Заңсыз салынған құрылысты мәжбүрлеп бұзуға әкеп соғатын істер',
    'Дела, влекущие принудительный снос незаконно возведенного строения',
    'Cases entailing forced demolition of an illegally erected structure',
  ),
  mandatory(
    'COMPLAINT_CH44',
    'Іс жүргізуді жүзеге асыратын органның (лауазымды адамның) әрекеттеріне (әрекетсіздігіне) шағымдар (ӘҚБтК 44-тарауы)',
    'Жалобы на действия (бездействие) органа (должностного лица), ведущего административный процесс (глава 44 КоАП)',
    'Complaints against actions (inaction) of the body conducting the proceedings (Code of Administrative Offences, ch. 44)',
  ),
  mandatory(
    'COMPLAINT_CH45',
    'Органның (лауазымды адамның) әкімшілік іс бойынша қаулысына шағымдар (ӘҚБтК 45-тарауы)',
    'Жалобы на постановления органа (должностного лица) по делу об административном правонарушении (глава 45 КоАП)',
    'Complaints against resolutions of a body (official) in administrative cases (Code of Administrative Offences, ch. 45)',
  ),
  common(
    'ROAD_TRAFFIC',
    'Жол жүрісі саласындағы құқық бұзушылықтар',
    'Правонарушения в области дорожного движения',
    'Road traffic offences',
  ),
  common(
    'PUBLIC_ORDER',
    'Қоғамдық тәртіпке қол сұғатын құқық бұзушылықтар (ұсақ бұзақылық)',
    'Правонарушения, посягающие на общественный порядок (мелкое хулиганство)',
    'Public order offences (petty hooliganism)',
  ),
  common(
    'FAMILY',
    'Отбасылық-тұрмыстық қатынастар саласындағы құқық бұзушылықтар',
    'Правонарушения в сфере семейно-бытовых отношений',
    'Domestic violence and family offences',
  ),
  common(
    'MIGRATION',
    'Көші-қон заңнамасын бұзу',
    'Нарушения миграционного законодательства',
    'Migration law violations',
  ),
  common(
    'ALCOHOL_TOBACCO',
    'Алкоголь және темекі өнімдерінің айналымы',
    'Оборот алкогольной и табачной продукции',
    'Alcohol and tobacco trade',
  ),
  common('LAND', 'Жер заңнамасын бұзу', 'Нарушения земельного законодательства', 'Land law violations'),
  common('LABOUR', 'Еңбек заңнамасын бұзу', 'Нарушения трудового законодательства', 'Labour law violations'),
  common(
    'CONSUMER_PROTECTION',
    'Тұтынушылардың құқықтарын қорғау',
    'Защита прав потребителей',
    'Consumer protection',
  ),
  common(
    'LICENSING',
    'Рұқсат беру рәсімдері және лицензиялау',
    'Разрешительные процедуры и лицензирование',
    'Permits and licensing',
  ),
  common(
    'SANITARY',
    'Халықтың санитариялық-эпидемиологиялық саламаттылығы',
    'Санитарно-эпидемиологическое благополучие населения',
    'Sanitary and epidemiological welfare',
  ),
  common('FIRE_SAFETY', 'Өрт қауіпсіздігі', 'Пожарная безопасность', 'Fire safety'),
  common(
    'CONSTRUCTION',
    'Сәулет, қала құрылысы және құрылыс қызметі',
    'Архитектурная, градостроительная и строительная деятельность',
    'Architecture, urban planning and construction',
  ),
  // Para 13: these cases have a 30-day appeal period (КоАП 832).
  common(
    'PENSION_SOCIAL_INSURANCE',
    'Зейнетақымен қамсыздандыру және міндетті әлеуметтік сақтандыру бойынша міндеттемелер',
    'Обязательства по пенсионному обеспечению и обязательному социальному страхованию',
    'Pension and compulsory social insurance obligations',
  ),
];
