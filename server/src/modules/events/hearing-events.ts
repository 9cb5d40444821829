// The stream behind `hearingScheduled`: replay from the outbox (with `after`), then live events, each exactly
// once and in cursor order, each scoped to the subscriber's jurisdiction and filter.
import { DomainError, ErrorCode } from '@qadagalau/shared';
import type { DataSource } from 'typeorm';
import type { Jurisdiction } from '../../common/jurisdiction';
import { isDatabaseUnavailable } from '../../database/unavailable';
import { Case } from '../case/case.entity';
import { Court } from '../court/court.entity';
import { Hearing } from '../hearing/hearing.entity';
import { Office } from '../office/office.entity';
import { LIVE_EVENT_COLUMNS, type EventListener, type LiveEvent } from './event-listener';
import type { OutboxTopic } from './outbox-event.entity';
import {
  HearingEventKind,
  type HearingEvent,
  type HearingEventFilter,
  type HearingEventPayload,
} from './hearing-event.types';

const REPLAY_BATCH = 500;
/** While the database is unavailable a stream retries its reads after this long, doubling up to the maximum. */
const RETRY_FIRST_MS = 250;
const RETRY_MAX_MS = 2_000;
const KINDS: ReadonlySet<string> = new Set(Object.values(HearingEventKind));

/** A cursor as given by a client: the decimal id of an event (BAD_USER_INPUT otherwise). */
export function parseCursor(after: string | null | undefined): bigint | null {
  if (after === null || after === undefined) return null;
  if (!/^\d{1,18}$/.test(after)) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, 'after: not a cursor of a live event', {
      field: 'after',
    });
  }
  return BigInt(after);
}

/** Whether the subscriber receives this event: in their jurisdiction and matching their filter. */
export function hearingEventMatches(
  event: Pick<LiveEvent, 'topic' | 'kind' | 'scope' | 'payload'>,
  jurisdiction: Pick<Jurisdiction, 'seesScope'>,
  filter: HearingEventFilter | null | undefined,
): boolean {
  if (event.topic !== 'HEARING' || !KINDS.has(event.kind)) return false;
  if (!jurisdiction.seesScope(event.scope)) return false;
  const payload = event.payload as unknown as HearingEventPayload;
  if (filter?.regionIds && !filter.regionIds.includes(event.scope.regionId ?? '')) return false;
  if (filter?.officeIds && !filter.officeIds.includes(payload.responsibleOfficeId)) return false;
  if (filter?.courtIds && !filter.courtIds.includes(payload.courtId)) return false;
  if (filter?.mandatoryOnly && !payload.mandatory) return false;
  return true;
}

export interface HearingStreamOptions {
  listener: EventListener;
  dataSource: DataSource;
  /** Read when the stream starts (and again while the database is unavailable): see `outboxStream`'s prepare. */
  jurisdiction: () => Promise<Jurisdiction>;
  filter: HearingEventFilter | null | undefined;
  after: bigint | null;
}

export function hearingStream(options: HearingStreamOptions): AsyncIterableIterator<HearingEvent> {
  const { dataSource, filter } = options;
  let jurisdiction: Jurisdiction | null = null;
  return outboxStream({
    ...options,
    topic: 'HEARING',
    prepare: async () => {
      jurisdiction = await options.jurisdiction();
    },
    matches: (event) => jurisdiction !== null && hearingEventMatches(event, jurisdiction, filter),
    toPayload: (event) => sharedHearingEvent(dataSource, event),
  });
}

export interface OutboxStreamOptions<T> {
  listener: EventListener;
  dataSource: DataSource;
  topic: OutboxTopic;
  after: bigint | null;
  /**
   * What the stream must read before it can match events (the subscriber's jurisdiction): run first, retried
   * like every other read while the database is unavailable. Its other errors end the stream.
   */
  prepare?: () => Promise<void>;
  matches: (event: LiveEvent) => boolean;
  toPayload: (event: LiveEvent) => Promise<T>;
}

/**
 * Runs `check` now, unless the database is unavailable: then it is left to the stream (`prepare`), which waits
 * for the database. So a subscriber that (re)connects during a database restart is not refused — its
 * subscription starts once the database is back and replays from its cursor — while a check that fails for a
 * real reason (NOT_FOUND) still fails at once. Returns what the stream still has to run, if anything.
 */
export async function checkNowOrInStream(
  check: () => Promise<void>,
): Promise<(() => Promise<void>) | undefined> {
  try {
    await check();
    return undefined;
  } catch (error) {
    if (isDatabaseUnavailable(error)) return check;
    throw error;
  }
}

/**
 * Subscribes to live events FIRST and buffers them, then replays the table after `after`, then drains the
 * buffer skipping what the replay already covered: no event between the two is lost, none is sent twice.
 *
 * A database restart does not end the stream: a read that fails because the database is unavailable is retried
 * (with back-off) until it succeeds or the subscriber leaves; the event listener catches up by itself, so the
 * subscriber receives everything in order once the database is back. (Ending the stream instead would send the
 * client an error, and graphql-ws clients do not resubscribe after an error, only after a lost socket.)
 */
export function outboxStream<T>(options: OutboxStreamOptions<T>): AsyncIterableIterator<T> {
  const { listener, dataSource, topic, after, prepare, matches, toPayload } = options;
  const buffer: LiveEvent[] = [];
  let wake: (() => void) | null = null;
  let closed = false;
  const unsubscribe = listener.subscribe((event) => {
    if (event.topic !== topic) return;
    buffer.push(event);
    wake?.();
  });

  /** `read()`, retried while the database is unavailable; null when the subscriber left meanwhile. */
  async function whenAvailable<R>(read: () => Promise<R>): Promise<{ value: R } | null> {
    for (let delay = RETRY_FIRST_MS; ; delay = Math.min(delay * 2, RETRY_MAX_MS)) {
      if (closed) return null;
      try {
        return { value: await read() };
      } catch (error) {
        if (!isDatabaseUnavailable(error)) throw error;
      }
      await new Promise<void>((resolve) => {
        // Jittered: many subscribers waiting out one outage do not all retry in the same instant.
        const timer = setTimeout(
          () => {
            wake = null;
            resolve();
          },
          delay * (0.75 + Math.random() / 2),
        );
        // Leaving while waiting ends the wait at once.
        wake = () => {
          if (!closed) return;
          clearTimeout(timer);
          resolve();
        };
      });
    }
  }

  async function* run(): AsyncGenerator<T> {
    if (prepare && (await whenAvailable(prepare)) === null) return;
    // Everything up to `handled` has been sent or skipped.
    let handled = after ?? 0n;
    if (after !== null) {
      for (;;) {
        const read = await whenAvailable(
          () =>
            dataSource.query(
              `SELECT ${LIVE_EVENT_COLUMNS} FROM outbox_event WHERE topic = $2 AND id > $1
                ORDER BY outbox_event.id LIMIT ${REPLAY_BATCH}`,
              [handled.toString(), topic],
            ) as Promise<LiveEvent[]>,
        );
        if (read === null) return;
        const rows = read.value;
        for (const row of rows) {
          if (closed) return;
          handled = BigInt(row.id);
          if (!matches(row)) continue;
          const payload = await whenAvailable(() => toPayload(row));
          if (payload === null) return;
          yield payload.value;
        }
        if (rows.length < REPLAY_BATCH) break;
      }
    }
    for (;;) {
      while (buffer.length > 0) {
        const event = buffer.shift()!;
        const id = BigInt(event.id);
        if (id <= handled) continue;
        handled = id;
        if (matches(event)) {
          const payload = await whenAvailable(() => toPayload(event));
          if (payload === null) return;
          yield payload.value;
        }
        if (closed) return;
      }
      if (closed) return;
      await new Promise<void>((resolve) => (wake = resolve));
      wake = null;
    }
  }

  const generator = run();
  const close = (): void => {
    if (closed) return;
    closed = true;
    unsubscribe();
    wake?.();
  };
  return {
    next: () => generator.next(),
    return: async (value?: unknown) => {
      close();
      return generator.return(value as never);
    },
    throw: async (error?: unknown) => {
      close();
      return generator.throw(error);
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

/** How many recent events keep their payload for the other subscribers of this process. */
const PAYLOAD_CACHE_SIZE = 1_000;
const payloadCache = new WeakMap<DataSource, Map<string, Promise<HearingEvent>>>();

/**
 * The payload of an event is the same for every subscriber, so it is read once per process, not once per
 * subscriber: 1,000 subscribers would otherwise cost 3,000 queries an event (issue 7's fan-out benchmark).
 * A failed read is forgotten, so the next subscriber tries again.
 */
export function sharedHearingEvent(dataSource: DataSource, event: LiveEvent): Promise<HearingEvent> {
  let cache = payloadCache.get(dataSource);
  if (!cache) {
    cache = new Map();
    payloadCache.set(dataSource, cache);
  }
  const cached = cache.get(event.id);
  if (cached) return cached;
  const payload = toHearingEvent(dataSource, event);
  cache.set(event.id, payload);
  payload.catch(() => cache.delete(event.id));
  // A Map iterates in insertion order: the first key is the oldest event.
  if (cache.size > PAYLOAD_CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return payload;
}

/** The GraphQL payload: the hearing as the event recorded it, its case, court and responsible office as read. */
async function toHearingEvent(dataSource: DataSource, event: LiveEvent): Promise<HearingEvent> {
  const payload = event.payload as unknown as HearingEventPayload;
  const snapshot = payload.hearing;
  const hearing = Object.assign(new Hearing(), snapshot, {
    scheduledAt: new Date(String(snapshot['scheduledAt'])),
    createdAt: new Date(String(snapshot['createdAt'])),
    updatedAt: new Date(String(snapshot['updatedAt'])),
  });
  const [kase, court, office] = await Promise.all([
    dataSource.manager.findOneByOrFail(Case, { id: payload.caseId }),
    dataSource.manager.findOneByOrFail(Court, { id: payload.courtId }),
    dataSource.manager.findOneByOrFail(Office, { id: payload.responsibleOfficeId }),
  ]);
  return {
    cursor: event.id,
    kind: event.kind as HearingEventKind,
    hearing,
    case: kase,
    court,
    scheduledAt: new Date(payload.scheduledAt),
    responsibleOffice: office,
  };
}
