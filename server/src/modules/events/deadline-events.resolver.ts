import { Arg, ID, Resolver, Root, Subscription } from 'type-graphql';
import type { AppContext } from '../../app/context';
import { notFound, requireUser } from '../../common/guards';
import { Jurisdiction } from '../../common/jurisdiction';
import { Deadline } from '../deadline/deadline.entity';
import { DeadlineEvent, DeadlineEventKind } from './deadline-event.types';
import type { DeadlineEventPayload } from './deadline-scheduler';
import { eventListener } from './event-listener';
import { checkNowOrInStream, outboxStream, parseCursor } from './hearing-events';

const KINDS: ReadonlySet<string> = new Set(Object.values(DeadlineEventKind));

@Resolver()
export class DeadlineEventsResolver {
  @Subscription(() => DeadlineEvent, {
    description:
      'Deadlines of an office you may see, as they are created, met or waived, or move into DUE_SOON, ' +
      'DUE_TODAY or OVERDUE at a day boundary. Pass the last `cursor` as `after` to receive what you missed',
    subscribe: async ({ args, context }) => {
      const ctx = context as AppContext;
      const user = requireUser(ctx);
      const officeId = args['officeId'] as string;
      const after = parseCursor(args['after'] as string | null | undefined);
      const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(officeId);
      if (!uuid) throw notFound('Office', officeId);
      // NOT_FOUND at once; during a database restart the stream checks once the database is back.
      const prepare = await checkNowOrInStream(async () => {
        const jurisdiction = await Jurisdiction.of(user, ctx.dataSource);
        if (!(await jurisdiction.seesOffice(officeId, ctx.dataSource))) throw notFound('Office', officeId);
      });
      return outboxStream<DeadlineEvent>({
        listener: eventListener(),
        dataSource: ctx.dataSource,
        topic: 'DEADLINE',
        after,
        ...(prepare ? { prepare } : {}),
        matches: (event) => event.officeId === officeId && KINDS.has(event.kind),
        toPayload: async (event) => {
          const payload = event.payload as unknown as DeadlineEventPayload;
          const deadline = await ctx.dataSource.manager.findOneByOrFail(Deadline, { id: payload.deadlineId });
          return { cursor: event.id, kind: event.kind as DeadlineEventKind, officeId, deadline };
        },
      });
    },
  })
  deadlineChanged(
    @Root() event: DeadlineEvent,
    @Arg('officeId', () => ID, { description: 'The office whose deadlines to follow' }) _officeId: string,
    @Arg('after', () => String, { nullable: true, description: 'Cursor of the last event received' })
    _after?: string | null,
  ): DeadlineEvent {
    return event;
  }
}
