import { DomainError, ErrorCode } from '@qadagalau/shared';
import type { DataSource } from 'typeorm';
import { User } from '../user/user.entity';
import { hashPassword, verifyPassword } from './password';
import type { TokenService } from './token.service';

// Compared against when the username is unknown, so a wrong name costs as long as a wrong password.
const decoyHash = hashPassword('decoy-password-for-unknown-users');

/** Signs people in: checks the password and issues a session token. */
export class AuthService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tokens: TokenService,
  ) {}

  async login(username: string, password: string): Promise<{ token: string; expiresAt: Date; user: User }> {
    const user = await this.dataSource
      .getRepository(User)
      .findOneBy({ username: username.trim().toLowerCase() });
    const valid = await verifyPassword(password, user?.passwordHash ?? (await decoyHash));
    if (!user || !user.active || !valid) {
      // One message for every failure: never reveal which usernames exist.
      throw new DomainError(ErrorCode.UNAUTHENTICATED, 'Wrong username or password');
    }
    const { token, expiresAt } = await this.tokens.issue({
      userId: user.id,
      username: user.username,
      role: user.role,
      officeId: user.officeId,
    });
    return { token, expiresAt, user };
  }
}
