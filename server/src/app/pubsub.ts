// The one typed map of subscription topics. Modules add their topics here and publish after their transaction
// commits, so subscribers never see a change that was rolled back.
import { createPubSub } from '@graphql-yoga/subscription';

/** Topic name → publish arguments, e.g. `caseUpdated: [officeId: string, payload: CaseUpdated]`. */
export type Topics = Record<never, never>;

export type AppPubSub = ReturnType<typeof createPubSub<Topics>>;

export function createAppPubSub(): AppPubSub {
  return createPubSub<Topics>();
}
