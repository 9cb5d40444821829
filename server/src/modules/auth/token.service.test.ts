import { Role } from '@qadagalau/shared';
import { describe, expect, it } from 'vitest';
import { TokenService } from './token.service';

const claims = {
  userId: '7d1f3f0e-0000-4000-8000-000000000001',
  username: 'district',
  role: Role.DISTRICT,
  officeId: 'o1',
};

describe('TokenService', () => {
  it('should return the claims when the token is valid', async () => {
    const service = new TokenService('a-secret-long-enough-for-hs256-000000', 3600);
    const { token, tokenId, expiresAt } = await service.issue(claims, new Date('2026-01-10T08:00:00Z'));
    expect(expiresAt.toISOString()).toBe('2026-01-10T09:00:00.000Z');
    await expect(service.verify(token, new Date('2026-01-10T08:30:00Z'))).resolves.toEqual({
      ...claims,
      tokenId,
      expiresAt,
    });
  });

  it('should give every token its own id (what logout revokes)', async () => {
    const service = new TokenService('a-secret-long-enough-for-hs256-000000', 3600);
    const [a, b] = await Promise.all([service.issue(claims), service.issue(claims)]);
    expect(a.tokenId).toMatch(/^[0-9a-f-]{36}$/);
    expect(a.tokenId).not.toBe(b.tokenId);
  });

  it('should refuse a token without an id, which could not be revoked', async () => {
    const secret = 'a-secret-long-enough-for-hs256-000000';
    const { SignJWT } = await import('jose');
    const legacy = await new SignJWT({ username: 'district', role: Role.DISTRICT, officeId: 'o1' })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(claims.userId)
      .setIssuer('qadagalau')
      .setAudience('qadagalau-api')
      .setIssuedAt()
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode(secret));
    await expect(new TokenService(secret, 3600).verify(legacy)).resolves.toBeNull();
  });

  it('should reject the token when it has expired', async () => {
    const service = new TokenService('a-secret-long-enough-for-hs256-000000', 60);
    const { token } = await service.issue(claims, new Date('2026-01-10T08:00:00Z'));
    await expect(service.verify(token, new Date('2026-01-10T08:02:00Z'))).resolves.toBeNull();
  });

  it('should reject the token when another secret signed it', async () => {
    const issuer = new TokenService('first-secret-first-secret-first-secret', 3600);
    const verifier = new TokenService('other-secret-other-secret-other-secret', 3600);
    const { token } = await issuer.issue(claims);
    await expect(verifier.verify(token)).resolves.toBeNull();
  });

  it('should reject garbage', async () => {
    const service = new TokenService('a-secret-long-enough-for-hs256-000000', 3600);
    await expect(service.verify('not.a.token')).resolves.toBeNull();
    await expect(service.verify('')).resolves.toBeNull();
  });
});
