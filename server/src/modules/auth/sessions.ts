// Sessions across instances: tokens ended by `logout` before their expiry, the WebSocket connections opened with
// a token (closed when it expires or is revoked), and the login policy. One per process, attached to the
// TokenService so that every check of a token (HTTP, WebSocket, file exports) sees revocations.
//
// Revocations live in PostgreSQL (revoked_token). Each instance keeps the unexpired ones in memory and LISTENs on
// REVOKED_CHANNEL: `logout` inserts the row and NOTIFYs in one transaction, so every instance learns of it on
// commit. The check on each request is then a Map lookup. While the LISTEN connection is down (start-up, database
// restart) nothing can be trusted to be current, so each check asks the database instead (one primary-key lookup)
// until the connection is back and the set reloaded (LISTEN first, then load: nothing committed in between is
// missed). A periodic reload and heartbeat bound the staleness of a silently dead connection to RESYNC_MS.
import type { Context } from 'graphql-ws';
import type { Extra } from 'graphql-ws/use/ws';
import type { DataSource, EntityManager } from 'typeorm';
import type { WebSocket } from 'ws';
import { resolveUser } from '../../common/auth';
import type { Logger } from '../../common/logger';
import { errorFields } from '../../common/logger';
import { DEFAULT_LOGIN_POLICY, type Config, type LoginPolicy } from '../../app/config';
import { authorizationFromConnectionParams } from '../../app/context';
import { ListenConnection } from '../../database/listen-connection';
import type { TokenService } from './token.service';

export const REVOKED_CHANNEL = 'qadagalau_token_revoked';
/** graphql-ws's "Unauthorized": the client must sign in again (graphql-ws clients do not retry it). */
export const CLOSE_UNAUTHORIZED = 4401;
const RESYNC_MS = 30_000;
const PRUNE_EVERY_MS = 10 * 60_000;
/** A revocation lookup (only while the listener is down) waits no longer: a request must not hang on it. */
const LOOKUP_TIMEOUT_MS = 2_000;
// setTimeout fires at once for delays above 2^31-1 ms (24.8 days); TOKEN_TTL may be up to 30 days.
const MAX_TIMER_MS = 2 ** 31 - 1;

export interface SessionsOptions {
  dataSource: DataSource;
  tokens: TokenService;
  logger: Logger;
  /** The process's configuration; `login` falls back to the documented defaults when absent. */
  config?: Pick<Config, 'nodeEnv'> & Partial<Pick<Config, 'login'>>;
  resyncMs?: number;
}

type SessionContext = Context<Record<string, unknown> | undefined, Extra>;

interface TrackedSocket {
  tokenId: string;
  timer: NodeJS.Timeout | undefined;
}

export class Sessions {
  readonly loginPolicy: LoginPolicy;
  private readonly dataSource: DataSource;
  private readonly log: Logger;
  /** Revoked token id → its expiry (ms since the epoch). */
  private readonly revoked = new Map<string, number>();
  /** True while LISTEN is up and `revoked` holds every revocation committed so far. */
  private current = false;
  private connection: ListenConnection | null = null;
  private stopped = false;
  private resyncTimer: NodeJS.Timeout | undefined;
  private lastPrune = 0;
  private lastLookupWarning = 0;
  private readonly socketsByToken = new Map<string, Set<WebSocket>>();
  private readonly tracked = new Map<WebSocket, TrackedSocket>();

  constructor(private readonly options: SessionsOptions) {
    this.dataSource = options.dataSource;
    this.log = options.logger.child({ component: 'sessions' });
    this.loginPolicy = options.config?.login ?? DEFAULT_LOGIN_POLICY;
  }

  /**
   * Attaches to the TokenService and starts listening for revocations in the background (until it is up, each
   * check asks the database). Without an initialised DataSource (unit tests of the HTTP layer) nothing listens.
   */
  start(): this {
    this.options.tokens.sessions = this;
    const url = databaseUrl(this.dataSource);
    if (url) {
      this.connection = new ListenConnection({
        url,
        channel: REVOKED_CHANNEL,
        applicationName: 'qadagalau-sessions',
        logger: this.log,
        onNotification: (payload) => {
          const [tokenId, expires] = payload.split(' ');
          if (tokenId) this.markRevoked(tokenId, Number(expires) || Date.now() + 86_400_000);
        },
        onListening: async () => {
          await this.load();
          this.current = true;
          this.log.info('listening for revoked tokens', { known: this.revoked.size });
        },
        onLost: () => {
          this.current = false;
        },
        lostMessage: 'revocation listener lost; checking each token in the database until it is back',
        // The resync below checks the connection as often as it needs.
        heartbeatMs: this.options.resyncMs ?? RESYNC_MS,
      });
      void this.connection.start();
      this.resyncTimer = setInterval(() => void this.resync(), this.options.resyncMs ?? RESYNC_MS);
      this.resyncTimer.unref();
    }
    return this;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.current = false;
    clearInterval(this.resyncTimer);
    for (const [socket, entry] of this.tracked) {
      clearTimeout(entry.timer);
      this.tracked.delete(socket);
    }
    this.socketsByToken.clear();
    await this.connection?.stop();
    if (this.options.tokens.sessions === this) this.options.tokens.sessions = null;
  }

  /** Whether `logout` ended this token. */
  async isRevoked(tokenId: string): Promise<boolean> {
    if (this.revoked.has(tokenId)) return true;
    if (this.current) return false;
    let timer: NodeJS.Timeout | undefined;
    try {
      const lookup = this.dataSource.query('SELECT 1 FROM revoked_token WHERE jti = $1', [tokenId]);
      // Settled later when the timeout wins: never an unhandled rejection (which stops the process).
      lookup.catch(() => undefined);
      const timeout = new Promise<never>((_resolve, reject) => {
        timer = setTimeout(() => reject(new Error('revocation lookup timed out')), LOOKUP_TIMEOUT_MS);
      });
      const rows = (await Promise.race([lookup, timeout])) as unknown[];
      return rows.length > 0;
    } catch (error) {
      // The database cannot be reached (or not within LOOKUP_TIMEOUT_MS): every operation that needs it fails
      // anyway, and no logout can commit meanwhile. Answering from what this instance knows keeps live
      // connections (which hold no data of their own) from being dropped by a database restart. Warned at most
      // once a minute.
      if (Date.now() - this.lastLookupWarning > 60_000) {
        this.lastLookupWarning = Date.now();
        this.log.warn('revocation lookup failed; using the revocations known in memory', errorFields(error));
      }
      return false;
    } finally {
      clearTimeout(timer);
    }
  }

  /** After `logout` committed: this instance refuses the token at once and closes its WebSocket connections. */
  forget(tokenId: string, expiresAt: Date): void {
    this.markRevoked(tokenId, expiresAt.getTime());
  }

  /**
   * graphql-ws hooks. At connect a token, when one is given, must be valid, unexpired and not revoked (else the
   * socket is closed with 4401; without a token the connection is anonymous and guarded fields answer
   * UNAUTHENTICATED). An accepted connection is closed with 4401 when its token expires or is revoked.
   */
  get socketHooks(): {
    onConnect: (ctx: SessionContext) => Promise<boolean>;
    onClose: (ctx: SessionContext) => void;
  } {
    return {
      onConnect: async (ctx) => {
        const authorization = authorizationFromConnectionParams(ctx.connectionParams);
        if (authorization === undefined) return true;
        const user = await resolveUser(this.options.tokens, authorization);
        const socket = ctx.extra.socket;
        if (!user?.tokenId || !user.tokenExpiresAt) {
          // graphql-ws would close with 4403 on `false`, which its clients retry with the same token; 4401 tells
          // them to sign in again. The second close graphql-ws attempts is a no-op on a closing socket.
          socket.close(CLOSE_UNAUTHORIZED, 'Unauthorized');
          return false;
        }
        this.track(socket, user.tokenId, user.tokenExpiresAt.getTime());
        return true;
      },
      onClose: (ctx) => this.untrack(ctx.extra.socket),
    };
  }

  private track(socket: WebSocket, tokenId: string, expiresAtMs: number): void {
    if (socket.readyState !== socket.OPEN || this.stopped) return;
    const entry: TrackedSocket = { tokenId, timer: undefined };
    const arm = (): void => {
      const left = expiresAtMs - Date.now();
      if (left <= 0) {
        socket.close(CLOSE_UNAUTHORIZED, 'Token expired');
        return;
      }
      entry.timer = setTimeout(arm, Math.min(left, MAX_TIMER_MS));
      entry.timer.unref();
    };
    this.tracked.set(socket, entry);
    let sockets = this.socketsByToken.get(tokenId);
    if (!sockets) this.socketsByToken.set(tokenId, (sockets = new Set()));
    sockets.add(socket);
    arm();
  }

  private untrack(socket: WebSocket): void {
    const entry = this.tracked.get(socket);
    if (!entry) return;
    clearTimeout(entry.timer);
    this.tracked.delete(socket);
    const sockets = this.socketsByToken.get(entry.tokenId);
    sockets?.delete(socket);
    if (sockets?.size === 0) this.socketsByToken.delete(entry.tokenId);
  }

  private markRevoked(tokenId: string, expiresAtMs: number): void {
    this.revoked.set(tokenId, expiresAtMs);
    for (const socket of this.socketsByToken.get(tokenId) ?? []) {
      socket.close(CLOSE_UNAUTHORIZED, 'Token revoked');
    }
  }

  /** Every unexpired revocation, merged into memory (revocations are never undone, so merging is safe). */
  private async load(): Promise<void> {
    const rows = (await this.dataSource.query(
      `SELECT jti, expires_at AS "expiresAt" FROM revoked_token WHERE expires_at > now()`,
    )) as { jti: string; expiresAt: Date }[];
    for (const row of rows) this.revoked.set(row.jti, new Date(row.expiresAt).getTime());
  }

  /** Reload (bounding what a silently lost notification could cost), and pruning of what has expired. */
  private async resync(): Promise<void> {
    const connection = this.connection;
    if (this.stopped || !connection?.listening) return;
    try {
      await this.load();
    } catch (error) {
      // Not current any more: check each token in the database until a new connection has reloaded the set.
      connection.reconnect(error);
      return;
    }
    const now = Date.now();
    for (const [tokenId, expiresAt] of this.revoked) if (expiresAt <= now) this.revoked.delete(tokenId);
    if (now - this.lastPrune < PRUNE_EVERY_MS) return;
    this.lastPrune = now;
    try {
      await pruneSessions(this.dataSource, this.loginPolicy);
    } catch (error) {
      this.log.warn('could not prune expired revocations and login counters', errorFields(error));
    }
  }
}

/**
 * Records a revocation in the caller's transaction; every instance hears of it when the transaction commits
 * (NOTIFY is transactional), including this one.
 */
export async function revokeToken(
  manager: EntityManager,
  tokenId: string,
  userId: string,
  expiresAt: Date,
): Promise<void> {
  await manager.query(
    'INSERT INTO revoked_token (jti, user_id, expires_at) VALUES ($1, $2, $3) ON CONFLICT (jti) DO NOTHING',
    [tokenId, userId, expiresAt],
  );
  await manager.query('SELECT pg_notify($1, $2)', [REVOKED_CHANNEL, `${tokenId} ${expiresAt.getTime()}`]);
}

/** Deletes revocations of expired tokens and login counters whose window and lock are over. */
export async function pruneSessions(dataSource: DataSource, policy: LoginPolicy): Promise<void> {
  await dataSource.query('DELETE FROM revoked_token WHERE expires_at < now()');
  await dataSource.query(
    `DELETE FROM login_throttle
      WHERE window_started_at < now() - make_interval(secs => $1)
        AND (locked_until IS NULL OR locked_until < now())`,
    [policy.failureWindowSeconds],
  );
}

function databaseUrl(dataSource: DataSource): string | undefined {
  if (!dataSource.isInitialized) return undefined;
  const url = (dataSource.options as { url?: unknown }).url;
  return typeof url === 'string' ? url : undefined;
}
