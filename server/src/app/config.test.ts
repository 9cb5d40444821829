import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseEnv, type Env } from './config';
import { repoRoot } from './paths';

const SECRET = 'x'.repeat(32);

function rejection(env: Env): { variable: string; message: string } {
  try {
    parseEnv(env, '/work');
  } catch (error) {
    if (error instanceof ConfigError) return { variable: error.variable, message: error.message };
    throw error;
  }
  throw new Error('expected a ConfigError');
}

describe('parseEnv', () => {
  it('should use the documented defaults when nothing is set', () => {
    expect(parseEnv({}, '/work')).toEqual({
      nodeEnv: 'development',
      port: 4000,
      host: '0.0.0.0',
      databaseUrl: null,
      dataDir: path.join(repoRoot, '.data'),
      embeddedPgPort: 54329,
      demoData: true,
      jwtSecret: null,
      tokenTtlSeconds: 8 * 3600,
      login: {
        maxFailuresPerUser: 5,
        maxFailuresPerAddress: 20,
        failureWindowSeconds: 900,
        lockoutSeconds: 900,
      },
      outboxRetentionSeconds: 7 * 86400,
      clockOffsetSeconds: 0,
      logLevel: 'info',
    });
  });

  it('should resolve the default DATA_DIR from the code location, not the working directory', () => {
    expect(parseEnv({}, '/somewhere/else').dataDir).toBe(path.join(repoRoot, '.data'));
    expect(existsAsRepoRoot(repoRoot)).toBe(true);
  });

  it('should treat empty and blank values as unset', () => {
    expect(parseEnv({ PORT: '', DATABASE_URL: '  ', NODE_ENV: '' }, '/work')).toMatchObject({
      port: 4000,
      databaseUrl: null,
      nodeEnv: 'development',
    });
  });

  it('should accept every variable when valid', () => {
    const config = parseEnv(
      {
        NODE_ENV: 'production',
        PORT: '8080',
        HOST: '127.0.0.1',
        DATABASE_URL: 'postgresql://app:secret@db.example:6543/qadagalau',
        DATA_DIR: 'var/data',
        EMBEDDED_PG_PORT: '60000',
        DEMO_DATA: 'off',
        JWT_SECRET: SECRET,
        TOKEN_TTL: '30m',
        LOGIN_MAX_FAILURES: '3',
        LOGIN_MAX_FAILURES_PER_ADDRESS: '50',
        LOGIN_FAILURE_WINDOW: '1h',
        LOGIN_LOCKOUT: '30m',
        OUTBOX_RETENTION: '2d',
        LOG_LEVEL: 'debug',
      },
      '/srv/app',
    );
    expect(config).toEqual({
      nodeEnv: 'production',
      port: 8080,
      host: '127.0.0.1',
      databaseUrl: 'postgresql://app:secret@db.example:6543/qadagalau',
      dataDir: '/srv/app/var/data',
      embeddedPgPort: 60000,
      demoData: false,
      jwtSecret: SECRET,
      tokenTtlSeconds: 1800,
      login: {
        maxFailuresPerUser: 3,
        maxFailuresPerAddress: 50,
        failureWindowSeconds: 3600,
        lockoutSeconds: 1800,
      },
      outboxRetentionSeconds: 172800,
      clockOffsetSeconds: 0,
      logLevel: 'debug',
    });
  });

  it.each([
    ['45s', 45],
    ['3600', 3600],
    ['2d', 172800],
    ['8h', 28800],
  ])('should read TOKEN_TTL %s as %i seconds', (value, seconds) => {
    expect(parseEnv({ TOKEN_TTL: value }, '/work').tokenTtlSeconds).toBe(seconds);
  });

  it('should keep live events for 7 days unless OUTBOX_RETENTION says otherwise', () => {
    expect(parseEnv({}, '/work').outboxRetentionSeconds).toBe(7 * 86400);
    expect(parseEnv({ OUTBOX_RETENTION: '12h' }, '/work').outboxRetentionSeconds).toBe(43200);
  });

  it('should move the clock of time-driven jobs only in tests (CLOCK_OFFSET)', () => {
    expect(parseEnv({ NODE_ENV: 'test', CLOCK_OFFSET: '2d' }, '/work').clockOffsetSeconds).toBe(172800);
    expect(() => parseEnv({ CLOCK_OFFSET: '2d' }, '/work')).toThrow(
      /CLOCK_OFFSET: only allowed when NODE_ENV=test/,
    );
  });

  it.each(['postgres:', 'postgresql:'])('should accept DATABASE_URL with the %s scheme', (scheme) => {
    expect(parseEnv({ DATABASE_URL: `${scheme}//u@localhost/db` }, '/work').databaseUrl).toBe(
      `${scheme}//u@localhost/db`,
    );
  });

  it('should accept a Unix-socket DATABASE_URL that names its socket directory', () => {
    const url = 'postgres:///qadagalau?host=/var/run/postgresql';
    expect(parseEnv({ DATABASE_URL: url }, '/work').databaseUrl).toBe(url);
  });

  it('should allow EMBEDDED_PG_PORT equal to PORT when no embedded database is started', () => {
    expect(
      parseEnv({ PORT: '5000', EMBEDDED_PG_PORT: '5000', DATABASE_URL: 'postgres://h/db' }, '/w').port,
    ).toBe(5000);
  });

  it.each<[string, Env, RegExp]>([
    ['NODE_ENV', { NODE_ENV: 'staging' }, /NODE_ENV: must be one of development, production, test/],
    ['PORT', { PORT: 'abc' }, /PORT: must be a port number/],
    ['PORT', { PORT: '0' }, /PORT: must be a port number/],
    ['PORT', { PORT: '65536' }, /PORT: must be a port number/],
    ['PORT', { PORT: '80.5' }, /PORT: must be a port number/],
    ['PORT', { PORT: '-1' }, /PORT: must be a port number/],
    ['HOST', { HOST: 'http://localhost' }, /HOST: must be a host name or IP address/],
    ['HOST', { HOST: 'two words' }, /HOST: must be a host name or IP address/],
    ['DATABASE_URL', { DATABASE_URL: 'not a url' }, /DATABASE_URL: not a postgres:\/\/ URL/],
    ['DATABASE_URL', { DATABASE_URL: 'mysql://u@h/db' }, /DATABASE_URL: not a postgres:\/\/ URL/],
    ['DATABASE_URL', { DATABASE_URL: 'postgres:///db' }, /DATABASE_URL: names no host/],
    ['EMBEDDED_PG_PORT', { EMBEDDED_PG_PORT: 'x' }, /EMBEDDED_PG_PORT: must be a port number/],
    ['EMBEDDED_PG_PORT', { EMBEDDED_PG_PORT: '4000' }, /EMBEDDED_PG_PORT: must differ from PORT/],
    ['DEMO_DATA', { DEMO_DATA: 'yes' }, /DEMO_DATA: must be one of on, off/],
    ['JWT_SECRET', { JWT_SECRET: 'short' }, /JWT_SECRET: must be at least 32 characters/],
    ['JWT_SECRET', { NODE_ENV: 'production' }, /JWT_SECRET: required when NODE_ENV=production/],
    ['TOKEN_TTL', { TOKEN_TTL: 'forever' }, /TOKEN_TTL: must be a duration/],
    ['TOKEN_TTL', { TOKEN_TTL: '0' }, /TOKEN_TTL: must be a duration/],
    ['TOKEN_TTL', { TOKEN_TTL: '31d' }, /TOKEN_TTL: must be a duration/],
    ['LOGIN_MAX_FAILURES', { LOGIN_MAX_FAILURES: '0' }, /LOGIN_MAX_FAILURES: must be a whole number/],
    ['LOGIN_MAX_FAILURES', { LOGIN_MAX_FAILURES: 'many' }, /LOGIN_MAX_FAILURES: must be a whole number/],
    [
      'LOGIN_MAX_FAILURES_PER_ADDRESS',
      { LOGIN_MAX_FAILURES_PER_ADDRESS: '10001' },
      /LOGIN_MAX_FAILURES_PER_ADDRESS: must be a whole number/,
    ],
    ['LOGIN_FAILURE_WINDOW', { LOGIN_FAILURE_WINDOW: '-5m' }, /LOGIN_FAILURE_WINDOW: must be a duration/],
    ['LOGIN_LOCKOUT', { LOGIN_LOCKOUT: '15 minutes' }, /LOGIN_LOCKOUT: must be a duration/],
    ['OUTBOX_RETENTION', { OUTBOX_RETENTION: 'a week' }, /OUTBOX_RETENTION: must be a duration/],
    ['OUTBOX_RETENTION', { OUTBOX_RETENTION: '0' }, /OUTBOX_RETENTION: must be a duration/],
    ['LOG_LEVEL', { LOG_LEVEL: 'verbose' }, /LOG_LEVEL: must be one of debug, info, warn, error/],
  ])('should reject a bad %s and name it', (variable, env, message) => {
    const error = rejection(env);
    expect(error.variable).toBe(variable);
    expect(error.message).toMatch(message);
  });

  it('should never echo a DATABASE_URL that may hold a password', () => {
    expect(rejection({ DATABASE_URL: 'mysql://user:hunter2@h/db' }).message).not.toContain('hunter2');
  });
});

describe('loadConfig', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'qadagalau-config-'));
  });
  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  it('should generate a JWT secret once, keep it in DATA_DIR with mode 0600 and reuse it', () => {
    const dataDir = path.join(dir, 'data');
    const first = loadConfig({ DATA_DIR: dataDir });
    const file = path.join(dataDir, 'jwt-secret');
    expect(first.jwtSecret.length).toBeGreaterThanOrEqual(32);
    expect(readFileSync(file, 'utf8').trim()).toBe(first.jwtSecret);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(loadConfig({ DATA_DIR: dataDir }).jwtSecret).toBe(first.jwtSecret);
  });

  it('should create DATA_DIR traversable but not listable by others', () => {
    const dataDir = path.join(dir, 'nested', 'data');
    loadConfig({ DATA_DIR: dataDir });
    expect(statSync(dataDir).mode & 0o777).toBe(0o711);
  });

  it('should use a given JWT_SECRET and leave DATA_DIR alone when DATABASE_URL is set too', () => {
    const dataDir = path.join(dir, 'untouched');
    const config = loadConfig({ DATA_DIR: dataDir, JWT_SECRET: SECRET, DATABASE_URL: 'postgres://h/db' });
    expect(config.jwtSecret).toBe(SECRET);
    expect(() => statSync(dataDir)).toThrow();
  });

  it('should reject a DATA_DIR below a regular file, naming DATA_DIR', () => {
    const file = path.join(dir, 'file');
    writeFileSync(file, '');
    expect(() => loadConfig({ DATA_DIR: path.join(file, 'data') })).toThrow(
      expect.objectContaining({ variable: 'DATA_DIR' }),
    );
  });

  it('should reject a DATA_DIR that is a regular file, naming DATA_DIR', () => {
    const file = path.join(dir, 'file');
    writeFileSync(file, '');
    expect(() => loadConfig({ DATA_DIR: file })).toThrow(/DATA_DIR: .* is not a directory/);
  });
});

function existsAsRepoRoot(dir: string): boolean {
  const pkg = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as { name?: string };
  return pkg.name === 'qadagalau';
}
