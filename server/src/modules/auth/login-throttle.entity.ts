import { Column, Entity, PrimaryColumn } from 'typeorm';

/** What a throttle row counts: attempts at one username, or attempts from one network address. */
export type ThrottleScope = 'USER' | 'ADDRESS';

/**
 * Sign-in attempts counted against one username or one address, so a lockout holds on every instance and across
 * restarts. `attempts` counts the attempts of the current window that did not succeed (an attempt is counted
 * before its password is checked, so parallel guesses cannot slip past the limit); `lockedUntil` is set when the
 * limit is reached.
 */
@Entity('login_throttle')
export class LoginThrottle {
  @PrimaryColumn({ type: 'text' })
  scope!: ThrottleScope;

  /** The normalised username (known or not), or the address (an IPv6 address as its /64 network). */
  @PrimaryColumn({ type: 'text' })
  key!: string;

  @Column({ type: 'integer' })
  attempts!: number;

  @Column({ type: 'timestamptz' })
  windowStartedAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;
}
