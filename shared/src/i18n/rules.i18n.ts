// Every text the rules show to users, in Kazakh, Russian and English, in one place. Kazakh follows the
// instruction's original wording (instruction-40.kk.txt); Russian uses the usual terms of Kazakhstan's
// prosecution practice; English follows the team's translation (INSTRUCTION.md).
import { HolidayId } from '../enums/calendar';
import { DayKind, DeadlineCode, Ground, ResponsibleKind } from '../enums/rules';
import { assertUnreachable } from '../enums/enum';
import type { IsoDate, IsoWeekday } from '../dates/iso-date';
import { dayOf, monthOf, yearOf } from '../dates/iso-date';
import type { Lang, LocalizedText } from './text';

const t = (kk: string, ru: string, en: string): LocalizedText => ({ kk, ru, en });
const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

/** Builds a LocalizedText by rendering each language. */
export function localize(render: (lang: Lang) => string): LocalizedText {
  return { kk: render('kk'), ru: render('ru'), en: render('en') };
}

// ---------------------------------------------------------------------------------------------------------------
// Dates

const MONTHS_DAY: Record<Lang, readonly string[]> = {
  // Kazakh: "26 наурыз"; Russian: genitive after a day number, "26 марта".
  kk: [
    'қаңтар',
    'ақпан',
    'наурыз',
    'сәуір',
    'мамыр',
    'маусым',
    'шілде',
    'тамыз',
    'қыркүйек',
    'қазан',
    'қараша',
    'желтоқсан',
  ],
  ru: [
    'января',
    'февраля',
    'марта',
    'апреля',
    'мая',
    'июня',
    'июля',
    'августа',
    'сентября',
    'октября',
    'ноября',
    'декабря',
  ],
  en: [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
  ],
};

const MONTHS_NOMINATIVE_RU = [
  'январь',
  'февраль',
  'март',
  'апрель',
  'май',
  'июнь',
  'июль',
  'август',
  'сентябрь',
  'октябрь',
  'ноябрь',
  'декабрь',
];

const WEEKDAYS: Record<Lang, readonly string[]> = {
  kk: ['дүйсенбі', 'сейсенбі', 'сәрсенбі', 'бейсенбі', 'жұма', 'сенбі', 'жексенбі'],
  ru: ['понедельник', 'вторник', 'среда', 'четверг', 'пятница', 'суббота', 'воскресенье'],
  en: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
};

function monthName(lang: Lang, month: number): string {
  return MONTHS_DAY[lang][month - 1] ?? '';
}

/** The weekday's name in a language. */
export function weekdayName(lang: Lang, weekday: IsoWeekday): string {
  return WEEKDAYS[lang][weekday - 1] ?? '';
}

/** "26 March" / "26 марта" / "26 наурыз", with the year when asked ("26 March 2025", "2025 жылғы 26 наурыз"). */
export function formatDate(date: IsoDate, lang: Lang, withYear = false): string {
  const day = dayOf(date);
  const month = monthName(lang, monthOf(date));
  if (!withYear) return `${day} ${month}`;
  const year = yearOf(date);
  switch (lang) {
    case 'kk':
      return `${year} жылғы ${day} ${month}`;
    case 'ru':
      return `${day} ${month} ${year} г.`;
    case 'en':
      return `${day} ${month} ${year}`;
    default:
      return assertUnreachable(lang);
  }
}

/** A span of days: "21–25 March", "30 April – 2 May", or a single date. */
export function formatDateRange(from: IsoDate, to: IsoDate, lang: Lang): string {
  if (from === to) return formatDate(from, lang);
  if (monthOf(from) === monthOf(to) && yearOf(from) === yearOf(to)) {
    return `${dayOf(from)}–${dayOf(to)} ${monthName(lang, monthOf(to))}`;
  }
  return `${formatDate(from, lang)} – ${formatDate(to, lang)}`;
}

/** A reporting period: '2025-Q1' or '2025-03', as words. */
export function formatPeriod(period: string, lang: Lang): string {
  const year = period.slice(0, 4);
  const quarter = /^\d{4}-Q([1-4])$/.exec(period)?.[1];
  if (quarter !== undefined) {
    const roman = ['I', 'II', 'III', 'IV'][Number(quarter) - 1] ?? quarter;
    switch (lang) {
      case 'kk':
        return `${year} жылғы ${roman} тоқсан`;
      case 'ru':
        return `${roman} квартал ${year} г.`;
      case 'en':
        return `Q${quarter} ${year}`;
      default:
        return assertUnreachable(lang);
    }
  }
  const month = Number(period.slice(5, 7));
  switch (lang) {
    case 'kk':
      return `${year} жылғы ${monthName('kk', month)}`;
    case 'ru':
      return `${MONTHS_NOMINATIVE_RU[month - 1] ?? ''} ${year} г.`;
    case 'en':
      return `${monthName('en', month)} ${year}`;
    default:
      return assertUnreachable(lang);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The working-day calendar (KAZAKHSTAN.md §5)

/** Names of holidays and religious days off. */
export const HOLIDAY_NAMES: Record<HolidayId, LocalizedText> = {
  [HolidayId.NEW_YEAR]: t('Жаңа жыл', 'Новый год', 'New Year'),
  [HolidayId.WOMENS_DAY]: t(
    'Халықаралық әйелдер күні',
    'Международный женский день',
    "International Women's Day",
  ),
  [HolidayId.NAURYZ]: t('Наурыз мейрамы', 'Наурыз мейрамы', 'Nauryz'),
  [HolidayId.UNITY_DAY]: t(
    'Қазақстан халқының бірлігі мерекесі',
    'Праздник единства народа Казахстана',
    'Unity Day of the People of Kazakhstan',
  ),
  [HolidayId.DEFENDER_DAY]: t(
    'Отан қорғаушы күні',
    'День защитника Отечества',
    'Defender of the Fatherland Day',
  ),
  [HolidayId.VICTORY_DAY]: t('Жеңіс күні', 'День Победы', 'Victory Day'),
  [HolidayId.CAPITAL_DAY]: t('Астана күні', 'День столицы', 'Capital Day'),
  [HolidayId.CONSTITUTION_DAY]: t('Конституция күні', 'День Конституции', 'Constitution Day'),
  [HolidayId.FIRST_PRESIDENT_DAY]: t(
    'Тұңғыш Президент күні',
    'День Первого Президента',
    'First President Day',
  ),
  [HolidayId.REPUBLIC_DAY]: t('Республика күні', 'День Республики', 'Republic Day'),
  [HolidayId.INDEPENDENCE_DAY]: t('Тәуелсіздік күні', 'День Независимости', 'Independence Day'),
  [HolidayId.ORTHODOX_CHRISTMAS]: t(
    'Православиелік Рождество',
    'Православное Рождество',
    'Orthodox Christmas',
  ),
  [HolidayId.KURBAN_AIT]: t(
    'Құрбан айттың бірінші күні',
    'Первый день Курбан айта',
    'First day of Kurban Ait',
  ),
};

const ADMIN_DAY_OFF = t(
  'әкімші белгілеген демалыс күні',
  'выходной день, установленный администратором',
  'day off set by the administrator',
);
const ADMIN_WORKING = t(
  'әкімші белгілеген жұмыс күні',
  'рабочий день, установленный администратором',
  'working day set by the administrator',
);
const UNCONFIRMED = t(' (расталмаған)', ' (не подтверждено)', ' (UNCONFIRMED)');

/** What the calendar knows about a day, as the texts need it. */
export interface DayTextInput {
  date: IsoDate;
  weekday: IsoWeekday;
  working: boolean;
  kind: DayKind;
  holiday?: HolidayId;
  relatedDate?: IsoDate;
  name?: LocalizedText;
  unconfirmed: boolean;
}

function dayName(day: DayTextInput): LocalizedText | undefined {
  return day.name ?? (day.holiday === undefined ? undefined : HOLIDAY_NAMES[day.holiday]);
}

/** A short label for lists of days: "weekend", "Nauryz", "carried over from Nauryz", "day off moved from 5 January". */
export function dayLabel(day: DayTextInput): LocalizedText {
  const name = dayName(day);
  const related = day.relatedDate;
  switch (day.kind) {
    case DayKind.WORKING:
      return t('жұмыс күні', 'рабочий день', 'working day');
    case DayKind.WEEKEND:
      return t('демалыс күндері', 'выходные', 'weekend');
    case DayKind.HOLIDAY:
    case DayKind.RELIGIOUS:
      return name ?? t('мереке күні', 'праздничный день', 'holiday');
    case DayKind.CARRY_OVER:
      return name === undefined
        ? t('ауыстырылған демалыс күні', 'перенесённый выходной день', 'carried-over day off')
        : localize((l) =>
            l === 'kk'
              ? `«${name.kk}» мерекесінен ауыстырылған`
              : l === 'ru'
                ? `перенос с праздника «${name.ru}»`
                : `carried over from ${name.en}`,
          );
    case DayKind.TRANSFERRED_OFF:
      return related === undefined
        ? t('ауыстырылған демалыс күні', 'перенесённый выходной день', 'transferred day off')
        : localize((l) =>
            l === 'kk'
              ? `демалыс ${formatDate(related, l)} күнінен ауыстырылған`
              : l === 'ru'
                ? `выходной перенесён с ${formatDate(related, l)}`
                : `day off moved from ${formatDate(related, l)}`,
          );
    case DayKind.TRANSFERRED_WORKING:
      return related === undefined
        ? t('ауыстырылған жұмыс күні', 'перенесённый рабочий день', 'transferred working day')
        : localize((l) =>
            l === 'kk'
              ? `${weekdayName(l, day.weekday)}, жұмыс күні: демалыс ${formatDate(related, l)} күніне ауыстырылған`
              : l === 'ru'
                ? `${weekdayName(l, day.weekday)}, рабочий день: выходной перенесён на ${formatDate(related, l)}`
                : `${weekdayName(l, day.weekday)}, a working day: its day off moved to ${formatDate(related, l)}`,
          );
    case DayKind.OVERRIDE:
      return name ?? (day.working ? ADMIN_WORKING : ADMIN_DAY_OFF);
    default:
      return assertUnreachable(day.kind);
  }
}

const LAW_ON_HOLIDAYS = t(
  '«Қазақстан Республикасындағы мерекелер туралы» Заңның 5-бабы',
  'ст. 5 Закона «О праздниках в Республике Казахстан»',
  'Law on Holidays, art. 5',
);
const LABOUR_CODE_84 = t(
  'ҚР Еңбек кодексінің 84-бабы',
  'ст. 84 Трудового кодекса РК',
  'Labour Code, art. 84',
);
const LABOUR_CODE_85 = t(
  'ҚР Еңбек кодексінің 85-бабы',
  'ст. 85 Трудового кодекса РК',
  'Labour Code, art. 85',
);

/** Why a day is (not) working, citing the law. */
export function dayReason(day: DayTextInput): LocalizedText {
  const name = dayName(day);
  const related = day.relatedDate;
  const weekday = (l: Lang): string => weekdayName(l, day.weekday);
  let reason: LocalizedText;
  switch (day.kind) {
    case DayKind.WORKING:
      reason = localize(
        (l) => `${weekday(l)}, ${l === 'kk' ? 'жұмыс күні' : l === 'ru' ? 'рабочий день' : 'a working day'}`,
      );
      break;
    case DayKind.WEEKEND:
      reason = localize((l) => {
        const base =
          l === 'kk'
            ? `${weekday(l)}, демалыс күні (бес күндік жұмыс аптасы)`
            : l === 'ru'
              ? `${weekday(l)}, выходной день (пятидневная рабочая неделя)`
              : `${weekday(l)}, a day off (five-day working week)`;
        // A religious day off on a weekend is not carried over (Labour Code art. 84 p.5).
        if (name === undefined) return base;
        return l === 'kk'
          ? `${base}; оған ${name.kk} сәйкес келеді, ол ауыстырылмайды (${LABOUR_CODE_84.kk})`
          : l === 'ru'
            ? `${base}; на него приходится ${name.ru}, перенос не производится (${LABOUR_CODE_84.ru})`
            : `${base}; ${name.en} falls on it and is not carried over (${LABOUR_CODE_84.en})`;
      });
      break;
    case DayKind.HOLIDAY: {
      const n = name ?? t('мереке', 'праздник', 'holiday');
      reason = localize((l) =>
        l === 'kk'
          ? `${n.kk} — мереке күні, жұмыс істелмейді (${LAW_ON_HOLIDAYS.kk})`
          : l === 'ru'
            ? `${n.ru} — праздничный нерабочий день (${LAW_ON_HOLIDAYS.ru})`
            : `${n.en}, a public holiday and a day off (${LAW_ON_HOLIDAYS.en})`,
      );
      break;
    }
    case DayKind.CARRY_OVER: {
      const n = name ?? t('мереке', 'праздник', 'a holiday');
      reason = localize((l) => {
        const on = related === undefined ? '' : formatDate(related, l);
        return l === 'kk'
          ? `Демалыс күнімен сәйкес келген ${on} «${n.kk}» мерекесінен ауыстырылған демалыс күні (${LAW_ON_HOLIDAYS.kk})`
          : l === 'ru'
            ? `Выходной день, перенесённый с праздника «${n.ru}» ${on}, совпавшего с выходным (${LAW_ON_HOLIDAYS.ru})`
            : `Day off carried over from ${n.en} on ${on}, which fell on a day off (${LAW_ON_HOLIDAYS.en})`;
      });
      break;
    }
    case DayKind.RELIGIOUS: {
      const n = name ?? t('діни мереке', 'религиозный праздник', 'a religious holiday');
      reason = localize((l) =>
        l === 'kk'
          ? `${n.kk} — демалыс күні, демалыс күнімен сәйкес келсе ауыстырылмайды (${LABOUR_CODE_84.kk})`
          : l === 'ru'
            ? `${n.ru} — выходной день, при совпадении с выходным не переносится (${LABOUR_CODE_84.ru})`
            : `${n.en}, a day off, not carried over when it falls on a weekend (${LABOUR_CODE_84.en})`,
      );
      break;
    }
    case DayKind.TRANSFERRED_OFF:
      reason = localize((l) => {
        const from = related === undefined ? '' : formatDate(related, l, true);
        return l === 'kk'
          ? `${from} күнінен ауыстырылған демалыс күні (${LABOUR_CODE_85.kk})`
          : l === 'ru'
            ? `Выходной день, перенесённый с ${from} (${LABOUR_CODE_85.ru})`
            : `Day off transferred from ${from} (${LABOUR_CODE_85.en})`;
      });
      break;
    case DayKind.TRANSFERRED_WORKING:
      reason = localize((l) => {
        const to = related === undefined ? '' : formatDate(related, l, true);
        return l === 'kk'
          ? `${weekday(l)}, жұмыс күні: демалыс күні ${to} күніне ауыстырылған (${LABOUR_CODE_85.kk})`
          : l === 'ru'
            ? `${weekday(l)}, рабочий день: выходной перенесён на ${to} (${LABOUR_CODE_85.ru})`
            : `${weekday(l)}, a working day: its day off was transferred to ${to} (${LABOUR_CODE_85.en})`;
      });
      break;
    case DayKind.OVERRIDE:
      reason = localize((l) => {
        const what = day.working ? ADMIN_WORKING[l] : ADMIN_DAY_OFF[l];
        return name === undefined ? what : `${name[l]}: ${what}`;
      });
      break;
    default:
      return assertUnreachable(day.kind);
  }
  return localize((l) => capitalize(reason[l]) + (day.unconfirmed ? UNCONFIRMED[l] : ''));
}

// ---------------------------------------------------------------------------------------------------------------
// Participation (paras 6, 8)

/** Para 6 / para 8 reason for each ground. */
export const GROUND_REASONS: Record<Ground, LocalizedText> = {
  [Ground.MINOR]: t(
    'Іс кәмелетке толмаған адамға қатысты (Нұсқаулықтың 6-тармағы)',
    'Дело в отношении несовершеннолетнего (п. 6 Инструкции)',
    'The case concerns a minor (para 6)',
  ),
  [Ground.ARREST]: t(
    'Баптың санкциясында әкімшілік қамау көзделген (Нұсқаулықтың 6-тармағы)',
    'Санкция статьи предусматривает административный арест (п. 6 Инструкции)',
    "The article's sanction provides administrative arrest (para 6)",
  ),
  [Ground.HIGHER_PROSECUTOR]: t(
    'Жоғары тұрған прокурор прокурордың қатысуын қажет деп таныды (Нұсқаулықтың 6-тармағы)',
    'Вышестоящий прокурор признал участие прокурора необходимым (п. 6 Инструкции)',
    "The higher prosecutor deemed the prosecutor's participation necessary (para 6)",
  ),
  [Ground.PROSECUTOR_INITIATED]: t(
    'Істі прокурор өзі қозғаған (Нұсқаулықтың 6-тармағы)',
    'Дело возбуждено прокурором (п. 6 Инструкции)',
    'The case was initiated by the prosecutor (para 6)',
  ),
  [Ground.CORRUPTION]: t(
    'Сыбайлас жемқорлық құқық бұзушылық туралы іс (Нұсқаулықтың 6-тармағы)',
    'Дело о коррупционном правонарушении (п. 6 Инструкции)',
    'A corruption offense (para 6)',
  ),
  [Ground.ELECTORAL]: t(
    'Азаматтардың сайлау құқықтарына қол сұғатын құқық бұзушылық туралы іс (Нұсқаулықтың 6-тармағы)',
    'Дело о правонарушении, посягающем на избирательные права граждан (п. 6 Инструкции)',
    'An offense encroaching on electoral rights (para 6)',
  ),
  [Ground.ENVIRONMENT]: t(
    'Қоршаған ортаны қорғау саласындағы іс (Нұсқаулықтың 6-тармағы)',
    'Дело в сфере охраны окружающей среды (п. 6 Инструкции)',
    'A case in the environmental-protection sphere (para 6)',
  ),
  [Ground.TAX]: t(
    'Салық салу саласындағы іс (Нұсқаулықтың 6-тармағы)',
    'Дело в сфере налогообложения (п. 6 Инструкции)',
    'A case in the taxation sphere (para 6)',
  ),
  [Ground.CUSTOMS]: t(
    'Кеден ісі саласындағы іс (Нұсқаулықтың 6-тармағы)',
    'Дело в сфере таможенного дела (п. 6 Инструкции)',
    'A case in the customs sphere (para 6)',
  ),
  [Ground.CONFISCATION]: t(
    'Санкцияда құқық бұзушылық құралын, затын немесе одан алынған мүлікті мемлекет меншігіне тәркілеу көзделген (Нұсқаулықтың 6-тармағы)',
    'Санкция предусматривает конфискацию в доход государства орудия, предмета правонарушения или имущества, полученного в результате его совершения (п. 6 Инструкции)',
    'The sanction provides confiscation to the state of the instrument, object or proceeds of the offense (para 6)',
  ),
  [Ground.EXPULSION]: t(
    'Санкцияда Қазақстан Республикасының шегінен әкімшілік жолмен шығарып жіберу көзделген (Нұсқаулықтың 6-тармағы)',
    'Санкция предусматривает административное выдворение за пределы Республики Казахстан (п. 6 Инструкции)',
    'The sanction provides administrative expulsion from the Republic of Kazakhstan (para 6)',
  ),
  [Ground.DEMOLITION]: t(
    'Санкцияда заңсыз салынған құрылысты мәжбүрлеп бұзу көзделген (Нұсқаулықтың 6-тармағы)',
    'Санкция предусматривает принудительный снос незаконно возведённого строения (п. 6 Инструкции)',
    'The sanction provides forced demolition of an illegally erected structure (para 6)',
  ),
  [Ground.COMPLAINT_CH44]: t(
    'Әкімшілік іс жүргізуді жүзеге асыратын органның (лауазымды адамның) әрекеттеріне (әрекетсіздігіне) ӘҚБтК 44-тарауы бойынша шағым (Нұсқаулықтың 6-тармағы)',
    'Жалоба на действия (бездействие) органа (должностного лица), ведущего административный процесс, по главе 44 КоАП (п. 6 Инструкции)',
    'A complaint against actions (inaction) of the body conducting the proceedings, КоАП chapter 44 (para 6)',
  ),
  [Ground.COMPLAINT_CH45]: t(
    'Әкімшілік құқық бұзушылық туралы іс бойынша органның (лауазымды адамның) қаулысына ӘҚБтК 45-тарауы бойынша шағым (Нұсқаулықтың 6-тармағы)',
    'Жалоба на постановление органа (должностного лица) по делу об административном правонарушении по главе 45 КоАП (п. 6 Инструкции)',
    "A complaint against a body's resolution in the case, КоАП chapter 45 (para 6)",
  ),
  [Ground.APPEAL_REVIEW]: t(
    'Заңды күшіне енбеген сот актісін жоғары тұрған сот қайта қарайды: прокурордың қатысуы барлық істер бойынша қамтамасыз етіледі (Нұсқаулықтың 8-тармағы)',
    'Вышестоящий суд пересматривает не вступивший в законную силу судебный акт: участие прокурора обеспечивается по всем делам (п. 8 Инструкции)',
    'A higher court reviews an act not yet in force: the prosecutor takes part in every case (para 8)',
  ),
};

// ---------------------------------------------------------------------------------------------------------------
// Routing (paras 7, 9)

interface OfficeNames {
  nominative: LocalizedText;
  genitive: LocalizedText;
  instrumental: LocalizedText;
}

const OFFICES: Record<ResponsibleKind, OfficeNames> = {
  [ResponsibleKind.TERRITORIAL]: {
    nominative: t('аумақтық прокуратура', 'территориальная прокуратура', "territorial prosecutor's office"),
    genitive: t('аумақтық прокуратураның', 'территориальной прокуратуры', "territorial prosecutor's office"),
    instrumental: t(
      'аумақтық прокуратура',
      'территориальной прокуратурой',
      "territorial prosecutor's office",
    ),
  },
  [ResponsibleKind.MILITARY]: {
    nominative: t('әскери прокуратура', 'военная прокуратура', "military prosecutor's office"),
    genitive: t('әскери прокуратураның', 'военной прокуратуры', "military prosecutor's office"),
    instrumental: t('әскери прокуратура', 'военной прокуратурой', "military prosecutor's office"),
  },
  [ResponsibleKind.TRANSPORT]: {
    nominative: t('көлік прокуратурасы', 'транспортная прокуратура', "transport prosecutor's office"),
    genitive: t('көлік прокуратурасының', 'транспортной прокуратуры', "transport prosecutor's office"),
    instrumental: t('көлік прокуратурасы', 'транспортной прокуратурой', "transport prosecutor's office"),
  },
  [ResponsibleKind.ENVIRONMENTAL]: {
    nominative: t(
      'табиғат қорғау прокуратурасы',
      'природоохранная прокуратура',
      "environmental prosecutor's office",
    ),
    genitive: t(
      'табиғат қорғау прокуратурасының',
      'природоохранной прокуратуры',
      "environmental prosecutor's office",
    ),
    instrumental: t(
      'табиғат қорғау прокуратурасы',
      'природоохранной прокуратурой',
      "environmental prosecutor's office",
    ),
  },
};

/** The office kind's name ("military prosecutor's office"). */
export function officeName(kind: ResponsibleKind): LocalizedText {
  return OFFICES[kind].nominative;
}

/** Why a case falls to a specialized office (para 7). */
export const JURISDICTION_REASONS = {
  CHAPTER_32: t('ӘҚБтК 32-тарауы бойынша іс', 'дело по главе 32 КоАП', 'a case under КоАП chapter 32'),
  MILITARY_AUTHORITY: t(
    'істі Қарулы Күштердің, басқа да әскерлер мен әскери құралымдардың уәкілетті лауазымды адамы қозғаған',
    'дело возбуждено уполномоченным должностным лицом Вооружённых Сил, других войск и воинских формирований',
    'initiated by an authorised official of the Armed Forces, other troops or military formations',
  ),
  SERVICEMAN: t(
    'әскери қызметшіге қатысты, әскери қызмет өткеруіне байланысты іс',
    'дело в отношении военнослужащего в связи с прохождением воинской службы',
    'against a serviceman in connection with military service',
  ),
  RESERVIST: t(
    'әскери жиындар кезеңінде әскери міндеттіге қатысты іс',
    'дело в отношении военнообязанного в период прохождения воинских сборов',
    'against a reservist during military training',
  ),
  CIVILIAN_PERSONNEL: t(
    'азаматтық персоналға қатысты, қызметтік міндеттерін атқаруына байланысты іс',
    'дело в отношении гражданского персонала в связи с исполнением служебных обязанностей',
    'against civilian personnel in connection with official duties',
  ),
  TRANSPORT: t(
    'көлік саласындағы өкілеттіктеріне байланысты уәкілетті орган қозғаған міндетті санаттағы іс',
    'дело обязательной категории, возбуждённое уполномоченным органом в связи с полномочиями в сфере транспорта',
    'a mandatory-category case initiated by an authorised body in its powers over transport',
  ),
} as const;
export type JurisdictionReason = keyof typeof JURISDICTION_REASONS;

function joinReasons(reasons: readonly JurisdictionReason[], lang: Lang): string {
  return reasons.map((r) => JURISDICTION_REASONS[r][lang]).join('; ');
}

/** Para 9: the initiating prosecutor's unit answers for its own case. */
export function routingInitiatorReason(kind: ResponsibleKind): LocalizedText {
  const office = OFFICES[kind];
  return t(
    `Істі ${office.nominative.kk} өз бастамасы бойынша қозғаған: істі қозғаған бөлініс бірінші сатыдағы сотта қатысуды қамтамасыз етеді, сот актілерінің заңдылығын тексереді және апелляциялық шағым беру мерзімі ішінде наразылық келтіреді (Нұсқаулықтың 9-тармағы)`,
    `Дело возбуждено ${office.instrumental.ru} по собственной инициативе: возбудившее его подразделение обеспечивает участие в суде первой инстанции, проверяет законность судебных актов и приносит протест в пределах срока апелляционного обжалования (п. 9 Инструкции)`,
    `The case was initiated by the ${office.nominative.en} on its own initiative: the initiating unit takes part at first instance, checks the court acts and protests within the appeal period (para 9)`,
  );
}

/** Para 7: a specialized office at the court's location answers for the case. */
export function routingSpecializedReason(
  kind: ResponsibleKind,
  reasons: readonly JurisdictionReason[],
): LocalizedText {
  const office = OFFICES[kind];
  return localize((l) =>
    l === 'kk'
      ? `${capitalize(office.genitive.kk)} қарауына жатады (${joinReasons(reasons, l)}); ол сот орналасқан жерде бар, аумақтық прокуратура оған уақтылы хабарлауға тиіс (Нұсқаулықтың 7-тармағы)`
      : l === 'ru'
        ? `Относится к ведению ${office.genitive.ru} (${joinReasons(reasons, l)}); она находится по месту расположения суда, территориальная прокуратура своевременно её уведомляет (п. 7 Инструкции)`
        : `The ${office.nominative.en} answers for the case (${joinReasons(reasons, l)}); it sits where the court does, and the territorial office must notify it in time (para 7)`,
  );
}

/** Para 7 fall-back: no specialized office where the court sits, or it was not notified. */
export function routingFallbackReason(
  kind: ResponsibleKind,
  reasons: readonly JurisdictionReason[],
  why: 'NO_OFFICE' | 'NOT_NOTIFIED',
): LocalizedText {
  const office = OFFICES[kind];
  return localize((l) => {
    const list = joinReasons(reasons, l);
    if (l === 'kk') {
      const but =
        why === 'NO_OFFICE'
          ? 'бірақ сот орналасқан жерде ол жоқ'
          : 'бірақ аумақтық прокуратура оған хабарламаған';
      return `Іс ${office.genitive.kk} қарауына жатады (${list}), ${but}, сондықтан сотқа қатысуды және заңдылықты кейіннен тексеруді аумақтық прокуратура қамтамасыз етеді (Нұсқаулықтың 7-тармағы)`;
    }
    if (l === 'ru') {
      const but =
        why === 'NO_OFFICE'
          ? 'но по месту расположения суда её нет'
          : 'но территориальная прокуратура её не уведомила';
      return `Дело относится к ведению ${office.genitive.ru} (${list}), ${but}, поэтому участие в суде и последующую проверку законности обеспечивает территориальная прокуратура (п. 7 Инструкции)`;
    }
    const but =
      why === 'NO_OFFICE'
        ? 'but there is none where the court sits'
        : 'but the territorial office did not notify it';
    return `The case belongs to the ${office.nominative.en} (${list}), ${but}, so the territorial office takes part and later checks legality (para 7)`;
  });
}

/** Para 7: no specialized jurisdiction; `note` says why a near miss does not apply. */
export function routingTerritorialReason(
  note?: 'TRANSPORT_NOT_MANDATORY' | 'NOT_DUTY_RELATED',
): LocalizedText {
  const base = t(
    'Мамандандырылған прокуратураның қарауына жатпайды: сотқа қатысуды және қадағалауды сот орналасқан жердегі аумақтық прокуратура қамтамасыз етеді (Нұсқаулықтың 7-тармағы)',
    'Специализированная подведомственность не установлена: участие в суде и надзор обеспечивает территориальная прокуратура по месту расположения суда (п. 7 Инструкции)',
    "No specialized jurisdiction applies: the territorial office at the court's location takes part and supervises (para 7)",
  );
  if (note === undefined) return base;
  const tail =
    note === 'TRANSPORT_NOT_MANDATORY'
      ? t(
          '; көлік саласындағы орган қозғаған іс көлік прокуратурасына 6-тармақтағы міндетті санаттар бойынша ғана жатады',
          '; дело, возбуждённое органом в сфере транспорта, относится к транспортной прокуратуре лишь в обязательных категориях п. 6',
          '; a case initiated by a transport body goes to the transport office only in the mandatory categories of para 6',
        )
      : t(
          '; құқық бұзушылық әскери қызмет өткеруге немесе қызметтік міндеттерді атқаруға байланысты емес',
          '; правонарушение не связано с прохождением воинской службы или исполнением служебных обязанностей',
          '; the offense is not connected with military service or official duties',
        );
  return localize((l) => base[l] + tail[l]);
}

// ---------------------------------------------------------------------------------------------------------------
// Deadlines (paras 10, 13, 16–18, 22) and the reporting calendar (paras 7, 20, 28)

/** Why the legality check applies (para 16). */
export type LegalityCheckWhy = 'MANDATORY' | 'TERMINATED' | 'NEW_CIRCUMSTANCES_REVIEW';

const LEGALITY_WHY: Record<LegalityCheckWhy, LocalizedText> = {
  MANDATORY: t('міндетті санаттағы іс', 'дело обязательной категории', 'a mandatory-category case'),
  TERMINATED: t(
    'істі тоқтату туралы акт',
    'акт о прекращении производства по делу',
    'an act terminating the case',
  ),
  NEW_CIRCUMSTANCES_REVIEW: t(
    'жаңадан ашылған мән-жайлар бойынша қайта қарау туралы акт',
    'акт о пересмотре по вновь открывшимся обстоятельствам',
    'a ruling on review on newly discovered circumstances',
  ),
};

/** What a deadline's main clause needs. */
export interface DeadlineTextInput {
  code: DeadlineCode;
  length: number;
  legalityWhy?: readonly LegalityCheckWhy[];
}

/** The main clause of a case deadline, citing its paragraph and article. */
export function deadlineRuleText(input: DeadlineTextInput): LocalizedText {
  const n = input.length;
  switch (input.code) {
    case DeadlineCode.APPEAL_PROTEST:
      return n === 30
        ? t(
            `Салық міндеттемесін, зейнетақымен қамсыздандыру немесе міндетті әлеуметтік сақтандыру туралы заңнама бойынша міндеттемелерді орындамау туралы іс бойынша қаулының көшірмесі алынған күннен бастап ${n} тәулік (Нұсқаулықтың 13-тармағы; ӘҚБтК 832-бабы)`,
            `${n} суток со дня получения копии постановления по делу о неисполнении налогового обязательства либо обязательств по законодательству о пенсионном обеспечении или обязательном социальном страховании (п. 13 Инструкции; ст. 832 КоАП)`,
            `${n} calendar days from receipt of the copy of the resolution in a case on tax, pension or compulsory social insurance obligations (para 13; КоАП 832)`,
          )
        : t(
            `Қаулының көшірмесі тапсырылған күннен бастап ${n} тәулік (Нұсқаулықтың 13-тармағы; ӘҚБтК 832-бабы)`,
            `${n} суток со дня вручения копии постановления (п. 13 Инструкции; ст. 832 КоАП)`,
            `${n} calendar days from delivery of the copy of the resolution (para 13; КоАП 832)`,
          );
    case DeadlineCode.LEGALITY_CHECK: {
      const why = input.legalityWhy ?? [];
      return localize((l) => {
        const list = why.map((w) => LEGALITY_WHY[w][l]).join(', ');
        return l === 'kk'
          ? `Заңды күшіне енбеген актінің заңдылығын апелляциялық шағым беру мерзімі ішінде (${n} тәулік) тексеру: ${list} (Нұсқаулықтың 16, 17-тармақтары)`
          : l === 'ru'
            ? `Проверка законности не вступившего в силу акта в пределах срока апелляционного обжалования (${n} суток): ${list} (пп. 16, 17 Инструкции)`
            : `Check the legality of the act before it enters into force, within the appeal period (${n} calendar days): ${list} (paras 16–17)`;
      });
    }
    case DeadlineCode.SUBSTANTIVE_CONCLUSION:
      return t(
        `Прокурор іс бойынша іс жүргізуді тоқтатумен келіседі: облыс прокуроры сот актісі заңды күшіне енген күннен бастап ${n} жұмыс күнінен кешіктірмей мәнді қорытындыны бекітеді (Нұсқаулықтың 10-тармағы)`,
        `Прокурор согласен с прекращением производства по делу: прокурор области утверждает мотивированное заключение не позднее ${n} рабочих дней со дня вступления судебного акта в законную силу (п. 10 Инструкции)`,
        `The prosecutor agrees with the termination: the oblast prosecutor approves a substantive conclusion within ${n} working days of the act's entry into force (para 10)`,
      );
    case DeadlineCode.REQUISITION_ORDER:
      return t(
        `Наразылық келтіру туралы өтініш түскен күннен бастап ${n} жұмыс күнінен кешіктірмей істі талап етіп алдыру туралы тапсырма жіберіледі (Нұсқаулықтың 18-тармағы)`,
        `Поручение об истребовании дела направляется не позднее ${n} рабочих дней со дня поступления заявления о принесении протеста (п. 18 Инструкции)`,
        `The order to requisition the case goes out within ${n} working days of receipt of the application to protest (para 18)`,
      );
    case DeadlineCode.COURT_SENDS_CASE:
      return t(
        `Сот прокурордың істі талап етіп алдыру туралы сұратуын алған күннен бастап ${n} тәуліктен кешіктірмей орындайды (Нұсқаулықтың 18-тармағы; ӘҚБтК 848-бабының 3-бөлігі)`,
        `Суд исполняет запрос прокурора об истребовании дела не позднее ${n} суток со дня его поступления (п. 18 Инструкции; ч. 3 ст. 848 КоАП)`,
        `The court sends the case within ${n} calendar days of receiving the prosecutor's request (para 18; КоАП 848(3))`,
      );
    case DeadlineCode.EXCLUSION_PETITION:
      return t(
        `Сот актісін статистикадан алып тастау туралы өтінішхат соттың іс жүргізу шешімі қабылданған күннен бастап ${n} жұмыс күні ішінде Департаментке жіберіледі (Нұсқаулықтың 22-тармағы)`,
        `Ходатайство об исключении судебного акта из статистики направляется в Департамент в течение ${n} рабочих дней со дня процессуального решения суда (п. 22 Инструкции)`,
        `The petition to exclude the act from the statistics goes to the Department within ${n} working days of the court's procedural decision (para 22)`,
      );
    case DeadlineCode.QUARTERLY_ANALYSIS:
    case DeadlineCode.MONTHLY_STUDY:
    case DeadlineCode.QUARTERLY_MEMO:
    case DeadlineCode.QUARTERLY_RECONCILIATION:
      return reportRuleText(input.code, '');
    default:
      return assertUnreachable(input.code);
  }
}

/** A run of consecutive days sharing one label, e.g. 21–23 March, Nauryz. */
export interface DayRun {
  from: IsoDate;
  to: IsoDate;
  label: LocalizedText;
}

function runs(list: readonly DayRun[], lang: Lang): string {
  return list.map((r) => `${formatDateRange(r.from, r.to, lang)} (${r.label[lang]})`).join(', ');
}

/** "нерабочие дни" or "нерабочий день", as the runs hold one day or more. */
function nonWorking(list: readonly DayRun[], lang: 'kk' | 'ru'): string {
  const single = list.length === 1 && list[0]?.from === list[0]?.to;
  if (lang === 'kk') return single ? 'жұмыс істемейтін күн' : 'жұмыс істемейтін күндер';
  return single ? 'нерабочий день' : 'нерабочие дни';
}

/** Tail of a calendar-day deadline: the last day, and which days off moved it (Decision 1). */
export function calendarDaysTail(due: IsoDate, moved: readonly DayRun[], withYear: boolean): LocalizedText {
  return localize((l) => {
    const last = formatDate(due, l, withYear);
    if (moved.length === 0) {
      return l === 'kk'
        ? `; мерзімнің соңғы күні — ${last}`
        : l === 'ru'
          ? `; последний день срока — ${last}`
          : `; the last day is ${last}`;
    }
    const list = runs(moved, l);
    return l === 'kk'
      ? `; ${list} — ${nonWorking(moved, l)}, сондықтан мерзімнің соңғы күні — ${last}`
      : l === 'ru'
        ? `; ${list} — ${nonWorking(moved, l)}, поэтому последний день срока — ${last}`
        : `; not working: ${list}, so the last day is ${last}`;
  });
}

/** Tail of a working-day deadline: the last day, the weekday days off skipped and weekend days worked. */
export function workingDaysTail(
  due: IsoDate,
  skipped: readonly DayRun[],
  worked: readonly DayRun[],
  withYear: boolean,
): LocalizedText {
  return localize((l) => {
    const parts: string[] = [];
    if (skipped.length > 0) {
      const list = runs(skipped, l);
      parts.push(
        l === 'kk'
          ? `демалыс күндерінен басқа есепке алынбайды: ${list}`
          : l === 'ru'
            ? `помимо выходных не засчитываются: ${list}`
            : `besides weekends, not counted: ${list}`,
      );
    }
    if (worked.length > 0) {
      const list = runs(worked, l);
      parts.push(
        l === 'kk'
          ? `жұмыс күні ретінде есептеледі: ${list}`
          : l === 'ru'
            ? `засчитываются как рабочие: ${list}`
            : `counted as working: ${list}`,
      );
    }
    const last = formatDate(due, l, withYear);
    if (parts.length === 0) {
      return l === 'kk'
        ? `; мерзімнің соңғы күні — ${last}`
        : l === 'ru'
          ? `; последний день срока — ${last}`
          : `; the last day is ${last}`;
    }
    const so =
      l === 'kk'
        ? `, сондықтан мерзімнің соңғы күні — ${last}`
        : l === 'ru'
          ? `, поэтому последний день срока — ${last}`
          : `, so the last day is ${last}`;
    return `; ${parts.join('; ')}${so}`;
  });
}

/** The rule of a reporting deadline for a period ('2025-Q1' or '2025-03'). */
export function reportRuleText(code: DeadlineCode, period: string): LocalizedText {
  const text = localize((l) => {
    const p = period === '' ? '' : formatPeriod(period, l);
    const by = p === '' ? '' : `${p} бойынша `;
    switch (code) {
      case DeadlineCode.QUARTERLY_ANALYSIS:
        return l === 'kk'
          ? `${by}әкімшілік істерді соттарда қараудағы және тоқтатылған істер бойынша заңдылықтың жай-күйін тоқсан сайынғы талдау Бас прокуратураға тоқсанның соңғы айының 25-інен кешіктірілмей жіберіледі (Нұсқаулықтың 20-тармағы)`
          : l === 'ru'
            ? `Ежеквартальный анализ состояния законности при рассмотрении судами административных дел и по прекращённым делам за ${p} направляется в Генеральную прокуратуру не позднее 25 числа последнего месяца квартала (п. 20 Инструкции)`
            : `Quarterly analysis of legality in administrative court proceedings and terminated cases for ${p} goes to the GPO by the 25th of the quarter's last month (para 20)`;
      case DeadlineCode.MONTHLY_STUDY:
        return l === 'kk'
          ? `${p}: міндетті санаттағы істер бойынша прокурордың наразылығынсыз апелляциялық тәртіппен күші жойылған немесе өзгертілген сот қаулыларын және наразылықтары кері қайтарылған істер бойынша сот актілерін ай сайын 25-іне дейін зерделеу (Нұсқаулықтың 28-тармағы)`
          : l === 'ru'
            ? `${p}: ежемесячное, до 25 числа, изучение постановлений по делам обязательной категории, отменённых или изменённых в апелляционном порядке без протестов прокуроров, и судебных актов по делам с отозванными протестами (п. 28 Инструкции)`
            : `${p}: monthly study, by the 25th, of mandatory-category resolutions cancelled or changed on appeal without a prosecutor's protest, and of acts in cases with withdrawn protests (para 28)`;
      case DeadlineCode.QUARTERLY_MEMO:
        return l === 'kk'
          ? `${by}зерделеу нәтижелері туралы анықтама Департамент басшылығына тоқсаннан кейінгі айдың 5-інен кешіктірілмей ұсынылады (Нұсқаулықтың 28-тармағы)`
          : l === 'ru'
            ? `Справка о результатах изучения за ${p} представляется руководству Департамента не позднее 5 числа месяца, следующего за кварталом (п. 28 Инструкции)`
            : `Memo on the studies for ${p} goes to the Department's leadership by the 5th of the month after the quarter (para 28)`;
      case DeadlineCode.QUARTERLY_RECONCILIATION:
        return l === 'kk'
          ? `${by}аумақтық және мамандандырылған прокуратуралар сотта қаралған істерді салыстырып тексереді; 7-тармақ тоқсан сайын дейді, күнін белгілемейді, сондықтан мерзімі — тоқсанның соңғы жұмыс күні (Нұсқаулықтың 7-тармағы)`
          : l === 'ru'
            ? `Сверка рассмотренных судами дел территориальной и специализированной прокуратурами за ${p}: п. 7 требует ежеквартальной сверки без указания дня, поэтому срок — последний рабочий день квартала (п. 7 Инструкции)`
            : `Reconciliation of heard cases between the territorial and specialized offices for ${p}: para 7 requires it every quarter without fixing a day, so it is due by the quarter's last working day (para 7)`;
      case DeadlineCode.APPEAL_PROTEST:
      case DeadlineCode.LEGALITY_CHECK:
      case DeadlineCode.SUBSTANTIVE_CONCLUSION:
      case DeadlineCode.REQUISITION_ORDER:
      case DeadlineCode.COURT_SENDS_CASE:
      case DeadlineCode.EXCLUSION_PETITION:
        return deadlineRuleText({ code, length: 0 })[l];
      default:
        return assertUnreachable(code);
    }
  });
  return localize((l) => capitalize(text[l]));
}

/** Tail of a fixed report date: the date, or the last working day before it (Decision 2). */
export function reportTail(nominal: IsoDate, due: IsoDate, moved: readonly DayRun[]): LocalizedText {
  return localize((l) => {
    const last = formatDate(due, l, true);
    if (nominal === due) {
      return l === 'kk' ? `; мерзімі — ${last}` : l === 'ru' ? `; срок — ${last}` : `; due ${last}`;
    }
    const list = runs(moved, l);
    return l === 'kk'
      ? `; ${list} — ${nonWorking(moved, l)}, сондықтан мерзімі — алдыңғы жұмыс күні, ${last}`
      : l === 'ru'
        ? `; ${list} — ${nonWorking(moved, l)}, поэтому срок — предшествующий рабочий день, ${last}`
        : `; not working: ${list}, so it is due on the working day before, ${last}`;
  });
}
