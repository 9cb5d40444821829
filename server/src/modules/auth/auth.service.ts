import { DomainError, ErrorCode } from '@qadagalau/shared';
import type { DataSource } from 'typeorm';
import { DEFAULT_LOGIN_POLICY, type LoginPolicy } from '../../app/config';
import { recordAudit } from '../../common/audit';
import type { AuthUser } from '../../common/auth';
import { User } from '../user/user.entity';
import { addressKey, releaseAttempt, reserveAttempt, type ThrottleKeys } from './login-throttle';
import { hashPassword, verifyPassword } from './password';
import { revokeToken } from './sessions';
import type { TokenService } from './token.service';

// Compared against when the username is unknown, so a wrong name costs as long as a wrong password.
const decoyHash = hashPassword('decoy-password-for-unknown-users');

/** Audit actions of signing in and out (audit_log.action; entity 'User', the user's id when the name is known). */
export const LoginAudit = {
  LOGIN: 'LOGIN',
  LOGIN_FAILED: 'LOGIN_FAILED',
  LOGIN_LOCKED: 'LOGIN_LOCKED',
  LOGOUT: 'LOGOUT',
} as const;

/** Signs people in (throttled per username and per address) and out. */
export class AuthService {
  private readonly policy: LoginPolicy;

  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
  ) {
    this.policy = tokens.sessions?.loginPolicy ?? DEFAULT_LOGIN_POLICY;
  }

  /**
   * Checks the password and issues a session token. Every answer but a success reads the same whether or not
   * the username exists: one message for a wrong name or password, and the same counting and lockout for
   * unknown names. A locked username or address is refused before its password is looked at — even the right
   * one — with RATE_LIMITED and `retryAfterSeconds`. Every attempt is audited (never the password).
   */
  async login(
    rawUsername: string,
    password: string,
    clientAddress: string,
  ): Promise<{ token: string; expiresAt: Date; user: User }> {
    const username = rawUsername.trim().toLowerCase();
    const keys: ThrottleKeys = { user: username, address: addressKey(clientAddress) };
    const who = { username, address: clientAddress };
    const user = await this.dataSource.getRepository(User).findOneBy({ username });
    const entityId = user?.id ?? null;

    const reservation = await this.dataSource.transaction(async (manager) => {
      const reserved = await reserveAttempt(manager, keys, this.policy);
      if (!reserved.allowed) {
        await recordAudit(manager, null, LoginAudit.LOGIN_FAILED, 'User', entityId, null, {
          ...who,
          reason: 'LOCKED',
          lockedUntil: new Date(reserved.at.getTime() + reserved.retryAfterSeconds * 1000),
          locks: reserved.locks.map((lock) => lock.scope),
        });
      }
      return reserved;
    });
    if (!reservation.allowed) {
      const minutes = Math.ceil(reservation.retryAfterSeconds / 60);
      throw new DomainError(
        ErrorCode.RATE_LIMITED,
        `Too many failed sign-in attempts: try again in ${minutes} minute${minutes === 1 ? '' : 's'}`,
        { retryAfterSeconds: reservation.retryAfterSeconds },
      );
    }

    const valid = await verifyPassword(password, user?.passwordHash ?? (await decoyHash));
    if (!user || !user.active || !valid) {
      await this.dataSource.transaction(async (manager) => {
        await recordAudit(manager, null, LoginAudit.LOGIN_FAILED, 'User', entityId, null, {
          ...who,
          reason: 'CREDENTIALS',
        });
        for (const lock of reservation.locks) {
          await recordAudit(manager, null, LoginAudit.LOGIN_LOCKED, 'User', entityId, null, {
            ...who,
            scope: lock.scope,
            attempts: lock.attempts,
            lockedUntil: lock.lockedUntil,
          });
        }
      });
      // One message for every failure: never reveal which usernames exist.
      throw new DomainError(ErrorCode.UNAUTHENTICATED, 'Wrong username or password');
    }

    const { token, tokenId, expiresAt } = await this.tokens.issue({
      userId: user.id,
      username: user.username,
      role: user.role,
      officeId: user.officeId,
    });
    await this.dataSource.transaction(async (manager) => {
      await releaseAttempt(manager, keys, reservation.at, this.policy);
      await recordAudit(manager, authUser(user), LoginAudit.LOGIN, 'User', user.id, null, {
        ...who,
        tokenId,
        expiresAt,
      });
    });
    return { token, expiresAt, user };
  }

  /**
   * Revokes the token the caller signed in with, on every instance. False when there was no valid session to
   * end (no token, or one already expired or revoked): signing out twice is not an error.
   */
  async logout(user: AuthUser | null, clientAddress: string): Promise<boolean> {
    const { tokenId, tokenExpiresAt } = user ?? {};
    if (!user || !tokenId || !tokenExpiresAt) return false;
    await this.dataSource.transaction(async (manager) => {
      await revokeToken(manager, tokenId, user.id, tokenExpiresAt);
      await recordAudit(manager, user, LoginAudit.LOGOUT, 'User', user.id, null, {
        username: user.username,
        address: clientAddress,
        tokenId,
      });
    });
    this.tokens.sessions?.forget(tokenId, tokenExpiresAt);
    return true;
  }
}

function authUser(user: User): AuthUser {
  return { id: user.id, username: user.username, role: user.role, officeId: user.officeId };
}
