import type { CaseEvents, CaseFacts, Offender } from './case-facts';
import { defaultCaseFacts } from './case-facts';

/** A partial case for fixtures: nested offender and events may be partial too. */
export type CaseFactsOverrides = Partial<Omit<CaseFacts, 'offender' | 'events'>> & {
  offender?: Partial<Offender>;
  events?: Partial<CaseEvents>;
};

/** A case with the contract's defaults and the given fields (for tests and seeds). */
export function makeCaseFacts(overrides: CaseFactsOverrides = {}): CaseFacts {
  const base = defaultCaseFacts(overrides.id ?? 'case');
  return {
    ...base,
    ...overrides,
    offender: { ...base.offender, ...overrides.offender },
    events: { ...base.events, ...overrides.events },
  };
}
