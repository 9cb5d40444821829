// Para 27 (checklist §2(e) of INSTRUCTION.md): the mandatory content of an application to bring a protest. An
// application missing any item is returned to the applicant, with the missing items named.
import type { LocalizedText } from '../i18n/text';

/** The para-27 checklist, item by item. */
export interface ApplicationChecklist {
  /** 1. The official addressed. */
  addresseeNamed: boolean;
  /** 2. The applicant's name, residence or location, procedural status. */
  applicantIdentified: boolean;
  /** 3. The courts of first and appeal instance and the content of their decisions. */
  courtsAndDecisionsStated: boolean;
  /** 4. The court resolution proposed for protest. */
  contestedResolutionNamed: boolean;
  /** 5. The material violation of law and what the applicant asks for. */
  violationAndRequestStated: boolean;
  /** 6. The signature of the applicant or representative. */
  signed: boolean;
  /** 7. Filed by a representative: a power of attorney or other document certifying authority. */
  powerOfAttorneyAttached: boolean;
  /** 8. Court-certified copies of the resolution(s) in the case. */
  certifiedCopiesAttached: boolean;
}

export type ChecklistItem = keyof ApplicationChecklist;

/** The items in the order of para 27. */
export const CHECKLIST_ITEMS: readonly ChecklistItem[] = [
  'addresseeNamed',
  'applicantIdentified',
  'courtsAndDecisionsStated',
  'contestedResolutionNamed',
  'violationAndRequestStated',
  'signed',
  'powerOfAttorneyAttached',
  'certifiedCopiesAttached',
];

/** What each item asks for, in kk/ru/en. */
export const CHECKLIST_ITEM_TEXT: Readonly<Record<ChecklistItem, LocalizedText>> = {
  addresseeNamed: {
    kk: 'өтініш жолданған лауазымды тұлғаның атауы',
    ru: 'наименование должностного лица, которому адресовано заявление',
    en: 'the official the application is addressed to',
  },
  applicantIdentified: {
    kk: 'өтініш берушінің аты, тұрғылықты жері немесе орналасқан жері, істегі процестік жағдайы',
    ru: 'фамилия, имя, отчество заявителя, место жительства или нахождения, процессуальное положение в деле',
    en: 'the applicant’s name, residence or location and procedural status in the case',
  },
  courtsAndDecisionsStated: {
    kk: 'істі қараған бірінші және апелляциялық сатыдағы соттар және олардың шешімдерінің мазмұны',
    ru: 'суды первой и апелляционной инстанций, рассматривавшие дело, и содержание принятых ими решений',
    en: 'the first-instance and appeal courts that heard the case and the content of their decisions',
  },
  contestedResolutionNamed: {
    kk: 'наразылық келтіру ұсынылатын сот қаулысы',
    ru: 'судебное постановление, которое предлагается опротестовать',
    en: 'the court resolution proposed for protest',
  },
  violationAndRequestStated: {
    kk: 'материалдық немесе процестік құқық нормаларын елеулі бұзушылықтың мәні және өтініш берушінің сұрауы',
    ru: 'в чём заключается существенное нарушение норм материального или процессуального права и просьба заявителя',
    en: 'the material violation of substantive or procedural law and what the applicant asks for',
  },
  signed: {
    kk: 'өтініш берушінің немесе өкілдің қолы',
    ru: 'подпись заявителя или его представителя',
    en: 'the signature of the applicant or representative',
  },
  powerOfAttorneyAttached: {
    kk: 'өкілдің өкілеттігін куәландыратын сенімхат немесе өзге құжат',
    ru: 'доверенность или иной документ, удостоверяющий полномочия представителя',
    en: 'a power of attorney or other document certifying the representative’s authority',
  },
  certifiedCopiesAttached: {
    kk: 'іс бойынша сот қаулыларының сот куәландырған көшірмелері',
    ru: 'заверенные судом копии судебных постановлений по делу',
    en: 'court-certified copies of the resolutions in the case',
  },
};

/**
 * Para 27: the items an application lacks, in para-27 order. The power of attorney is required only when a
 * representative filed it.
 */
export function missingChecklistItems(
  checklist: ApplicationChecklist,
  byRepresentative: boolean,
): ChecklistItem[] {
  return CHECKLIST_ITEMS.filter(
    (item) => !checklist[item] && (item !== 'powerOfAttorneyAttached' || byRepresentative),
  );
}

/** Para 27: the answer returning an incomplete application, naming what is missing, in kk/ru/en. */
export function checklistReturnText(missing: readonly ChecklistItem[]): LocalizedText {
  const list = (lang: keyof LocalizedText) =>
    missing.map((item) => CHECKLIST_ITEM_TEXT[item][lang]).join('; ');
  return {
    kk: `Өтініш өтініш берушіге қайтарылады (Нұсқаулықтың 27-тармағы): ${list('kk')} жоқ.`,
    ru: `Заявление возвращается заявителю (пункт 27 Инструкции): отсутствует ${list('ru')}.`,
    en: `The application is returned to the applicant (para 27 of the Instruction): missing ${list('en')}.`,
  };
}
