import { Role } from '@qadagalau/shared';
import type { DataSource } from 'typeorm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLogger } from '../../common/logger';
import { CLOSE_UNAUTHORIZED, Sessions } from './sessions';
import { TokenService } from './token.service';

const logger = createLogger({ level: 'error', pretty: false, write: () => undefined });
const claims = {
  userId: '7d1f3f0e-0000-4000-8000-000000000001',
  username: 'district',
  role: Role.DISTRICT,
  officeId: 'o1',
};

/** The part of a ws WebSocket the hooks use. */
class FakeSocket {
  readonly OPEN = 1;
  readyState = 1;
  closed: { code: number; reason: string } | null = null;
  close(code: number, reason: string): void {
    if (this.readyState !== this.OPEN) return;
    this.readyState = 2;
    this.closed = { code, reason };
  }
}

function setUp(ttlSeconds = 3600) {
  const tokens = new TokenService('a-secret-long-enough-for-hs256-000000', ttlSeconds);
  // No database: lookups fail and fall back to what the instance knows (as during an outage).
  const sessions = new Sessions({ dataSource: {} as DataSource, tokens, logger }).start();
  const connect = (params: Record<string, unknown> | undefined) => {
    const socket = new FakeSocket();
    const ctx = { connectionParams: params, extra: { socket } } as unknown as Parameters<
      typeof sessions.socketHooks.onConnect
    >[0];
    return { socket, ctx, accepted: sessions.socketHooks.onConnect(ctx) };
  };
  return { tokens, sessions, connect };
}

describe('Sessions (WebSocket hooks)', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('should accept an anonymous connection and refuse a bad token with 4401', async () => {
    const { sessions, connect } = setUp();
    expect(await connect({}).accepted).toBe(true);
    const bad = connect({ authorization: 'Bearer not.a.token' });
    expect(await bad.accepted).toBe(false);
    expect(bad.socket.closed).toEqual({ code: CLOSE_UNAUTHORIZED, reason: 'Unauthorized' });
    await sessions.stop();
  });

  it('should close the connections of a token when it is revoked, and refuse it afterwards', async () => {
    const { tokens, sessions, connect } = setUp();
    const { token, tokenId, expiresAt } = await tokens.issue(claims);
    const other = await tokens.issue(claims);
    const first = connect({ authorization: `Bearer ${token}` });
    const second = connect({ authorization: `Bearer ${token}` });
    const unrelated = connect({ authorization: `Bearer ${other.token}` });
    expect(await Promise.all([first.accepted, second.accepted, unrelated.accepted])).toEqual([
      true,
      true,
      true,
    ]);

    sessions.forget(tokenId, expiresAt);
    expect(first.socket.closed).toEqual({ code: CLOSE_UNAUTHORIZED, reason: 'Token revoked' });
    expect(second.socket.closed).toEqual({ code: CLOSE_UNAUTHORIZED, reason: 'Token revoked' });
    expect(unrelated.socket.closed).toBeNull();
    await expect(sessions.isRevoked(tokenId)).resolves.toBe(true);
    expect(await connect({ authorization: `Bearer ${token}` }).accepted).toBe(false);
    await sessions.stop();
  });

  it('should close a connection when its token expires, not before', async () => {
    vi.useFakeTimers({ now: new Date('2026-01-10T08:00:00.500Z') });
    const { tokens, sessions, connect } = setUp(60);
    const { token } = await tokens.issue(claims);
    const live = connect({ authorization: `Bearer ${token}` });
    expect(await live.accepted).toBe(true);
    vi.advanceTimersByTime(55_000);
    expect(live.socket.closed).toBeNull();
    vi.advanceTimersByTime(6_000);
    expect(live.socket.closed).toEqual({ code: CLOSE_UNAUTHORIZED, reason: 'Token expired' });
    await sessions.stop();
  });

  it('should forget a closed connection (no timer left behind)', async () => {
    const { tokens, sessions, connect } = setUp();
    const { token, tokenId, expiresAt } = await tokens.issue(claims);
    const live = connect({ authorization: `Bearer ${token}` });
    expect(await live.accepted).toBe(true);
    live.socket.readyState = 3;
    sessions.socketHooks.onClose(live.ctx);
    sessions.forget(tokenId, expiresAt);
    expect(live.socket.closed).toBeNull();
    await sessions.stop();
  });
});
