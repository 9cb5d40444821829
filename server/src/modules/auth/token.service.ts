import { Role, isEnumValue } from '@qadagalau/shared';
import { SignJWT, jwtVerify } from 'jose';

/** What a token carries: enough to scope a request without a database round trip. */
export interface TokenClaims {
  userId: string;
  username: string;
  role: Role;
  officeId: string | null;
}

const ISSUER = 'qadagalau';
const AUDIENCE = 'qadagalau-api';

/** Signs and verifies the HS256 session tokens. */
export class TokenService {
  private readonly key: Uint8Array;

  constructor(
    secret: string,
    private readonly ttlSeconds: number,
  ) {
    this.key = new TextEncoder().encode(secret);
  }

  /** A signed token and the moment it expires. */
  async issue(claims: TokenClaims, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
    const issuedAt = Math.floor(now.getTime() / 1000);
    const expiresAt = new Date((issuedAt + this.ttlSeconds) * 1000);
    const token = await new SignJWT({
      username: claims.username,
      role: claims.role,
      officeId: claims.officeId,
    })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(claims.userId)
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt(issuedAt)
      .setExpirationTime(issuedAt + this.ttlSeconds)
      .sign(this.key);
    return { token, expiresAt };
  }

  /** The claims of a valid, unexpired token; null for anything else. */
  async verify(token: string, now = new Date()): Promise<TokenClaims | null> {
    try {
      const { payload } = await jwtVerify(token, this.key, {
        issuer: ISSUER,
        audience: AUDIENCE,
        algorithms: ['HS256'],
        currentDate: now,
      });
      const { sub, username, role, officeId } = payload;
      if (typeof sub !== 'string' || typeof username !== 'string' || !isEnumValue(Role, role)) return null;
      return { userId: sub, username, role, officeId: typeof officeId === 'string' ? officeId : null };
    } catch {
      return null;
    }
  }
}
