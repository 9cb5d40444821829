// Fan-out of the outbox to this process's subscribers. One dedicated connection (not from the pool) LISTENs on
// the outbox channel; a notification, a poll every few seconds and every (re)connection make it read the events
// after the last one it has seen, in id order, and hand each to the in-process subscribers. A missed NOTIFY, a
// dropped connection or a restart therefore delays an event by at most one poll, never loses it.
import { EventEmitter } from 'node:events';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
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
 * The LISTEN connection is checked this often with a query that must answer within LISTEN_QUERY_TIMEOUT_MS: a
 * connection whose network went silent (no reset, so no error) is replaced instead of waiting for TCP
 * keep-alive. Meanwhile the poll still delivers every event.
 */
const HEARTBEAT_MS = 15_000;
const LISTEN_QUERY_TIMEOUT_MS = 5_000;

/** SELECT list of an outbox row as a LiveEvent. */
/**
 * The columns of a live event. `id` comes out as text (a bigint does not fit a JS number), so a query must order
 * by `outbox_event.id`: a bare `ORDER BY id` would sort the text alias, putting "10" before "9".
 */
export const LIVE_EVENT_COLUMNS = `id::text AS id, created_at AS "createdAt", topic, kind, case_id AS "caseId",
  office_id AS "officeId", scope, payload`;

export class EventListener {
  private readonly emitter = new EventEmitter();
  private readonly log: Logger;
  private client: Client | null = null;
  private lastSeen = 0n;
  private stopped = false;
  private reading: Promise<void> | null = null;
  private readAgain = false;
  private pollTimer: NodeJS.Timeout | undefined;
  private reconnectTimer: NodeJS.Timeout | undefined;
  private backoffMs = 100;
  private lastPrune = 0;
  private heartbeatTimer: NodeJS.Timeout | undefined;

  constructor(private readonly options: EventListenerOptions) {
    this.emitter.setMaxListeners(0);
    this.log = options.logger.child({ component: 'events' });
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
    await this.connect();
    this.pollTimer = setInterval(() => this.wake(), this.options.pollMs ?? DEFAULT_POLL_MS);
    this.pollTimer.unref();
    this.heartbeatTimer = setInterval(() => this.heartbeat(), HEARTBEAT_MS);
    this.heartbeatTimer.unref();
  }

  private heartbeat(): void {
    const client = this.client;
    if (!client || this.stopped) return;
    client.query('SELECT 1').catch((error: unknown) => this.dropped(client, error));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.pollTimer);
    clearInterval(this.heartbeatTimer);
    clearTimeout(this.reconnectTimer);
    const client = this.client;
    this.client = null;
    await this.reading?.catch(() => undefined);
    if (client) await client.end().catch(() => undefined);
    this.emitter.removeAllListeners();
  }

  /** Calls `handler` with every event read from now on, in id order; returns the unsubscribe function. */
  subscribe(handler: (event: LiveEvent) => void): () => void {
    this.emitter.on('event', handler);
    return () => this.emitter.off('event', handler);
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({
      connectionString: this.options.url,
      application_name: 'qadagalau-events',
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
      connectionTimeoutMillis: 5_000,
      query_timeout: LISTEN_QUERY_TIMEOUT_MS,
    });
    client.on('notification', () => this.wake());
    client.on('error', (error) => this.dropped(client, error));
    client.on('end', () => this.dropped(client, null));
    try {
      await client.connect();
      await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
    } catch (error) {
      await client.end().catch(() => undefined);
      this.dropped(client, error);
      return;
    }
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    this.client = client;
    this.backoffMs = 100;
    this.log.info('listening for live events', { after: this.cursor });
    // Whatever was committed while we were not listening.
    this.wake();
  }

  private dropped(client: Client, error: unknown): void {
    if (this.stopped) return;
    if (this.client !== null && this.client !== client) return;
    if (this.client === null && this.reconnectTimer !== undefined) return;
    this.client = null;
    client.removeAllListeners('end');
    client.removeAllListeners('error');
    client.on('error', () => undefined);
    void client.end().catch(() => undefined);
    // A silent socket never completes a polite end: cut it.
    if (error instanceof Error && error.message === 'Query read timeout') {
      (client as unknown as { connection?: { stream?: { destroy(): void } } }).connection?.stream?.destroy();
    }
    const delay = this.backoffMs;
    this.backoffMs = Math.min(this.backoffMs * 2, this.options.maxBackoffMs ?? 5_000);
    this.log.warn('live-event connection lost; reconnecting', {
      retryInMs: delay,
      ...(error ? errorFields(error) : {}),
    });
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = undefined;
      void this.connect();
    }, delay);
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
