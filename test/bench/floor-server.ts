// The framework floor of the throughput benchmark (issue 7): the hearings list served by bare graphql-js on
// node:http — no Apollo, no type-graphql, no Express, no TypeORM — with the SAME work the product does for it:
// - the product's schema (server/schema.graphql through buildSchema), so the document validates the same;
// - the caller's JWT verified with jose (same secret, issuer, audience, algorithm as modules/auth/token.service);
// - the same SQL statements, in the same order, over a `pg` Pool of the product's size (data-source.ts):
//   the jurisdiction's office lookup (common/jurisdiction.ts), COUNT and the keyset page (common/relay.ts
//   paginate), then the DataLoader batches of the nested fields (common/loaders.ts: court, prosecutor, office,
//   case, notifications by case), with TypeORM's own statement texts (column lists and aliases included);
// - the same JSON out (the bench asserts deep equality with the product's answer before it measures).
// What a bare server would do on its own is allowed: parsed and validated documents are cached by their text
// (Apollo keeps such a document store too), so the floor is as fast as a bare server reasonably gets.
//
// Run as a process: `node bench/dist/bench/floor-server.js` with DATABASE_URL, JWT_SECRET, PORT (0: any),
// POOL_SIZE (default 10); it prints `floor listening on <port>` when ready. Or in-process: startFloorServer().
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import path from 'node:path';
import DataLoader from 'dataloader';
import type { GraphQLObjectType, GraphQLScalarType } from 'graphql';
import {
  buildSchema,
  execute,
  GraphQLError,
  parse,
  validate,
  type DocumentNode,
  type GraphQLFieldResolver,
  type GraphQLSchema,
} from 'graphql';
import { Pool, type PoolConfig } from 'pg';
import { repoRoot } from '../support/paths';

/** TypeORM's pool size for the product (server/src/database/data-source.ts DEFAULT_POOL_SIZE). */
export const PRODUCT_POOL_SIZE = 10;
/** data-source.ts: statement timeout and idle-in-transaction timeout of every product connection. */
const STATEMENT_TIMEOUT_MS = 15_000;
const IDLE_IN_TRANSACTION_MS = 60_000;
const MAX_PAGE_SIZE = 100;
const MAX_BODY_BYTES = 1024 * 1024;
const NIL_UUID = '00000000-0000-0000-0000-000000000000';

export interface FloorOptions {
  databaseUrl: string;
  jwtSecret: string;
  port?: number;
  host?: string;
  poolSize?: number;
  /** Called with every SQL statement before it runs (the smoke test compares them with the product's). */
  onStatement?: (sql: string) => void;
}

export interface FloorServer {
  url: string;
  port: number;
  /** SQL statements run so far (the smoke test compares the count per request with the product's). */
  statements(): number;
  close(): Promise<void>;
}

// ── Authentication: jose, as the product (server/src/modules/auth/token.service.ts) ───────────────────────
interface Jose {
  jwtVerify(
    token: string,
    key: Uint8Array,
    options: { issuer: string; audience: string; algorithms: string[] },
  ): Promise<{ payload: Record<string, unknown> }>;
}
// jose is the server's dependency (server/node_modules): load the very copy the product uses.
const jose = createRequire(path.join(repoRoot, 'server', 'package.json'))('jose') as Jose;
const ROLES = new Set(['ADMIN', 'DEPARTMENT', 'REGIONAL', 'DISTRICT', 'SPECIALIZED']);
const BEARER = /^Bearer\s+(\S+)$/i;

interface FloorUser {
  id: string;
  role: string;
  officeId: string | null;
}

async function verifyUser(key: Uint8Array, header: string | undefined): Promise<FloorUser | null> {
  const token = header?.trim().match(BEARER)?.[1];
  if (!token) return null;
  try {
    const { payload } = await jose.jwtVerify(token, key, {
      issuer: 'qadagalau',
      audience: 'qadagalau-api',
      algorithms: ['HS256'],
    });
    const { sub, username, role, officeId } = payload;
    if (typeof sub !== 'string' || typeof username !== 'string' || typeof role !== 'string') return null;
    if (!ROLES.has(role)) return null;
    return { id: sub, role, officeId: typeof officeId === 'string' ? officeId : null };
  } catch {
    return null;
  }
}

// ── SQL: TypeORM's statement texts ─────────────────────────────────────────────────────────────────────
const COLUMNS = {
  hearing: [
    'id',
    'created_at',
    'updated_at',
    'version',
    'case_id',
    'court_id',
    'instance',
    'scheduled_at',
    'status',
    'prosecutor_id',
    'attended',
    'attended_by_office_id',
    'note',
  ],
  court: [
    'id',
    'created_at',
    'updated_at',
    'version',
    'code',
    'kind',
    'instance',
    'region_id',
    'locality_id',
    'name_kk',
    'name_ru',
    'name_en',
    'website',
    'sort_order',
  ],
  prosecutor: [
    'id',
    'created_at',
    'updated_at',
    'version',
    'full_name',
    'position',
    'office_id',
    'specializations',
    'active',
  ],
  office: [
    'id',
    'created_at',
    'updated_at',
    'version',
    'code',
    'kind',
    'parent_id',
    'region_id',
    'locality_id',
    'name_kk',
    'name_ru',
    'name_en',
    'short_name_kk',
    'short_name_ru',
    'short_name_en',
    'sort_order',
  ],
  court_case: [
    'id',
    'created_at',
    'updated_at',
    'version',
    'number',
    'koap_article',
    'koap_part',
    'summary',
    'offender_name',
    'offender_birth_date',
    'registered_on',
    'region_id',
    'court_id',
    'territorial_office_id',
    'initiating_office_id',
    'theme_codes',
    'instance',
    'proceeding',
    'spheres',
    'sanctions',
    'offender_minor',
    'offender_military',
    'offender_duty_related',
    'initiator',
    'higher_prosecutor_required',
    'act_kind',
    'prosecutor_agrees',
    'mandatory',
    'grounds',
    'responsible_kind',
    'responsible_office_id',
    'specialized_office_id',
    'initiating_unit',
    'fallback',
    'notify_specialized',
    'explanation',
  ],
  notification: [
    'id',
    'created_at',
    'updated_at',
    'version',
    'case_id',
    'from_office_id',
    'to_office_id',
    'channel',
    'registration_number',
    'sent_at',
    'acknowledged_at',
  ],
} as const;

type Table = keyof typeof COLUMNS;

function selectList(table: Table, alias: string): string {
  return COLUMNS[table].map((c) => `"${alias}"."${c}" AS "${alias}_${c}"`).join(', ');
}

const camel = (s: string): string => s.replace(/_([a-z])/g, (_m, c: string) => c.toUpperCase());

type Row = Record<string, unknown>;

/** TypeORM's hydration of an aliased row: `Case_koap_article` → { koapArticle }. */
function hydrate(row: Row, alias: string): Row {
  const out: Row = {};
  const prefix = alias.length + 1;
  for (const [key, value] of Object.entries(row)) out[camel(key.slice(prefix))] = value;
  return out;
}

const placeholders = (from: number, n: number): string =>
  Array.from({ length: n }, (_, i) => `$${from + i}`).join(', ');

// ── The request: per-request loaders, as common/loaders.ts ─────────────────────────────────────────────
interface Context {
  user: FloorUser | null;
  query: (sql: string, params: unknown[]) => Promise<Row[]>;
  loaders: ReturnType<typeof createLoaders>;
}

function createLoaders(query: Context['query']) {
  const byId = (table: Table, entity: string) =>
    new DataLoader<string, Row | null>(async (ids) => {
      const rows = await query(
        `SELECT ${selectList(table, entity)} FROM "${table}" "${entity}" WHERE (("${entity}"."id" IN (${placeholders(1, ids.length)})))`,
        [...ids],
      );
      const found = new Map(rows.map((r) => hydrate(r, entity)).map((r) => [r['id'] as string, r]));
      return ids.map((id) => found.get(id) ?? null);
    });
  const byCase = (table: Table, entity: string, orderBy: string) =>
    new DataLoader<string, Row[]>(async (caseIds) => {
      const rows = await query(
        `SELECT ${selectList(table, entity)} FROM "${table}" "${entity}" WHERE (("${entity}"."case_id" IN (${placeholders(1, caseIds.length)}))) ORDER BY "${entity}"."${orderBy}" ASC, "${entity}"."id" ASC`,
        [...caseIds],
      );
      const grouped = new Map<string, Row[]>();
      for (const row of rows.map((r) => hydrate(r, entity))) {
        const key = row['caseId'] as string;
        grouped.set(key, [...(grouped.get(key) ?? []), row]);
      }
      return caseIds.map((id) => grouped.get(id) ?? []);
    });
  return {
    office: byId('office', 'Office'),
    court: byId('court', 'Court'),
    prosecutor: byId('prosecutor', 'Prosecutor'),
    case: byId('court_case', 'Case'),
    notificationsByCase: byCase('notification', 'Notification', 'sent_at'),
  };
}

function coded(code: string, message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code } });
}

// ── Query.hearings: hearing.resolver.ts + jurisdiction.ts + relay.ts ───────────────────────────────────
interface HearingsArgs {
  first: number;
  after?: string | null;
  filter?: {
    regionIds?: string[] | null;
    officeIds?: string[] | null;
    courtIds?: string[] | null;
    mandatoryOnly?: boolean | null;
    from?: Date | null;
    to?: Date | null;
    statuses?: string[] | null;
    theme?: string | null;
  } | null;
}

const hearings: GraphQLFieldResolver<unknown, Context, HearingsArgs> = async (_root, args, ctx) => {
  const user = ctx.user;
  if (!user) throw coded('UNAUTHENTICATED', 'Sign in first');
  if (!Number.isInteger(args.first) || args.first < 1 || args.first > MAX_PAGE_SIZE) {
    throw coded('BAD_USER_INPUT', `first must be between 1 and ${MAX_PAGE_SIZE}`);
  }
  const params: unknown[] = [];
  const param = (value: unknown): string => `$${params.push(value)}`;

  // Jurisdiction.of, then whereCase
  const caseWhere: string[] = [];
  let regionId: string | null = null;
  const office = user.officeId ?? NIL_UUID;
  switch (user.role) {
    case 'ADMIN':
    case 'DEPARTMENT':
      break;
    case 'REGIONAL':
    case 'DISTRICT': {
      const [row] = await ctx.query('SELECT region_id AS "regionId" FROM office WHERE id = $1', [
        user.officeId,
      ]);
      if (user.role === 'REGIONAL') {
        regionId = (row?.['regionId'] as string | undefined) ?? null;
        caseWhere.push(`("c"."region_id" = ${param(regionId)})`);
      } else {
        const p = param(office);
        caseWhere.push(`("c"."responsible_office_id" = ${p} OR "c"."territorial_office_id" = ${p})`);
      }
      break;
    }
    case 'SPECIALIZED': {
      const rows = await ctx.query(
        `SELECT l.id FROM office o JOIN locality l ON l.id = o.locality_id OR l.parent_id = o.locality_id
            WHERE o.id = $1`,
        [user.officeId],
      );
      const p = param(office);
      caseWhere.push(
        `("c"."responsible_office_id" = ${p} OR "c"."specialized_office_id" = ${p} OR "c"."court_id" IN (SELECT id FROM court WHERE locality_id = ANY(${param(rows.map((r) => r['id']))}::uuid[])))`,
      );
      break;
    }
    default:
      throw coded('FORBIDDEN', 'unknown role');
  }
  const filter = args.filter ?? {};
  if (filter.regionIds) {
    // As the product (hearing.resolver.ts): a regional office's jurisdiction already is its region.
    if (user.role === 'REGIONAL') {
      if (!filter.regionIds.includes(regionId ?? '')) caseWhere.push('false');
    } else {
      caseWhere.push(`"c"."region_id" = ANY(${param(filter.regionIds)}::uuid[])`);
    }
  }
  if (filter.officeIds) {
    caseWhere.push(`"c"."responsible_office_id" = ANY(${param(filter.officeIds)}::uuid[])`);
  }
  if (filter.mandatoryOnly) caseWhere.push('"c"."mandatory"');
  if (filter.theme) caseWhere.push(`${param(filter.theme)} = ANY("c"."theme_codes")`);

  const cases = `SELECT "c"."id" AS "c_id" FROM "court_case" "c"${caseWhere.length ? ` WHERE ${caseWhere.join(' AND ')}` : ''}`;
  const where = [`"h"."case_id" IN (${cases})`];
  if (filter.courtIds) where.push(`"h"."court_id" = ANY(${param(filter.courtIds)}::uuid[])`);
  if (filter.statuses) where.push(`"h"."status"::text = ANY(${param(filter.statuses)}::text[])`);
  if (filter.from) where.push(`"h"."scheduled_at" >= ${param(filter.from)}`);
  if (filter.to) where.push(`"h"."scheduled_at" < ${param(filter.to)}`);

  // paginate(): COUNT first, then the page and one row more
  const [count] = await ctx.query(
    `SELECT COUNT(1) AS "cnt" FROM "hearing" "h" WHERE ${where.join(' AND ')}`,
    [...params],
  );
  if (args.after) {
    const [sort, id] = decodeCursor(args.after);
    where.push(`("h"."scheduled_at", "h"."id") > (${param(sort)}, ${param(id)})`);
  }
  const rows = await ctx.query(
    `SELECT ${selectList('hearing', 'h')} FROM "hearing" "h" WHERE ${where.join(' AND ')} ORDER BY "h"."scheduled_at" ASC, "h"."id" ASC LIMIT ${args.first + 1}`,
    params,
  );
  const page = rows.slice(0, args.first).map((r) => hydrate(r, 'h'));
  const edges = page.map((node) => ({
    node,
    cursor: Buffer.from(JSON.stringify([(node['scheduledAt'] as Date).toISOString(), node['id']])).toString(
      'base64url',
    ),
  }));
  return {
    edges,
    totalCount: Number(count?.['cnt'] ?? 0),
    pageInfo: {
      hasNextPage: rows.length > args.first,
      hasPreviousPage: false,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
};

function decodeCursor(cursor: string): [string | number, string] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      (typeof value[0] === 'string' || typeof value[0] === 'number') &&
      typeof value[1] === 'string'
    ) {
      return [value[0], value[1]];
    }
  } catch {
    // fall through
  }
  throw coded('BAD_USER_INPUT', 'after: not a cursor of this list');
}

// ── The schema: the product's SDL with resolvers for what the hearings document asks ───────────────────
export function buildFloorSchema(): GraphQLSchema {
  const schema = buildSchema(readFileSync(path.join(repoRoot, 'server', 'schema.graphql'), 'utf8'));
  const dateTime = schema.getType('DateTimeISO') as GraphQLScalarType;
  Object.assign(dateTime, {
    serialize: (value: unknown) => (value instanceof Date ? value.toISOString() : value),
    parseValue: (value: unknown) => {
      const date = typeof value === 'string' ? new Date(value) : null;
      if (!date || Number.isNaN(date.getTime())) throw new TypeError('not a date-time');
      return date;
    },
  });
  const resolve = (type: string, field: string, fn: GraphQLFieldResolver<Row, Context>): void => {
    const f = (schema.getType(type) as GraphQLObjectType).getFields()[field];
    if (!f) throw new Error(`schema.graphql has no ${type}.${field}`);
    f.resolve = fn as GraphQLFieldResolver<unknown, unknown>;
  };
  resolve('Query', 'hearings', hearings as GraphQLFieldResolver<Row, Context>);
  resolve('Hearing', 'case', (h, _a, ctx) => ctx.loaders.case.load(h['caseId'] as string));
  resolve('Hearing', 'court', (h, _a, ctx) => ctx.loaders.court.load(h['courtId'] as string));
  resolve('Hearing', 'prosecutor', (h, _a, ctx) =>
    h['prosecutorId'] ? ctx.loaders.prosecutor.load(h['prosecutorId'] as string) : null,
  );
  resolve('Hearing', 'attendedByOffice', (h, _a, ctx) =>
    h['attendedByOfficeId'] ? ctx.loaders.office.load(h['attendedByOfficeId'] as string) : null,
  );
  resolve('Prosecutor', 'office', (p, _a, ctx) => ctx.loaders.office.load(p['officeId'] as string));
  resolve('Case', 'responsibleOffice', (c, _a, ctx) =>
    ctx.loaders.office.load(c['responsibleOfficeId'] as string),
  );
  resolve('Case', 'specializedOffice', (c, _a, ctx) =>
    c['specializedOfficeId'] ? ctx.loaders.office.load(c['specializedOfficeId'] as string) : null,
  );
  resolve('Case', 'court', (c, _a, ctx) => ctx.loaders.court.load(c['courtId'] as string));
  resolve('Case', 'groundExplanations', (c) => {
    const grounds = (c['explanation'] as { grounds?: Row[] } | null)?.grounds ?? [];
    return grounds.map((e) => ({ ...e, article: e['article'] ?? null }));
  });
  resolve('Case', 'notifications', (c, _a, ctx) => ctx.loaders.notificationsByCase.load(c['id'] as string));
  return schema;
}

// ── HTTP ───────────────────────────────────────────────────────────────────────────────────────────────
function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) reject(new Error('body too large'));
      else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, body: unknown): void {
  // Apollo ends its JSON with a newline: so does the floor, and the two answers are byte-identical.
  const text = `${JSON.stringify(body)}\n`;
  res.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(text),
  });
  res.end(text);
}

export async function startFloorServer(options: FloorOptions): Promise<FloorServer> {
  const schema = buildFloorSchema();
  const key = new TextEncoder().encode(options.jwtSecret);
  const poolConfig: PoolConfig = {
    connectionString: options.databaseUrl,
    max: options.poolSize ?? PRODUCT_POOL_SIZE,
    connectionTimeoutMillis: 5_000,
    application_name: 'qadagalau-floor',
    statement_timeout: STATEMENT_TIMEOUT_MS,
    idle_in_transaction_session_timeout: IDLE_IN_TRANSACTION_MS,
  };
  const pool = new Pool(poolConfig);
  let statements = 0;
  const query = async (sql: string, params: unknown[]): Promise<Row[]> => {
    statements++;
    options.onStatement?.(sql);
    return (await pool.query<Row>(sql, params)).rows;
  };
  await pool.query('SELECT 1');
  const documents = new Map<string, DocumentNode>();

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const url = req.url ?? '/';
    if (req.method === 'GET' && (url === '/readyz' || url === '/healthz')) {
      send(res, 200, { status: 'ready' });
      return;
    }
    if (url !== '/graphql' || req.method !== 'POST') {
      send(res, 404, { errors: [{ message: 'not found' }] });
      return;
    }
    let request: { query?: unknown; variables?: unknown; operationName?: unknown };
    try {
      request = JSON.parse(await readBody(req)) as typeof request;
    } catch {
      send(res, 400, { errors: [{ message: 'malformed JSON', extensions: { code: 'BAD_REQUEST' } }] });
      return;
    }
    if (typeof request.query !== 'string') {
      send(res, 400, { errors: [{ message: 'query missing', extensions: { code: 'BAD_REQUEST' } }] });
      return;
    }
    let document = documents.get(request.query);
    if (!document) {
      let parsed: DocumentNode;
      try {
        parsed = parse(request.query);
      } catch (error) {
        send(res, 200, {
          errors: [{ message: (error as Error).message, extensions: { code: 'GRAPHQL_PARSE_FAILED' } }],
        });
        return;
      }
      const errors = validate(schema, parsed);
      if (errors.length) {
        send(res, 200, {
          errors: errors.map((e) => ({
            message: e.message,
            extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
          })),
        });
        return;
      }
      document = parsed;
      if (documents.size < 1_000) documents.set(request.query, document);
    }
    const context: Context = {
      user: await verifyUser(key, req.headers.authorization),
      query,
      loaders: createLoaders(query),
    };
    const result = await execute({
      schema,
      document,
      variableValues: (request.variables ?? undefined) as Record<string, unknown> | undefined,
      operationName: typeof request.operationName === 'string' ? request.operationName : undefined,
      contextValue: context,
    });
    const body = result.errors
      ? {
          ...result,
          errors: result.errors.map((e) => ({
            message: e.message,
            ...(e.locations ? { locations: e.locations } : {}),
            ...(e.path ? { path: e.path } : {}),
            extensions: { code: (e.extensions['code'] as string | undefined) ?? 'INTERNAL' },
          })),
        }
      : result;
    send(res, 200, body);
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent)
        send(res, 500, { errors: [{ message: String(error), extensions: { code: 'INTERNAL' } }] });
      else res.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    statements: () => statements,
    close: async () => {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await pool.end();
    },
  };
}

if (require.main === module) {
  const env = process.env;
  const databaseUrl = env['DATABASE_URL'];
  const jwtSecret = env['JWT_SECRET'];
  if (!databaseUrl || !jwtSecret) {
    process.stderr.write('floor-server: DATABASE_URL and JWT_SECRET are required\n');
    process.exit(2);
  }
  startFloorServer({
    databaseUrl,
    jwtSecret,
    port: Number(env['PORT'] ?? 0),
    poolSize: Number(env['POOL_SIZE'] ?? PRODUCT_POOL_SIZE),
  })
    .then((floor) => {
      process.stdout.write(`floor listening on ${floor.port}\n`);
      const stop = (): void => {
        floor.close().then(
          () => process.exit(0),
          () => process.exit(1),
        );
      };
      process.once('SIGTERM', stop);
      process.once('SIGINT', stop);
    })
    .catch((error: unknown) => {
      process.stderr.write(
        `floor-server: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exit(1);
    });
}
