// The authentication hook every request goes through, over HTTP and over WebSocket.
import type { Role } from '@qadagalau/shared';
import type { TokenService } from '../modules/auth/token.service';

/** Who is calling: enough to scope every query and mutation to the caller's jurisdiction. */
export interface AuthUser {
  id: string;
  username: string;
  role: Role;
  officeId: string | null;
}

const BEARER = /^Bearer\s+(\S+)$/i;

/**
 * The user an `Authorization: Bearer …` header (or the graphql-ws `authorization` connection parameter)
 * identifies; null when absent or not valid. Never throws for a bad token: unauthenticated callers still reach
 * public fields, and guarded fields answer UNAUTHENTICATED themselves.
 */
export async function resolveUser(
  tokens: TokenService,
  authorizationHeader: string | undefined,
): Promise<AuthUser | null> {
  const token = authorizationHeader?.trim().match(BEARER)?.[1];
  if (!token) return null;
  const claims = await tokens.verify(token);
  return claims
    ? { id: claims.userId, username: claims.username, role: claims.role, officeId: claims.officeId }
    : null;
}
