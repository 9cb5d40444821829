// The per-operation context, built the same way for HTTP requests and WebSocket operations.
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { resolveUser, type AuthUser } from '../common/auth';
import type { Logger } from '../common/logger';
import { createLoaders, type Loaders } from '../common/loaders';
import type { TokenService } from '../modules/auth/token.service';
import type { CalendarService } from '../modules/calendar/calendar.service';

export interface AppContext {
  requestId: string;
  /** null: anonymous (see common/auth.ts). */
  user: AuthUser | null;
  /** The caller's network address (the socket's peer; no proxy header is trusted), for login throttling. */
  clientAddress: string;
  dataSource: DataSource;
  logger: Logger;
  tokens: TokenService;
  /** The process's working-day calendar (with the administrator's overrides). */
  calendar: CalendarService;
  loaders: Loaders;
  /** The clock (tests shift it with CLOCK_OFFSET, NODE_ENV=test only). */
  now: () => Date;
}

export interface ContextDeps {
  dataSource: DataSource;
  logger: Logger;
  tokens: TokenService;
  calendar: CalendarService;
  now: () => Date;
}

/** What the transport (HTTP request or WebSocket connection) tells about the caller. */
export interface CallerInfo {
  authorization: string | undefined;
  /** The socket's remote address; 'unknown' when the socket is already gone. */
  clientAddress: string | undefined;
}

export async function buildContext(deps: ContextDeps, caller: CallerInfo): Promise<AppContext> {
  const requestId = randomUUID();
  return {
    requestId,
    user: await resolveUser(deps.tokens, caller.authorization),
    clientAddress: normalizeAddress(caller.clientAddress),
    dataSource: deps.dataSource,
    logger: deps.logger.child({ requestId }),
    tokens: deps.tokens,
    calendar: deps.calendar,
    loaders: createLoaders(deps.dataSource),
    now: deps.now,
  };
}

/** graphql-ws clients cannot set headers; they pass `{ authorization: 'Bearer …' }` as connection params. */
export function authorizationFromConnectionParams(
  params: Readonly<Record<string, unknown>> | undefined,
): string | undefined {
  const value = params?.['authorization'] ?? params?.['Authorization'];
  return typeof value === 'string' ? value : undefined;
}

/** IPv4 peers of a dual-stack socket appear as ::ffff:a.b.c.d; one spelling per address. */
export function normalizeAddress(address: string | undefined): string {
  if (!address) return 'unknown';
  return address.startsWith('::ffff:') && address.includes('.') ? address.slice('::ffff:'.length) : address;
}
