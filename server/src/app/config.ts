// The only reader of process.env. Everything the process needs from its environment is parsed and validated
// here once, at start-up, so a bad value fails fast with a message that names the variable.
import { randomBytes } from 'node:crypto';
import { accessSync, chmodSync, constants, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { LOG_LEVELS, type LogLevel } from '../common/logger';
import { repoRoot } from './paths';

export const NODE_ENVS = ['development', 'production', 'test'] as const;
export type NodeEnv = (typeof NODE_ENVS)[number];

/** A start-up failure the operator fixes in the environment; `variable` names what to change. */
export class ConfigError extends Error {
  constructor(
    readonly variable: string,
    readonly reason: string,
  ) {
    super(`${variable}: ${reason}`);
    this.name = 'ConfigError';
  }
}

/** The environment as parsed, before anything touches the disk. */
export interface EnvConfig {
  nodeEnv: NodeEnv;
  port: number;
  host: string;
  /** null: start the embedded PostgreSQL under `dataDir`. */
  databaseUrl: string | null;
  dataDir: string;
  embeddedPgPort: number;
  demoData: boolean;
  /** null: generate one and keep it in `dataDir` (development and test only). */
  jwtSecret: string | null;
  tokenTtlSeconds: number;
  /** Login throttling and lockout (LOGIN_MAX_FAILURES, LOGIN_MAX_FAILURES_PER_ADDRESS, LOGIN_FAILURE_WINDOW, LOGIN_LOCKOUT). */
  login: LoginPolicy;
  /** How long live events stay in the outbox for subscribers resuming with `after` (OUTBOX_RETENTION). */
  outboxRetentionSeconds: number;
  /**
   * Test only (CLOCK_OFFSET, NODE_ENV=test): seconds added to the wall clock of the time-driven jobs, so tests
   * move to another day without sleeping. Always 0 elsewhere.
   */
  clockOffsetSeconds: number;
  logLevel: LogLevel;
}

/**
 * How many sign-in attempts may fail before the username (or the caller's address) is locked, and for how long.
 * Failures count within a fixed window that starts with the first failure; a success resets the username's count.
 */
export interface LoginPolicy {
  /** Failed attempts for one username within the window before it is locked (LOGIN_MAX_FAILURES). */
  maxFailuresPerUser: number;
  /**
   * Failed attempts from one address within the window before the address is locked
   * (LOGIN_MAX_FAILURES_PER_ADDRESS). Higher than per user: an office's computers share one NAT address.
   */
  maxFailuresPerAddress: number;
  /** The window failures are counted in (LOGIN_FAILURE_WINDOW). */
  failureWindowSeconds: number;
  /** How long a lock lasts (LOGIN_LOCKOUT). */
  lockoutSeconds: number;
}

export const DEFAULT_LOGIN_POLICY: LoginPolicy = {
  maxFailuresPerUser: 5,
  maxFailuresPerAddress: 20,
  failureWindowSeconds: 15 * 60,
  lockoutSeconds: 15 * 60,
};

/** The configuration the process runs with. */
export interface Config extends EnvConfig {
  jwtSecret: string;
}

export type Env = Readonly<Record<string, string | undefined>>;

export const DEFAULT_PORT = 4000;
export const DEFAULT_EMBEDDED_PG_PORT = 54329;
/** HS256 wants a key at least as long as the hash (32 bytes); shorter secrets are guessable. */
export const MIN_JWT_SECRET_LENGTH = 32;
const MAX_TOKEN_TTL_SECONDS = 30 * 24 * 3600;
const JWT_SECRET_FILE = 'jwt-secret';

/** Parses and validates the environment without side effects. Throws ConfigError. */
export function parseEnv(env: Env, cwd: string = process.cwd()): EnvConfig {
  // docker-compose and shells often pass `FOO=` for "not set": treat empty as absent.
  const get = (name: string): string | undefined => {
    const value = env[name]?.trim();
    return value === undefined || value === '' ? undefined : value;
  };

  const nodeEnv = oneOf('NODE_ENV', get('NODE_ENV'), NODE_ENVS, 'development');
  const port = parsePort('PORT', get('PORT'), DEFAULT_PORT);
  const host = parseHost(get('HOST'));
  const databaseUrl = parseDatabaseUrl(get('DATABASE_URL'));
  const dataDirRaw = get('DATA_DIR');
  const dataDir = dataDirRaw === undefined ? path.join(repoRoot, '.data') : path.resolve(cwd, dataDirRaw);
  const embeddedPgPort = parsePort('EMBEDDED_PG_PORT', get('EMBEDDED_PG_PORT'), DEFAULT_EMBEDDED_PG_PORT);
  if (databaseUrl === null && embeddedPgPort === port) {
    throw new ConfigError('EMBEDDED_PG_PORT', `must differ from PORT (${port})`);
  }
  const demoData = oneOf('DEMO_DATA', get('DEMO_DATA'), ['on', 'off'] as const, 'on') === 'on';
  const jwtSecret = get('JWT_SECRET') ?? null;
  if (jwtSecret === null && nodeEnv === 'production') {
    throw new ConfigError('JWT_SECRET', 'required when NODE_ENV=production');
  }
  if (jwtSecret !== null && jwtSecret.length < MIN_JWT_SECRET_LENGTH) {
    throw new ConfigError('JWT_SECRET', `must be at least ${MIN_JWT_SECRET_LENGTH} characters`);
  }
  const tokenTtlSeconds = parseDuration('TOKEN_TTL', get('TOKEN_TTL') ?? '8h');
  const login: LoginPolicy = {
    maxFailuresPerUser: parseCount(
      'LOGIN_MAX_FAILURES',
      get('LOGIN_MAX_FAILURES'),
      DEFAULT_LOGIN_POLICY.maxFailuresPerUser,
    ),
    maxFailuresPerAddress: parseCount(
      'LOGIN_MAX_FAILURES_PER_ADDRESS',
      get('LOGIN_MAX_FAILURES_PER_ADDRESS'),
      DEFAULT_LOGIN_POLICY.maxFailuresPerAddress,
    ),
    failureWindowSeconds: parseDuration(
      'LOGIN_FAILURE_WINDOW',
      get('LOGIN_FAILURE_WINDOW') ?? `${DEFAULT_LOGIN_POLICY.failureWindowSeconds}`,
    ),
    lockoutSeconds: parseDuration(
      'LOGIN_LOCKOUT',
      get('LOGIN_LOCKOUT') ?? `${DEFAULT_LOGIN_POLICY.lockoutSeconds}`,
    ),
  };
  const outboxRetentionSeconds = parseDuration('OUTBOX_RETENTION', get('OUTBOX_RETENTION') ?? '7d');
  const clockOffsetRaw = get('CLOCK_OFFSET');
  if (clockOffsetRaw !== undefined && nodeEnv !== 'test') {
    throw new ConfigError('CLOCK_OFFSET', 'only allowed when NODE_ENV=test');
  }
  const clockOffsetSeconds = clockOffsetRaw === undefined ? 0 : parseDuration('CLOCK_OFFSET', clockOffsetRaw);
  const logLevel = oneOf('LOG_LEVEL', get('LOG_LEVEL'), LOG_LEVELS, 'info');

  return {
    nodeEnv,
    port,
    host,
    databaseUrl,
    dataDir,
    embeddedPgPort,
    demoData,
    jwtSecret,
    tokenTtlSeconds,
    login,
    outboxRetentionSeconds,
    clockOffsetSeconds,
    logLevel,
  };
}

/**
 * Parses the environment and prepares what it implies on disk: DATA_DIR exists and is writable when something
 * lives there (the embedded database, a generated JWT secret), and the JWT secret is resolved. Throws ConfigError.
 */
export function loadConfig(env: Env, cwd: string = process.cwd()): Config {
  const parsed = parseEnv(env, cwd);
  if (parsed.databaseUrl === null || parsed.jwtSecret === null) ensureDataDir(parsed.dataDir);
  const jwtSecret = parsed.jwtSecret ?? persistedJwtSecret(parsed.dataDir);
  return { ...parsed, jwtSecret };
}

/** Creates DATA_DIR when missing and checks it is a readable, writable directory. */
export function ensureDataDir(dataDir: string): void {
  try {
    // 0711: the embedded PostgreSQL runs as another OS user when we are root and must traverse this
    // directory; nobody else needs to list it.
    mkdirSync(dataDir, { recursive: true, mode: 0o711 });
  } catch (error) {
    const code = errorCode(error);
    if (code === 'EEXIST') throw new ConfigError('DATA_DIR', `${dataDir} is not a directory`);
    const why = code === 'ENOTDIR' ? 'a parent is not a directory' : code;
    throw new ConfigError('DATA_DIR', `cannot create ${dataDir} (${why})`);
  }
  let isDirectory: boolean;
  try {
    isDirectory = statSync(dataDir).isDirectory();
    accessSync(dataDir, constants.R_OK | constants.W_OK | constants.X_OK);
  } catch (error) {
    throw new ConfigError('DATA_DIR', `${dataDir} is not readable and writable (${errorCode(error)})`);
  }
  if (!isDirectory) throw new ConfigError('DATA_DIR', `${dataDir} is not a directory`);
}

/**
 * Development convenience: a random secret kept in DATA_DIR (0600), so sessions survive restarts without the
 * developer having to invent one. Production must pass JWT_SECRET (parseEnv enforces it).
 */
function persistedJwtSecret(dataDir: string): string {
  const file = path.join(dataDir, JWT_SECRET_FILE);
  try {
    const existing = readFileSync(file, 'utf8').trim();
    if (existing.length >= MIN_JWT_SECRET_LENGTH) return existing;
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') {
      throw new ConfigError('DATA_DIR', `cannot read ${file} (${errorCode(error)})`);
    }
  }
  const secret = randomBytes(48).toString('base64url');
  try {
    writeFileSync(file, `${secret}\n`, { mode: 0o600 });
    // The mode option only applies to new files; a too-short file we replace keeps its old mode otherwise.
    chmodSync(file, 0o600);
  } catch (error) {
    throw new ConfigError('DATA_DIR', `cannot write ${file} (${errorCode(error)})`);
  }
  return secret;
}

function oneOf<const T extends readonly string[]>(
  name: string,
  value: string | undefined,
  allowed: T,
  fallback: T[number],
): T[number] {
  if (value === undefined) return fallback;
  const found = allowed.find((candidate) => candidate === value);
  if (found === undefined) throw new ConfigError(name, `must be one of ${allowed.join(', ')}`);
  return found;
}

function parsePort(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  // Port 0 ("any free port") is refused: the printed URL and the compose file must name a real port.
  const port = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new ConfigError(name, 'must be a port number from 1 to 65535');
  }
  return port;
}

function parseHost(value: string | undefined): string {
  if (value === undefined) return '0.0.0.0';
  // Host names and IPv4/IPv6 literals; anything with spaces, slashes or a scheme is a mistake.
  if (!/^[A-Za-z0-9.:_-]+$/.test(value)) throw new ConfigError('HOST', 'must be a host name or IP address');
  return value;
}

function parseDatabaseUrl(value: string | undefined): string | null {
  if (value === undefined) return null;
  // The value may hold a password: never echo it back.
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new ConfigError('DATABASE_URL', 'not a postgres:// URL');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError('DATABASE_URL', 'not a postgres:// URL');
  }
  // `postgres:///db?host=/run/postgresql` (a Unix socket) has no host name but names the socket directory.
  if (url.hostname === '' && !url.searchParams.has('host')) {
    throw new ConfigError('DATABASE_URL', 'names no host');
  }
  if (url.port !== '' && (Number(url.port) < 1 || Number(url.port) > 65535)) {
    throw new ConfigError('DATABASE_URL', 'has an invalid port');
  }
  return value;
}

const MAX_LOGIN_FAILURES = 10_000;

/** A whole number of attempts from 1 to 10 000. */
function parseCount(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const count = /^\d+$/.test(value) ? Number(value) : NaN;
  if (!Number.isInteger(count) || count < 1 || count > MAX_LOGIN_FAILURES) {
    throw new ConfigError(name, `must be a whole number from 1 to ${MAX_LOGIN_FAILURES}`);
  }
  return count;
}

const DURATION_UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86400 };

/** `8h`, `30m`, `45s`, `2d` or plain seconds. */
function parseDuration(name: string, value: string): number {
  const match = /^(\d+)\s*([smhd]?)$/.exec(value);
  const seconds = match ? Number(match[1]) * (DURATION_UNITS[match[2] || 's'] ?? NaN) : NaN;
  if (!Number.isFinite(seconds) || seconds <= 0 || seconds > MAX_TOKEN_TTL_SECONDS) {
    throw new ConfigError(name, 'must be a duration like 8h, 30m or 3600 (seconds), at most 30d');
  }
  return seconds;
}

function errorCode(error: unknown): string {
  if (error instanceof Error && 'code' in error && typeof error.code === 'string') return error.code;
  return error instanceof Error ? error.message : String(error);
}
