import { Arg, Resolver, Root, Subscription } from 'type-graphql';
import type { AppContext } from '../../app/context';
import { requireUser } from '../../common/guards';
import { Jurisdiction } from '../../common/jurisdiction';
import { eventListener } from './event-listener';
import { HearingEvent, HearingEventFilter } from './hearing-event.types';
import { hearingStream, parseCursor } from './hearing-events';

@Resolver()
export class HearingEventsResolver {
  @Subscription(() => HearingEvent, {
    description:
      'Hearings set, moved or called off in your jurisdiction, as they happen. Pass the last `cursor` you ' +
      'received as `after` to first receive every event you missed, in order, exactly once',
    subscribe: async ({ args, context }) => {
      const ctx = context as AppContext;
      const user = requireUser(ctx);
      const after = parseCursor(args['after'] as string | null | undefined);
      return hearingStream({
        listener: eventListener(),
        dataSource: ctx.dataSource,
        // Read by the stream, which waits for the database if it is restarting (see outboxStream).
        jurisdiction: () => Jurisdiction.of(user, ctx.dataSource),
        filter: args['filter'] as HearingEventFilter | null | undefined,
        after,
      });
    },
  })
  hearingScheduled(
    @Root() event: HearingEvent,
    @Arg('filter', () => HearingEventFilter, { nullable: true }) _filter?: HearingEventFilter | null,
    @Arg('after', () => String, { nullable: true, description: 'Cursor of the last event received' })
    _after?: string | null,
  ): HearingEvent {
    return event;
  }
}
