import { DomainError, ErrorCode, type Role } from '@qadagalau/shared';
import type { AppContext } from '../app/context';
import type { AuthUser } from './auth';

/** The signed-in user, or UNAUTHENTICATED. */
export function requireUser(ctx: Pick<AppContext, 'user'>): AuthUser {
  if (!ctx.user) throw new DomainError(ErrorCode.UNAUTHENTICATED, 'Sign in first');
  return ctx.user;
}

/** The signed-in user when their role is one of `roles`, else FORBIDDEN. */
export function requireRole(ctx: Pick<AppContext, 'user'>, roles: readonly Role[]): AuthUser {
  const user = requireUser(ctx);
  if (!roles.includes(user.role)) {
    throw new DomainError(ErrorCode.FORBIDDEN, 'Your role may not do this', { role: user.role });
  }
  return user;
}

/** NOT_FOUND for a record that does not exist or lies outside the caller's jurisdiction: the two look alike. */
export function notFound(what: string, id: string): DomainError {
  return new DomainError(ErrorCode.NOT_FOUND, `${what} not found`, { id });
}
