import type { LocalizedText } from './text';

/** Why a rule applies: the instruction's paragraph, the КоАП article where one is cited, and a one-line reason. */
export interface Explanation {
  /** Paragraph(s) of Instruction No. 40, e.g. '13' or '16–17'. */
  paragraph: string;
  /** КоАП article where the instruction cites one, e.g. 'КоАП 832'. */
  article?: string;
  reason: LocalizedText;
}
