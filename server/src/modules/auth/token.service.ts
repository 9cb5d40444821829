import { randomUUID } from 'node:crypto';
import { Role, isEnumValue } from '@qadagalau/shared';
import { SignJWT, jwtVerify } from 'jose';
import type { Sessions } from './sessions';

/** What a token carries: enough to scope a request without a database round trip. */
export interface TokenClaims {
  userId: string;
  username: string;
  role: Role;
  officeId: string | null;
}

/** A verified token: its claims, its id (`jti`, what logout revokes) and its expiry. */
export interface VerifiedToken extends TokenClaims {
  tokenId: string;
  expiresAt: Date;
}

const ISSUER = 'qadagalau';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const AUDIENCE = 'qadagalau-api';

/** Signs and verifies the HS256 session tokens. */
export class TokenService {
  private readonly key: Uint8Array;
  /**
   * Revocation and login throttling, attached once the process has a database (sessions.ts); null in unit tests
   * and tools that only sign and verify.
   */
  sessions: Sessions | null = null;

  constructor(
    secret: string,
    private readonly ttlSeconds: number,
  ) {
    this.key = new TextEncoder().encode(secret);
  }

  /** A signed token, its id and the moment it expires. */
  async issue(
    claims: TokenClaims,
    now = new Date(),
  ): Promise<{ token: string; tokenId: string; expiresAt: Date }> {
    const issuedAt = Math.floor(now.getTime() / 1000);
    const expiresAt = new Date((issuedAt + this.ttlSeconds) * 1000);
    const tokenId = randomUUID();
    const token = await new SignJWT({
      username: claims.username,
      role: claims.role,
      officeId: claims.officeId,
    })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(claims.userId)
      .setJti(tokenId)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + this.ttlSeconds)
      .sign(this.key);
    return { token, tokenId, expiresAt };
  }

  /**
   * The claims of a validly signed, unexpired token; null for anything else. Revocation is not checked here
   * (resolveUser in common/auth.ts does). A token without an id (issued before logout existed) is refused: it
   * could not be revoked.
   */
  async verify(token: string, now = new Date()): Promise<VerifiedToken | null> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        issuer: ISSUER,
        audience: AUDIENCE,
        algorithms: ['HS256'],
        currentDate: now,
      });
      const { sub, jti, exp, username, role, officeId } = payload;
      if (typeof sub !== 'string' || typeof username !== 'string' || !isEnumValue(Role, role)) return null;
      if (typeof jti !== 'string' || !UUID.test(jti) || typeof exp !== 'number') return null;
      return {
        userId: sub,
        username,
        role,
        officeId: typeof officeId === 'string' ? officeId : null,
        tokenId: jti,
        expiresAt: new Date(exp * 1000),
      };
    } catch {
      return null;
    }
  }
}
