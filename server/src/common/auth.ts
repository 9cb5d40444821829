// The authentication hook every request goes through, over HTTP and over WebSocket.
import type { Role } from '@qadagalau/shared';
import type { TokenService } from '../modules/auth/token.service';

/** Who is calling: enough to scope every query and mutation to the caller's jurisdiction. */
export interface AuthUser {
  id: string;
  username: string;
  role: Role;
  officeId: string | null;
  /** The token's id (`jti`): what `logout` revokes. Absent for users not built from a token (tests, tools). */
  tokenId?: string;
  /** When the token expires. */
  tokenExpiresAt?: Date;
}

const BEARER = /^Bearer\s+(\S+)$/i;

/**
 * The user an `Authorization: Bearer …` header (or the graphql-ws `authorization` connection parameter)
 * identifies; null when absent, not valid, expired or revoked by `logout`. Never throws for a bad token:
 * unauthenticated callers still reach public fields, and guarded fields answer UNAUTHENTICATED themselves.
 * The revocation check costs a lookup in an in-process set kept current by NOTIFY (one indexed query only while
 * that connection is down; see sessions.ts).
 */
export async function resolveUser(
  tokens: TokenService,
  authorizationHeader: string | undefined,
): Promise<AuthUser | null> {
  const token = authorizationHeader?.trim().match(BEARER)?.[1];
  if (!token) return null;
  const claims = await tokens.verify(token);
  if (!claims) return null;
  if (tokens.sessions && (await tokens.sessions.isRevoked(claims.tokenId))) return null;
  return {
    id: claims.userId,
    username: claims.username,
    role: claims.role,
    officeId: claims.officeId,
    tokenId: claims.tokenId,
    tokenExpiresAt: claims.expiresAt,
  };
}
