// The generator's catalogue: КоАП article templates (weights from the shape of court practice: road traffic and
// public order dominate, corruption and customs are rare), region weights (population, thousands, 2024), names.
// Article numbers follow the КоАП RK 2014 chapters; they are plausible, not a legal reference.
import type { ResponsibleKind } from '@qadagalau/shared';
import {
  ActKind,
  Initiator,
  MilitaryStatus,
  Proceeding,
  type Sanction,
  type Sphere,
  type WorkingCalendar,
} from '@qadagalau/shared';
import { CaseRules } from '@qadagalau/server/dist/modules/case/case-rules';

export interface ArticleTemplate {
  article: string;
  part: string | null;
  theme: string;
  summary: string;
  spheres: Sphere[];
  sanctions: Sanction[];
  weight: number;
}

export const ARTICLES: ArticleTemplate[] = [
  a('590', '4', 'ROAD_TRAFFIC', 'Превышение скорости движения', [], ['FINE'], 22),
  a('592', '1', 'ROAD_TRAFFIC', 'Нарушение правил проезда перекрёстков', [], ['FINE'], 8),
  a(
    '608',
    '1',
    'ROAD_TRAFFIC',
    'Управление транспортным средством в состоянии опьянения',
    [],
    ['FINE', 'ARREST'],
    5,
  ),
  a('434', '1', 'PUBLIC_ORDER', 'Мелкое хулиганство', [], ['FINE', 'ARREST'], 9),
  a('440', '1', 'PUBLIC_ORDER', 'Распитие алкогольных напитков в общественных местах', [], ['FINE'], 7),
  a(
    '73',
    '1',
    'FAMILY',
    'Противоправные действия в сфере семейно-бытовых отношений',
    [],
    ['FINE', 'ARREST'],
    7,
  ),
  a('127', '1', 'FAMILY', 'Невыполнение родителями обязанностей по воспитанию детей', [], ['FINE'], 3),
  a(
    '517',
    '1',
    'MIGRATION',
    'Нарушение иностранцем миграционного законодательства',
    [],
    ['FINE', 'EXPULSION'],
    3,
  ),
  a(
    '282',
    '1',
    'ALCOHOL_TOBACCO',
    'Нарушение правил торговли алкогольной продукцией',
    [],
    ['FINE', 'CONFISCATION'],
    2.5,
  ),
  a('269', '1', 'TAX', 'Непредставление налоговой отчётности', ['TAX'], ['FINE'], 3),
  a('278', '1', 'TAX', 'Неуплата налогов в установленный срок', ['TAX_OBLIGATION'], ['FINE'], 1.5),
  a(
    '102',
    '1',
    'PENSION_SOCIAL_INSURANCE',
    'Неперечисление обязательных пенсионных взносов',
    ['PENSION'],
    ['FINE'],
    1.5,
  ),
  a('87', '1', 'LABOUR', 'Нарушение трудового законодательства', [], ['FINE'], 2),
  a('190', '1', 'CONSUMER_PROTECTION', 'Нарушение прав потребителей', [], ['FINE'], 1.5),
  a('463', '1', 'LICENSING', 'Занятие деятельностью без разрешения', [], ['FINE', 'CONFISCATION'], 1.5),
  a('425', '1', 'SANITARY', 'Нарушение санитарно-эпидемиологических требований', [], ['FINE'], 2),
  a('410', '1', 'FIRE_SAFETY', 'Нарушение требований пожарной безопасности', [], ['FINE'], 1.5),
  a('316', '1', 'CONSTRUCTION', 'Самовольное строительство', [], ['FINE', 'DEMOLITION'], 1),
  a('337', '1', 'LAND', 'Самовольное занятие земельного участка', [], ['FINE'], 1),
  a('328', '1', 'ENVIRONMENT', 'Нарушение экологических требований', ['ENVIRONMENT'], ['FINE'], 1),
  a('551', '1', 'CUSTOMS', 'Недекларирование товаров', ['CUSTOMS'], ['FINE', 'CONFISCATION'], 0.8),
  a('676', '1', 'CORRUPTION', 'Принятие подарков должностным лицом', ['CORRUPTION'], ['FINE'], 0.4),
  a('115', '1', 'ELECTORAL', 'Нарушение законодательства о выборах', ['ELECTORAL'], ['FINE'], 0.1),
];

function a(
  article: string,
  part: string | null,
  theme: string,
  summary: string,
  spheres: string[],
  sanctions: string[],
  weight: number,
): ArticleTemplate {
  return {
    article,
    part,
    theme,
    summary,
    spheres: spheres as Sphere[],
    sanctions: sanctions as Sanction[],
    weight,
  };
}

/** Population in thousands (2024, rounded): regions get cases in proportion. */
export const REGION_WEIGHTS: Record<string, number> = {
  ALMATY_CITY: 2230,
  ASTANA: 1420,
  SHYMKENT: 1220,
  TURKISTAN: 2110,
  ALMATY: 1530,
  JETISU: 700,
  ABAI: 610,
  EAST_KAZAKHSTAN: 720,
  KARAGANDA: 1130,
  ULYTAU: 220,
  AKMOLA: 790,
  KOSTANAY: 830,
  NORTH_KAZAKHSTAN: 530,
  PAVLODAR: 750,
  AKTOBE: 920,
  WEST_KAZAKHSTAN: 690,
  ATYRAU: 700,
  MANGYSTAU: 780,
  KYZYLORDA: 830,
  JAMBYL: 1220,
};

export const PROCEEDINGS = [
  Proceeding.OFFENSE,
  Proceeding.COMPLAINT_CH44,
  Proceeding.COMPLAINT_CH45,
] as const;
/** OTHER_AUTHORITY, TERRITORIAL_PROSECUTOR, or a serviceman reported by the military authority. */
export const INITIATORS = ['OTHER', 'PROSECUTOR', 'MILITARY'] as const;

/** One evaluated combination of facts: what the rules engine says of every case generated with it. */
export interface Profile {
  pidx: number;
  article: ArticleTemplate;
  minor: boolean;
  proceeding: Proceeding;
  initiator: Initiator;
  military: MilitaryStatus;
  mandatory: boolean;
  grounds: string[];
  responsibleKind: ResponsibleKind;
  initiatingUnit: boolean;
  explanation: unknown;
}

/** Every profile, with index pidx = ((article * 2 + minor) * 3 + proceeding) * 3 + initiator. */
export function buildProfiles(calendar: WorkingCalendar): Profile[] {
  const rules = new CaseRules(calendar);
  const out: Profile[] = [];
  ARTICLES.forEach((article, ai) => {
    for (const minor of [false, true]) {
      PROCEEDINGS.forEach((proceeding, pi) => {
        INITIATORS.forEach((who, ii) => {
          const initiator =
            who === 'PROSECUTOR'
              ? Initiator.TERRITORIAL_PROSECUTOR
              : who === 'MILITARY'
                ? Initiator.MILITARY_AUTHORITY
                : Initiator.OTHER_AUTHORITY;
          const military = who === 'MILITARY' ? MilitaryStatus.SERVICEMAN : MilitaryStatus.NONE;
          const result = rules.evaluate({
            id: `profile-${ai}-${minor}-${pi}-${ii}`,
            proceeding,
            spheres: article.spheres,
            sanctions: article.sanctions,
            offender: { minor, military, dutyRelated: who === 'MILITARY' },
            initiator,
            actKind: ActKind.PENALTY_IMPOSED,
          });
          out.push({
            pidx: ((ai * 2 + (minor ? 1 : 0)) * 3 + pi) * 3 + ii,
            article,
            minor,
            proceeding,
            initiator,
            military,
            mandatory: result.mandatory,
            grounds: result.grounds,
            responsibleKind: result.responsible,
            initiatingUnit: result.initiatingUnit,
            explanation: result.explanation,
          });
        });
      });
    }
  });
  return out;
}

export const SURNAMES = [
  'Абенов',
  'Ахметов',
  'Байжанов',
  'Жумабаев',
  'Исаев',
  'Калиев',
  'Кенжебаев',
  'Муканов',
  'Нурланов',
  'Оспанов',
  'Сапаров',
  'Сейткали',
  'Тулегенов',
  'Омаров',
  'Иванов',
  'Петров',
  'Ким',
  'Смагулов',
  'Есенов',
  'Бекетов',
  'Досанов',
  'Жакупов',
  'Ибраев',
  'Кусаинов',
  'Нурпеисов',
  'Рахимов',
  'Садыков',
  'Утебаев',
  'Шаяхметов',
  'Ержанов',
];
export const FIRST_NAMES = [
  'Айдар',
  'Асель',
  'Бауыржан',
  'Гульнара',
  'Данияр',
  'Ерлан',
  'Жанар',
  'Камила',
  'Марат',
  'Нурлан',
  'Сауле',
  'Тимур',
  'Айгерим',
  'Аружан',
  'Дина',
  'Ержан',
  'Мадина',
  'Руслан',
  'Самал',
  'Алия',
  'Серик',
  'Дмитрий',
];
