// Issue 8, login security, against real server processes on one PostgreSQL: throttling and lockout per username
// and per address (unknown usernames alike, parallel guesses included), lockouts that hold on another instance and
// run out, every attempt audited without the password, tokens that expire (HTTP and WebSocket) and logout
// revoking a token on every instance (its live connections closed).
//
// Each scenario calls from its own loopback address (127.0.0.0/8 all reaches the server), so the per-address
// counters of one scenario do not lock another out.
import { request } from 'node:http';
import { hashPassword } from '@qadagalau/server/dist/modules/auth/password';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import WebSocket from 'ws';
import { tally } from '../support/hardening';
import { createDatabase, withClient } from '../support/postgres';
import { sleep, startServer, type ServerProcess } from '../support/server';

const PASSWORD = 'qadagalau';
const LOGIN =
  'mutation ($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { token } }';
const ME = '{ me { username } }';
const LOGOUT = 'mutation { logout }';
const SECRET = 'login-security-test-secret-0123456789abcdef';
const USERS = ['admin', 'analyst', 'regional', 'district', 'military', 'transport', 'environmental'];
const MAX_PER_USER = 3;
const MAX_PER_ADDRESS = 8;

interface Answer {
  status: number;
  data?: Record<string, unknown> | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

/** POST /graphql from a chosen local address (so the server sees that client address). */
function post(
  server: ServerProcess,
  from: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string,
): Promise<Answer> {
  const body = JSON.stringify({ query, variables });
  return new Promise((resolve, reject) => {
    const req = request(
      `${server.url}/graphql`,
      {
        method: 'POST',
        localAddress: from,
        agent: false,
        timeout: 15_000,
        headers: {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(body),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8').on('data', (chunk: string) => (text += chunk));
        res.on('end', () => {
          try {
            resolve({ status: res.statusCode ?? 0, ...(JSON.parse(text) as Omit<Answer, 'status'>) });
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        });
      },
    );
    req.on('timeout', () => req.destroy(new Error('request timed out')));
    req.on('error', reject);
    req.end(body);
  });
}

const codeOf = (answer: Answer): unknown => answer.errors?.[0]?.extensions?.['code'];

interface LiveSocket {
  /** True once the server acknowledged the connection. */
  acked: Promise<boolean>;
  closed: Promise<{ code: number; reason: string }>;
  close(): void;
}

/** A graphql-transport-ws connection opened with the token (from the given local address). */
function openSocket(server: ServerProcess, from: string, token: string | null): LiveSocket {
  const socket = new WebSocket(`${server.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws', {
    localAddress: from,
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    socket.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  const acked = new Promise<boolean>((resolve) => {
    socket.once('open', () =>
      socket.send(
        JSON.stringify({
          type: 'connection_init',
          payload: token ? { authorization: `Bearer ${token}` } : {},
        }),
      ),
    );
    socket.on('message', (data: Buffer) => {
      const message = JSON.parse(data.toString()) as { type: string };
      if (message.type === 'connection_ack') resolve(true);
    });
    void closed.then(() => resolve(false));
  });
  return { acked, closed, close: () => socket.close() };
}

async function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: nothing within ${ms} ms`)), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

describe('login security', () => {
  let databaseUrl: string;
  let a: ServerProcess;
  let b: ServerProcess;
  /** Short-lived tokens and lockouts: for expiry. */
  let c: ServerProcess;
  const sockets: LiveSocket[] = [];
  /** Every login attempt sent with a wrong password, an unknown username or into a lock. */
  let hostile = 0;
  const wrongPasswords: string[] = [];
  let shared: Record<string, string>;

  /** Counted as hostile: a wrong password (or an unknown name), or any attempt into a lock. */
  const login = async (server: ServerProcess, from: string, username: string, password: string) => {
    if (password !== PASSWORD) wrongPasswords.push(password);
    const answer = await post(server, from, LOGIN, { u: username, p: password });
    if (password !== PASSWORD || codeOf(answer) === 'RATE_LIMITED') hostile += 1;
    return answer;
  };
  const guess = (server: ServerProcess, from: string, username: string, n: number) =>
    login(server, from, username, `wrong-${username}-${n}-secret`);

  beforeAll(async () => {
    databaseUrl = await createDatabase(inject('pgAdminUrl'), 'login_security');
    shared = {
      DATABASE_URL: databaseUrl,
      JWT_SECRET: SECRET,
      LOGIN_MAX_FAILURES: String(MAX_PER_USER),
      LOGIN_MAX_FAILURES_PER_ADDRESS: String(MAX_PER_ADDRESS),
    };
    a = await startServer({ env: shared });
    // Users of our own (no demo data: its seeding would triple the start-up time); administrators, who need no
    // office, with the demo password.
    const hash = await hashPassword(PASSWORD);
    await withClient(databaseUrl, (client) =>
      client.query(
        `insert into app_user (username, password_hash, display_name, role)
         select name, $1, initcap(name), 'ADMIN' from unnest($2::text[]) as name`,
        [hash, USERS],
      ),
    );
    b = await startServer({ env: shared });
  }, 180_000);

  afterAll(async () => {
    for (const socket of sockets) socket.close();
    await Promise.all([a?.stop(), b?.stop(), c?.stop()]);
    tally('hostile', 'brute-force login attempts', hostile);
  });

  it('should lock a username after the wrong passwords, refuse even the right one, on every instance', async () => {
    const from = '127.0.0.11';
    for (let n = 1; n <= MAX_PER_USER; n += 1) {
      const answer = await guess(a, from, 'district', n);
      expect(codeOf(answer)).toBe('UNAUTHENTICATED');
    }
    for (const server of [a, b]) {
      const locked = await login(server, from, 'district', PASSWORD);
      expect(codeOf(locked)).toBe('RATE_LIMITED');
      expect(locked.data ?? null).toBeNull();
      const retryAfter = locked.errors?.[0]?.extensions?.['retryAfterSeconds'];
      expect(retryAfter).toBeGreaterThan(14 * 60);
      expect(retryAfter).toBeLessThanOrEqual(15 * 60);
      expect(locked.errors?.[0]?.message).toMatch(/try again in 15 minutes/);
    }
    // Another address is locked out of the username too: the lock is the username's.
    expect(codeOf(await login(a, '127.0.0.12', 'district', PASSWORD))).toBe('RATE_LIMITED');

    // Another user from the same address still signs in, until the address's own limit.
    const regional = await login(a, from, 'regional', PASSWORD);
    expect(regional.errors).toBeUndefined();
    expect(typeof (regional.data?.['login'] as { token?: unknown })?.token).toBe('string');
    // The address has MAX_PER_USER failures (the locked attempts did not count): fill it with unknown names.
    for (let n = MAX_PER_USER + 1; n <= MAX_PER_ADDRESS; n += 1) {
      expect(codeOf(await guess(b, from, `nobody-${n}`, n))).toBe('UNAUTHENTICATED');
    }
    const addressLocked = await login(a, from, 'regional', PASSWORD);
    expect(codeOf(addressLocked)).toBe('RATE_LIMITED');
    // From elsewhere the same user is fine: that lock was the address's.
    expect((await login(b, '127.0.0.13', 'regional', PASSWORD)).errors).toBeUndefined();
  });

  it('should throttle an unknown username exactly like a known one (nothing tells them apart)', async () => {
    const known = { name: 'analyst', from: '127.0.0.14' };
    const unknown = { name: 'no-such-user', from: '127.0.0.15' };
    let compared = 0;
    let differing = 0;
    const same = (x: Answer, y: Answer): void => {
      compared += 1;
      const shape = (answer: Answer) => ({
        status: answer.status,
        data: answer.data ?? null,
        errors: answer.errors?.map((e) => ({
          message: e.message,
          extensions: { ...e.extensions, retryAfterSeconds: typeof e.extensions?.['retryAfterSeconds'] },
        })),
      });
      if (JSON.stringify(shape(x)) !== JSON.stringify(shape(y))) differing += 1;
      const [rx, ry] = [x, y].map((answer) => answer.errors?.[0]?.extensions?.['retryAfterSeconds']);
      if (typeof rx === 'number' && typeof ry === 'number' && Math.abs(rx - ry) > 5) differing += 1;
    };
    for (let n = 1; n <= MAX_PER_USER; n += 1) {
      const [x, y] = await Promise.all([
        guess(a, known.from, known.name, n),
        guess(a, unknown.from, unknown.name, n),
      ]);
      expect(codeOf(x)).toBe('UNAUTHENTICATED');
      same(x, y);
    }
    // Locked: the right password for the known name, any for the unknown one — the same answer.
    const [x, y] = await Promise.all([
      login(a, known.from, known.name, PASSWORD),
      login(a, unknown.from, unknown.name, PASSWORD),
    ]);
    expect(codeOf(x)).toBe('RATE_LIMITED');
    same(x, y);
    // The same on the other instance, in another letter case and with spaces around the name.
    const [x2, y2] = await Promise.all([
      login(b, known.from, ` ${known.name.toUpperCase()} `, 'anything'),
      login(b, unknown.from, ` ${unknown.name.toUpperCase()} `, 'anything'),
    ]);
    expect(codeOf(x2)).toBe('RATE_LIMITED');
    same(x2, y2);
    tally('leaked', 'login answers that could reveal whether a username exists', compared, differing);
    expect(differing).toBe(0);
  });

  it('should let no parallel guess slip past the limits (per username and per address)', async () => {
    const burst = 20;
    const answers = await Promise.all(
      Array.from({ length: burst }, (_, n) => guess(a, '127.0.0.16', 'transport', n)),
    );
    const codes = answers.map(codeOf);
    expect(codes.filter((code) => code === 'UNAUTHENTICATED')).toHaveLength(MAX_PER_USER);
    expect(codes.filter((code) => code === 'RATE_LIMITED')).toHaveLength(burst - MAX_PER_USER);

    // A spray over many usernames from one address, half of them on each instance.
    const spray = 30;
    const sprayed = await Promise.all(
      Array.from({ length: spray }, (_, n) => guess(n % 2 ? a : b, '127.0.0.17', `spray-${n}`, n)),
    );
    const sprayCodes = sprayed.map(codeOf);
    expect(sprayCodes.filter((code) => code === 'UNAUTHENTICATED')).toHaveLength(MAX_PER_ADDRESS);
    expect(sprayCodes.filter((code) => code === 'RATE_LIMITED')).toHaveLength(spray - MAX_PER_ADDRESS);

    // Successes and failures at once from one address (row locks taken in one order: no deadlock, no INTERNAL).
    const mixed = await Promise.all(
      Array.from({ length: MAX_PER_ADDRESS - 1 }, (_, n) =>
        n % 2
          ? login(n % 4 === 1 ? a : b, '127.0.0.21', 'regional', PASSWORD)
          : guess(b, '127.0.0.21', `mixed-${n}`, n),
      ),
    );
    expect(mixed.map((answer) => codeOf(answer) ?? 'OK').sort()).toEqual(
      [
        ...Array<string>(Math.floor((MAX_PER_ADDRESS - 1) / 2)).fill('OK'),
        ...Array<string>(Math.ceil((MAX_PER_ADDRESS - 1) / 2)).fill('UNAUTHENTICATED'),
      ].sort(),
    );

    // Only the admitted attempts had their password checked: the audit agrees.
    const checked = await withClient(databaseUrl, async (client) => {
      const { rows } = await client.query<{ n: string }>(
        `select count(*) as n from audit_log where action = 'LOGIN_FAILED' and after->>'reason' = 'CREDENTIALS'
           and (after->>'username' = 'transport' or after->>'address' = '127.0.0.17')`,
      );
      return Number(rows[0]?.n);
    });
    expect(checked).toBe(MAX_PER_USER + MAX_PER_ADDRESS);
  });

  it('should revoke the token on logout on every instance and close its live connections', async () => {
    const from = '127.0.0.20';
    const [first, second] = await Promise.all([
      login(a, from, 'admin', PASSWORD),
      login(b, from, 'admin', PASSWORD),
    ]);
    const token = (first.data?.['login'] as { token: string }).token;
    const other = (second.data?.['login'] as { token: string }).token;
    const onA = openSocket(a, from, token);
    const onB = openSocket(b, from, token);
    sockets.push(onA, onB);
    expect(await within(onA.acked, 5_000, 'ack on A')).toBe(true);
    expect(await within(onB.acked, 5_000, 'ack on B')).toBe(true);
    expect((await post(b, from, ME, {}, token)).data).toEqual({ me: { username: 'admin' } });

    const out = await post(a, from, LOGOUT, {}, token);
    expect(out).toMatchObject({ data: { logout: true } });
    expect(out.errors).toBeUndefined();

    // The instance that handled it and the other one (told by NOTIFY) both close the token's connections.
    for (const [socket, where] of [
      [onA, 'A'],
      [onB, 'B'],
    ] as const) {
      const closed = await within(socket.closed, 5_000, `close on ${where}`);
      expect(closed).toEqual({ code: 4401, reason: 'Token revoked' });
    }
    for (const server of [a, b]) {
      expect(codeOf(await post(server, from, ME, {}, token))).toBe('UNAUTHENTICATED');
      const reconnect = openSocket(server, from, token);
      sockets.push(reconnect);
      expect(await within(reconnect.acked, 5_000, 'refusal')).toBe(false);
      expect((await reconnect.closed).code).toBe(4401);
    }
    // Signing out again is no error, and the user's other session is untouched.
    expect((await post(b, from, LOGOUT, {}, token)).data).toEqual({ logout: false });
    expect((await post(b, from, ME, {}, other)).data).toEqual({ me: { username: 'admin' } });

    // An instance started after the logout refuses the token too: it is in the database, not only in memory.
    // (This instance has short-lived tokens and lockouts, for the expiry tests below.)
    c = await startServer({ env: { ...shared, TOKEN_TTL: '4s', LOGIN_LOCKOUT: '2s' } });
    expect(codeOf(await post(c, from, ME, {}, token))).toBe('UNAUTHENTICATED');
    expect((await post(c, from, ME, {}, other)).data).toEqual({ me: { username: 'admin' } });
    const stored = await withClient(databaseUrl, async (client) => {
      const { rows } = await client.query<{ n: string }>(
        `select count(*) as n from revoked_token where expires_at > now()`,
      );
      return Number(rows[0]?.n);
    });
    expect(stored).toBe(1);
  });

  it('should miss no revocation while an instance has lost its revocation listener', async () => {
    const from = '127.0.0.22';
    const signed = await login(b, from, 'admin', PASSWORD);
    const token = (signed.data?.['login'] as { token: string }).token;
    expect((await post(b, from, ME, {}, token)).data).toEqual({ me: { username: 'admin' } });
    // Cut every instance's LISTEN connection, and sign out on A while they reconnect: the NOTIFY is lost.
    const cut = await withClient(databaseUrl, async (client) => {
      const { rows } = await client.query<{ ok: boolean }>(
        `select pg_terminate_backend(pid) as ok from pg_stat_activity
          where application_name = 'qadagalau-sessions' and datname = current_database()`,
      );
      return rows.filter((row) => row.ok).length;
    });
    expect(cut).toBe(3);
    tally('fault', 'revocation listener connection dropped', cut);
    expect((await post(a, from, LOGOUT, {}, token)).data).toEqual({ logout: true });
    // B asks the database while it has no listener, and reloads every revocation when it has one again.
    const deadline = Date.now() + 1_000;
    let code: unknown;
    do {
      code = codeOf(await post(b, from, ME, {}, token));
    } while (code !== 'UNAUTHENTICATED' && Date.now() < deadline);
    expect(code).toBe('UNAUTHENTICATED');
    await sleep(1_000);
    for (const server of [a, b, c])
      expect(codeOf(await post(server, from, ME, {}, token))).toBe('UNAUTHENTICATED');
  });

  it('should end a lockout when its time is up, and a success should reset the count', async () => {
    const from = '127.0.0.18';
    for (let n = 1; n <= MAX_PER_USER; n += 1) {
      expect(codeOf(await guess(c, from, 'environmental', n))).toBe('UNAUTHENTICATED');
    }
    const locked = await login(c, from, 'environmental', PASSWORD);
    expect(codeOf(locked)).toBe('RATE_LIMITED');
    const retryAfter = Number(locked.errors?.[0]?.extensions?.['retryAfterSeconds']);
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(2);
    await sleep(retryAfter * 1000 + 300);
    const after = await login(c, from, 'environmental', PASSWORD);
    expect(after.errors).toBeUndefined();
    // The success reset the username's count: the next wrong password is one failure, not a lock.
    for (let n = 1; n < MAX_PER_USER; n += 1) {
      expect(codeOf(await guess(c, from, 'environmental', 10 + n))).toBe('UNAUTHENTICATED');
    }
    expect((await login(c, from, 'environmental', PASSWORD)).errors).toBeUndefined();
  });

  it('should expire a token over HTTP and close the live connection opened with it', async () => {
    const from = '127.0.0.19';
    const signed = await login(c, from, 'admin', PASSWORD);
    const token = (signed.data?.['login'] as { token: string }).token;
    const socket = openSocket(c, from, token);
    sockets.push(socket);
    expect(await within(socket.acked, 5_000, 'connection_ack')).toBe(true);
    expect((await post(c, from, ME, {}, token)).data).toEqual({ me: { username: 'admin' } });

    const closed = await within(socket.closed, 8_000, 'close at expiry');
    expect(closed.code).toBe(4401);
    expect(closed.reason).toBe('Token expired');
    expect(codeOf(await post(c, from, ME, {}, token))).toBe('UNAUTHENTICATED');
    // A new connection with the expired token is refused at once.
    const again = openSocket(c, from, token);
    sockets.push(again);
    expect(await within(again.acked, 5_000, 'refusal')).toBe(false);
    expect((await again.closed).code).toBe(4401);
  });

  it('should audit every sign-in, failure, lockout and sign-out with name and address, never a password', async () => {
    const rows = await withClient(databaseUrl, async (client) => {
      const { rows: found } = await client.query<{
        action: string;
        user_id: string | null;
        after: Record<string, unknown>;
        text: string;
      }>(
        `select action, user_id, after, coalesce(before::text, '') || after::text as text from audit_log
          where action in ('LOGIN', 'LOGIN_FAILED', 'LOGIN_LOCKED', 'LOGOUT') order by id`,
      );
      return found;
    });
    const of = (action: string, username: string, address: string) =>
      rows.filter(
        (row) =>
          row.action === action && row.after['username'] === username && row.after['address'] === address,
      );
    expect(of('LOGIN_FAILED', 'district', '127.0.0.11').map((row) => row.after['reason'])).toEqual([
      ...Array<string>(MAX_PER_USER).fill('CREDENTIALS'),
      'LOCKED',
      'LOCKED',
    ]);
    expect(of('LOGIN_LOCKED', 'district', '127.0.0.11').map((row) => row.after['scope'])).toEqual(['USER']);
    expect(
      of('LOGIN_LOCKED', `nobody-${MAX_PER_ADDRESS}`, '127.0.0.11').map((row) => row.after['scope']),
    ).toEqual(['ADDRESS']);
    expect(of('LOGIN_FAILED', 'no-such-user', '127.0.0.15')).toHaveLength(MAX_PER_USER + 2);
    const signIns = of('LOGIN', 'admin', '127.0.0.20');
    expect(signIns).toHaveLength(2);
    expect(signIns.every((row) => row.user_id !== null && typeof row.after['tokenId'] === 'string')).toBe(
      true,
    );
    const signOuts = of('LOGOUT', 'admin', '127.0.0.20');
    expect(signOuts).toHaveLength(1);
    expect(signIns.map((row) => row.after['tokenId'])).toContain(signOuts[0]?.after['tokenId']);
    // No password, right or wrong, anywhere in the login audit.
    expect(wrongPasswords.length).toBeGreaterThan(50);
    for (const row of rows) {
      expect(row.text).not.toContain(PASSWORD);
      for (const password of wrongPasswords) expect(row.text).not.toContain(password);
    }
  });
});
