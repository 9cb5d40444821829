// Fan-out of the outbox to this process's subscribers. One dedicated connection (not from the pool) LISTENs on
// the outbox channel; a notification, a poll every few seconds and every (re)connection make it read the events
// after the last one it has seen, in id order, and hand each to the in-process subscribers. A missed NOTIFY, a
// dropped connection or a restart therefore delays an event by at most one poll, never loses it.
import { EventEmitter } from 'node:events';
import type { DataSource } from 'typeorm';
import { ListenConnection } from '../../database/listen-connection';
import type { Logger } from '../../common/logger';
import { errorFields } from '../../common/logger';
import { OUTBOX_CHANNEL, pruneOutbox } from './outbox';
import type { EventScope, OutboxTopic } from './outbox-event.entity';

/** An outbox row as subscribers get it; `id` is the cursor (a bigint, as a decimal string). */
export interface LiveEvent {
  id: string;
  createdAt: Date;
  topic: OutboxTopic;
  kind: string;
  caseId: string | null;
  officeId: string | null;
  scope: EventScope;
  payload: Record<string, unknown>;
}

export interface EventListenerOptions {
  url: string;
  dataSource: DataSource;
  logger: Logger;
  /** Events older than this are deleted (OUTBOX_RETENTION). */
  retentionSeconds: number;
  pollMs?: number;
  pruneEveryMs?: number;
  maxBackoffMs?: number;
}

const BATCH = 500;
export const DEFAULT_POLL_MS = 2_000;

/**
 * The columns of a live event. `id` comes out as text (a bigint does not fit a JS number), so a query must order
 * by `outbox_event.id`: a bare `ORDER BY id` would sort the text alias, putting "10" before "9".
 */
export const LIVE_EVENT_COLUMNS = `id::text AS id, created_at AS "createdAt", topic, kind, case_id AS "caseId",
  office_id AS "officeId", scope, payload`;

export class EventListener {
  private readonly emitter = new EventEmitter();
  private readonly log: Logger;
  private readonly connection: ListenConnection;
  private lastSeen = 0n;
  private stopped = false;
  private reading: Promise<void> | null = null;
  private readAgain = false;
  private pollTimer: NodeJS.Timeout | undefined;
  private lastPrune = 0;

  constructor(private readonly options: EventListenerOptions) {
    this.emitter.setMaxListeners(0);
    this.log = options.logger.child({ component: 'events' });
    this.connection = new ListenConnection({
      url: options.url,
      channel: OUTBOX_CHANNEL,
      applicationName: 'qadagalau-events',
      logger: this.log,
      onNotification: () => this.wake(),
      onListening: () => {
        this.log.info('listening for live events', { after: this.cursor });
        // Whatever was committed while we were not listening.
        this.wake();
      },
      lostMessage: 'live-event connection lost; reconnecting',
      ...(options.maxBackoffMs !== undefined ? { maxBackoffMs: options.maxBackoffMs } : {}),
    });
  }

  /** The id of the newest event handed to subscribers (events up to it are committed and visible). */
  get cursor(): string {
    return this.lastSeen.toString();
  }

  /** Starts from the newest event: older ones are for subscribers that resume with `after` (they read the table). */
  async start(): Promise<void> {
    const [row] = (await this.options.dataSource.query(
      'SELECT coalesce(max(id), 0)::text AS id FROM outbox_event',
    )) as { id: string }[];
    this.lastSeen = BigInt(row?.id ?? '0');
    await this.connection.start();
    // The poll delivers every event even while the connection is being replaced.
    this.pollTimer = setInterval(() => this.wake(), this.options.pollMs ?? DEFAULT_POLL_MS);
    this.pollTimer.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.pollTimer);
    await this.reading?.catch(() => undefined);
    await this.connection.stop();
    this.emitter.removeAllListeners();
  }

  /** Calls `handler` with every event read from now on, in id order; returns the unsubscribe function. */
  subscribe(handler: (event: LiveEvent) => void): () => void {
    this.emitter.on('event', handler);
    return () => this.emitter.off('event', handler);
  }

  /** Reads the new events now (or right after the read in progress). */
  private wake(): void {
    if (this.stopped) return;
    if (this.reading) {
      this.readAgain = true;
      return;
    }
    this.reading = this.readNew()
      .catch((error: unknown) => this.log.warn('could not read live events', errorFields(error)))
      .finally(() => {
        this.reading = null;
        if (this.readAgain) {
          this.readAgain = false;
          this.wake();
        }
      });
  }

  private async readNew(): Promise<void> {
    for (;;) {
      const rows = (await this.options.dataSource.query(
        `SELECT ${LIVE_EVENT_COLUMNS} FROM outbox_event WHERE id > $1 ORDER BY outbox_event.id LIMIT ${BATCH}`,
        [this.lastSeen.toString()],
      )) as LiveEvent[];
      for (const event of rows) {
        if (this.stopped) return;
        this.lastSeen = BigInt(event.id);
        try {
          this.emitter.emit('event', event);
        } catch (error) {
          this.log.error('a live-event subscriber failed', errorFields(error));
        }
      }
      if (rows.length < BATCH) break;
    }
    await this.maybePrune();
  }

  private async maybePrune(): Promise<void> {
    const now = Date.now();
    if (now - this.lastPrune < (this.options.pruneEveryMs ?? 600_000)) return;
    this.lastPrune = now;
    const deleted = await pruneOutbox(this.options.dataSource.manager, this.options.retentionSeconds);
    if (deleted > 0) this.log.info('pruned old live events', { deleted });
  }
}

let current: EventListener | null = null;

/** The process's listener, set by main.ts once it runs (subscriptions need it). */
export function setEventListener(listener: EventListener | null): void {
  current = listener;
}

export function eventListener(): EventListener {
  if (!current) throw new Error('live events are not running in this process');
  return current;
}
