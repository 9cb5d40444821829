// A dedicated PostgreSQL connection (not from the pool) that LISTENs on one channel and keeps itself up: after an
// error or an end it reconnects with back-off, and it checks itself with a query that must answer in time, so a
// connection whose network went silent (no reset, hence no error) is replaced instead of waiting hours for TCP
// keep-alive. Used by the live events (events/event-listener.ts) and the token revocations (auth/sessions.ts).
import { Client } from 'pg';
import type { Logger } from '../common/logger';
import { errorFields } from '../common/logger';

export interface ListenConnectionOptions {
  url: string;
  channel: string;
  applicationName: string;
  logger: Logger;
  /** A notification on the channel, with its payload ('' without one). */
  onNotification: (payload: string) => void;
  /**
   * Once LISTEN is in place on a new connection: catch up with what was committed while nobody listened. A
   * rejection counts as the connection failing (it is replaced).
   */
  onListening: () => Promise<void> | void;
  /** The connection was lost; a new one is on its way. */
  onLost?: () => void;
  /** What the log says when the connection is lost. */
  lostMessage: string;
  maxBackoffMs?: number;
  /** How often the connection is checked (default 15 s). */
  heartbeatMs?: number;
}

const FIRST_BACKOFF_MS = 100;
const DEFAULT_MAX_BACKOFF_MS = 5_000;
const DEFAULT_HEARTBEAT_MS = 15_000;
/** Every query on the connection (LISTEN, the heartbeat) must answer within this, or the connection is replaced. */
export const LISTEN_QUERY_TIMEOUT_MS = 5_000;

export class ListenConnection {
  private client: Client | null = null;
  private stopped = false;
  private backoffMs = FIRST_BACKOFF_MS;
  private reconnectTimer: NodeJS.Timeout | undefined;
  private heartbeatTimer: NodeJS.Timeout | undefined;

  constructor(private readonly options: ListenConnectionOptions) {}

  /** Connects (a failure schedules a retry rather than throwing) and starts the heartbeat. */
  async start(): Promise<void> {
    this.heartbeatTimer = setInterval(
      () => void this.check(),
      this.options.heartbeatMs ?? DEFAULT_HEARTBEAT_MS,
    );
    this.heartbeatTimer.unref();
    await this.connect();
  }

  /** Whether a connection is listening now. */
  get listening(): boolean {
    return this.client !== null;
  }

  /** Checks the connection now; false (and a new connection on its way) when it did not answer in time. */
  async check(): Promise<boolean> {
    const client = this.client;
    if (!client || this.stopped) return false;
    try {
      await client.query('SELECT 1');
      return true;
    } catch (error) {
      this.dropped(client, error);
      return false;
    }
  }

  /** Gives up the current connection (e.g. what it feeds could not be reloaded) and connects again. */
  reconnect(error: unknown): void {
    if (this.client) this.dropped(this.client, error);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.heartbeatTimer);
    clearTimeout(this.reconnectTimer);
    const client = this.client;
    this.client = null;
    if (client) await client.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const { options } = this;
    const client = new Client({
      connectionString: options.url,
      application_name: options.applicationName,
      keepAlive: true,
      keepAliveInitialDelayMillis: 10_000,
      connectionTimeoutMillis: 5_000,
      query_timeout: LISTEN_QUERY_TIMEOUT_MS,
    });
    client.on('notification', (message) => options.onNotification(message.payload ?? ''));
    client.on('error', (error) => this.dropped(client, error));
    client.on('end', () => this.dropped(client, null));
    try {
      await client.connect();
      await client.query(`LISTEN ${options.channel}`);
      if (this.stopped) {
        await client.end().catch(() => undefined);
        return;
      }
      this.client = client;
      // LISTEN first, then catch up: nothing committed in between is missed.
      await options.onListening();
    } catch (error) {
      if (this.client === client) this.client = null;
      await client.end().catch(() => undefined);
      this.dropped(client, error);
      return;
    }
    this.backoffMs = FIRST_BACKOFF_MS;
  }

  private dropped(client: Client, error: unknown): void {
    if (this.stopped) return;
    // A connection already replaced, or a retry already scheduled: nothing more to do.
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
    this.options.onLost?.();
    const delay = this.backoffMs;
    this.backoffMs = Math.min(this.backoffMs * 2, this.options.maxBackoffMs ?? DEFAULT_MAX_BACKOFF_MS);
    this.options.logger.warn(this.options.lostMessage, {
      retryInMs: delay,
      ...(error ? errorFields(error) : {}),
    });
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = undefined;
      void this.connect();
    }, delay);
  }
}
