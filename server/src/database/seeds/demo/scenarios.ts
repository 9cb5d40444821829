import {
  ActKind,
  Initiator,
  MilitaryStatus,
  Proceeding,
  Sanction,
  Sphere,
  type SpecializedKind,
} from '@qadagalau/shared';

/**
 * Templates of administrative cases as they reach the courts: the facts the rules read, a plausible КоАП
 * article (free codes: KAZAKHSTAN.md §3 says article ranges are unverified) and the thematic direction.
 * Weights roughly follow court practice: traffic, public order and family cases dominate; the para-6
 * categories are rarer but over-represented here so every screen has them.
 */
export interface Scenario {
  key: string;
  weight: number;
  /** The common thematic direction (reference data); the para-6 grounds add their own themes. */
  theme: string;
  articles: readonly string[];
  summaryRu: string;
  proceeding?: Proceeding;
  spheres?: readonly Sphere[];
  sanctions?: readonly Sanction[];
  minor?: boolean;
  military?: MilitaryStatus;
  dutyRelated?: boolean;
  initiator?: Initiator;
  /** Only where a specialized office of this kind sits at the court. */
  needsSpecialized?: SpecializedKind;
  /** A specialized administrative court hears complaints against bodies' resolutions. */
  complaint?: boolean;
  foreigner?: boolean;
  /** The higher prosecutor deemed participation necessary (para 6). */
  higherProsecutor?: boolean;
  /** The likely first-instance act. */
  acts: readonly (readonly [ActKind, number])[];
}

const PENALTY: readonly (readonly [ActKind, number])[] = [
  [ActKind.PENALTY_IMPOSED, 8],
  [ActKind.TERMINATED, 2],
];

export const SCENARIOS: readonly Scenario[] = [
  {
    key: 'traffic-fine',
    weight: 14,
    theme: 'ROAD_TRAFFIC',
    articles: ['592', '596', '599', '610'],
    summaryRu: 'Нарушение правил дорожного движения',
    sanctions: [Sanction.FINE],
    acts: PENALTY,
  },
  {
    key: 'drunk-driving',
    weight: 6,
    theme: 'ROAD_TRAFFIC',
    articles: ['608'],
    summaryRu: 'Управление транспортным средством в состоянии опьянения',
    sanctions: [Sanction.FINE, Sanction.ARREST],
    acts: PENALTY,
  },
  {
    key: 'petty-hooliganism',
    weight: 8,
    theme: 'PUBLIC_ORDER',
    articles: ['434'],
    summaryRu: 'Мелкое хулиганство',
    sanctions: [Sanction.FINE, Sanction.ARREST],
    acts: PENALTY,
  },
  {
    key: 'domestic-violence',
    weight: 7,
    theme: 'FAMILY',
    articles: ['73', '73-1'],
    summaryRu: 'Противоправные действия в сфере семейно-бытовых отношений',
    sanctions: [Sanction.FINE, Sanction.ARREST],
    acts: PENALTY,
  },
  {
    key: 'minor-offense',
    weight: 5,
    theme: 'MINOR',
    articles: ['434', '440'],
    summaryRu: 'Правонарушение несовершеннолетнего',
    sanctions: [Sanction.FINE],
    minor: true,
    acts: PENALTY,
  },
  {
    key: 'migration',
    weight: 5,
    theme: 'MIGRATION',
    articles: ['517'],
    summaryRu: 'Нарушение иностранцем законодательства о правовом положении иностранцев',
    sanctions: [Sanction.FINE, Sanction.EXPULSION],
    foreigner: true,
    acts: PENALTY,
  },
  {
    key: 'tax',
    weight: 4,
    theme: 'TAX',
    articles: ['269', '272', '281'],
    summaryRu: 'Правонарушение в области налогообложения',
    spheres: [Sphere.TAX],
    sanctions: [Sanction.FINE],
    acts: PENALTY,
  },
  {
    key: 'tax-obligation',
    weight: 3,
    theme: 'TAX',
    articles: ['278', '282'],
    summaryRu: 'Неисполнение налогового обязательства',
    spheres: [Sphere.TAX_OBLIGATION],
    sanctions: [Sanction.FINE],
    acts: PENALTY,
  },
  {
    key: 'pension',
    weight: 2,
    theme: 'PENSION_SOCIAL_INSURANCE',
    articles: ['92', '92-1'],
    summaryRu: 'Неисполнение обязанностей по пенсионным взносам и социальным отчислениям',
    spheres: [Sphere.PENSION, Sphere.SOCIAL_INSURANCE],
    sanctions: [Sanction.FINE],
    acts: PENALTY,
  },
  {
    key: 'customs',
    weight: 3,
    theme: 'CUSTOMS',
    articles: ['551', '558'],
    summaryRu: 'Недекларирование товаров, перемещаемых через таможенную границу',
    spheres: [Sphere.CUSTOMS],
    sanctions: [Sanction.FINE, Sanction.CONFISCATION],
    acts: PENALTY,
  },
  {
    key: 'corruption',
    weight: 3,
    theme: 'CORRUPTION',
    articles: ['676', '677', '678'],
    summaryRu: 'Коррупционное административное правонарушение',
    spheres: [Sphere.CORRUPTION],
    sanctions: [Sanction.FINE],
    acts: PENALTY,
  },
  {
    key: 'environment',
    weight: 4,
    theme: 'ENVIRONMENT',
    articles: ['328', '366', '382'],
    summaryRu: 'Нарушение законодательства об охране окружающей среды',
    spheres: [Sphere.ENVIRONMENT],
    sanctions: [Sanction.FINE, Sanction.CONFISCATION],
    acts: PENALTY,
  },
  {
    key: 'environment-prosecutor',
    weight: 2,
    theme: 'ENVIRONMENT',
    articles: ['328', '338'],
    summaryRu: 'Загрязнение водного объекта (возбуждено природоохранным прокурором)',
    spheres: [Sphere.ENVIRONMENT],
    sanctions: [Sanction.FINE],
    initiator: Initiator.ENVIRONMENTAL_PROSECUTOR,
    needsSpecialized: 'ENVIRONMENTAL',
    acts: PENALTY,
  },
  {
    key: 'electoral',
    weight: 1,
    theme: 'ELECTORAL',
    articles: ['114', '117'],
    summaryRu: 'Нарушение законодательства о выборах',
    spheres: [Sphere.ELECTORAL],
    sanctions: [Sanction.FINE],
    acts: PENALTY,
  },
  {
    key: 'demolition',
    weight: 2,
    theme: 'CONSTRUCTION',
    articles: ['320'],
    summaryRu: 'Самовольное строительство',
    sanctions: [Sanction.FINE, Sanction.DEMOLITION],
    acts: PENALTY,
  },
  {
    key: 'alcohol-trade',
    weight: 3,
    theme: 'ALCOHOL_TOBACCO',
    articles: ['282', '463'],
    summaryRu: 'Нарушение правил торговли алкогольной продукцией',
    sanctions: [Sanction.FINE, Sanction.CONFISCATION],
    acts: PENALTY,
  },
  {
    key: 'military-service',
    weight: 3,
    theme: 'PUBLIC_ORDER',
    articles: ['707', '708'],
    summaryRu: 'Воинское правонарушение военнослужащего',
    spheres: [Sphere.MILITARY_CH32],
    sanctions: [Sanction.ARREST],
    military: MilitaryStatus.SERVICEMAN,
    dutyRelated: true,
    initiator: Initiator.MILITARY_AUTHORITY,
    needsSpecialized: 'MILITARY',
    acts: PENALTY,
  },
  {
    key: 'reservist',
    weight: 1,
    theme: 'PUBLIC_ORDER',
    articles: ['709'],
    summaryRu: 'Правонарушение военнообязанного в период военных сборов',
    sanctions: [Sanction.FINE],
    military: MilitaryStatus.RESERVIST_ON_TRAINING,
    needsSpecialized: 'MILITARY',
    acts: PENALTY,
  },
  {
    key: 'rail-transport',
    weight: 3,
    theme: 'CONFISCATION',
    articles: ['617', '619'],
    summaryRu: 'Нарушение правил безопасности на железнодорожном транспорте (изъятие предмета)',
    sanctions: [Sanction.FINE, Sanction.CONFISCATION],
    initiator: Initiator.TRANSPORT_AUTHORITY,
    needsSpecialized: 'TRANSPORT',
    acts: PENALTY,
  },
  {
    key: 'transport-prosecutor',
    weight: 1,
    theme: 'PROSECUTOR_INITIATED',
    articles: ['632'],
    summaryRu: 'Нарушение в сфере воздушного транспорта (возбуждено транспортным прокурором)',
    sanctions: [Sanction.FINE],
    initiator: Initiator.TRANSPORT_PROSECUTOR,
    needsSpecialized: 'TRANSPORT',
    acts: PENALTY,
  },
  {
    key: 'prosecutor-initiated',
    weight: 3,
    theme: 'PROSECUTOR_INITIATED',
    articles: ['161', '462'],
    summaryRu: 'Нарушение законодательства, выявленное прокурорской проверкой',
    sanctions: [Sanction.FINE],
    initiator: Initiator.TERRITORIAL_PROSECUTOR,
    acts: PENALTY,
  },
  {
    key: 'complaint-ch45',
    weight: 4,
    theme: 'COMPLAINT_CH45',
    articles: ['829-2'],
    summaryRu: 'Жалоба на постановление органа по делу об административном правонарушении',
    proceeding: Proceeding.COMPLAINT_CH45,
    complaint: true,
    acts: [
      [ActKind.BODY_RESOLUTION_UPHELD, 6],
      [ActKind.BODY_RESOLUTION_CHANGED, 3],
      [ActKind.TERMINATED, 1],
    ],
  },
  {
    key: 'complaint-ch44',
    weight: 2,
    theme: 'COMPLAINT_CH44',
    articles: ['828'],
    summaryRu: 'Жалоба на действия (бездействие) органа, ведущего административный процесс',
    proceeding: Proceeding.COMPLAINT_CH44,
    complaint: true,
    acts: [
      [ActKind.BODY_RESOLUTION_UPHELD, 7],
      [ActKind.BODY_RESOLUTION_CHANGED, 3],
    ],
  },
  {
    key: 'higher-prosecutor',
    weight: 1,
    theme: 'HIGHER_PROSECUTOR',
    articles: ['461'],
    summaryRu: 'Дело, участие в котором признано необходимым вышестоящим прокурором',
    sanctions: [Sanction.FINE],
    higherProsecutor: true,
    acts: PENALTY,
  },
  {
    key: 'new-circumstances',
    weight: 1,
    theme: 'ROAD_TRAFFIC',
    articles: ['596'],
    summaryRu: 'Пересмотр постановления по вновь открывшимся обстоятельствам',
    sanctions: [Sanction.FINE],
    acts: [[ActKind.NEW_CIRCUMSTANCES_REVIEW, 1]],
  },
];
