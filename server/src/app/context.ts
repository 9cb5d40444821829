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

export async function buildContext(
  deps: ContextDeps,
  authorization: string | undefined,
): Promise<AppContext> {
  const requestId = randomUUID();
  return {
    requestId,
    user: await resolveUser(deps.tokens, authorization),
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
