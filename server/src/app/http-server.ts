// One HTTP server on one port: GraphQL over HTTP and WebSocket at /graphql, health probes, and the dashboard.
import { existsSync } from 'node:fs';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { ErrorCode } from '@qadagalau/shared';
import compression from 'compression';
import express, { type NextFunction, type Request, type Response } from 'express';
import { specifiedRules, validate, type GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import type { DataSource } from 'typeorm';
import { WebSocketServer } from 'ws';
import {
  createErrorFormatter,
  formatGraphQLError,
  INTERNAL_MESSAGE,
  type ErrorFormatOptions,
} from '../common/errors';
import { costLimitPlugin, subscriptionCostErrors } from '../common/cost-limit';
import { depthLimit } from '../common/depth-limit';
import type { Logger } from '../common/logger';
import { errorFields } from '../common/logger';
import type { Config } from './config';
import { resolveUser } from '../common/auth';
import { authorizationFromConnectionParams, buildContext, type AppContext } from './context';
import { dashboardDistDir } from './paths';
import { listenError } from './port';
import type { Readiness } from './readiness';
import type { TokenService } from '../modules/auth/token.service';
import type { CalendarService } from '../modules/calendar/calendar.service';
import { EXPORT_PATH, exportRouter } from '../modules/export/export.routes';
import { watchWebSocketPeers } from '../modules/events/ws-heartbeat';
import { Sessions } from '../modules/auth/sessions';

export const GRAPHQL_PATH = '/graphql';
const API_PATHS = [GRAPHQL_PATH, EXPORT_PATH, '/healthz', '/readyz'];
/** How long in-flight requests get to finish on shutdown before their connections are cut. */
export const DEFAULT_SHUTDOWN_GRACE_MS = 10_000;
/** How long WebSocket clients get to answer the close frame. */
const WS_CLOSE_GRACE_MS = 3_000;

export interface HttpServerDeps {
  config: Pick<Config, 'port' | 'host' | 'nodeEnv'>;
  schema: GraphQLSchema;
  dataSource: DataSource;
  logger: Logger;
  tokens: TokenService;
  calendar: CalendarService;
  now: () => Date;
  readiness: () => Promise<Readiness>;
  dashboardDir?: string;
}

export interface RunningHttpServer {
  port: number;
  /** Stop accepting, close WebSocket connections (1001), let in-flight requests finish, then stop Apollo. */
  stop(graceMs?: number): Promise<void>;
}

export async function startHttpServer(deps: HttpServerDeps): Promise<RunningHttpServer> {
  const { config, schema, logger } = deps;
  const log = logger.child({ component: 'http' });
  const errorOptions: ErrorFormatOptions = { exposeStack: config.nodeEnv === 'development', logger: log };
  let stopping = false;
  const inFlight = new Set<ServerResponse>();

  const apollo = new ApolloServer<AppContext>({
    schema,
    formatError: createErrorFormatter(errorOptions),
    // Stack traces are added (development only) by our formatter, not Apollo's.
    includeStacktraceInErrorResponses: false,
    introspection: config.nodeEnv !== 'production',
    validationRules: [depthLimit()],
    // Apollo would stop itself on SIGTERM and re-raise the signal; main.ts owns the shutdown order instead.
    stopOnTerminationSignals: false,
    // No field carries a cache hint (every answer is scoped to its user): the default cache-control plugin would
    // only wrap every field resolver — about 11% of the server's CPU per hearings page (issue 7 throughput profile).
    plugins: [
      legacyJsonRequestErrorStatus,
      ApolloServerPluginCacheControlDisabled(),
      costLimitPlugin(schema),
    ],
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.use((req, res, next) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    inFlight.add(res);
    res.once('close', () => inFlight.delete(res));
    // Keep-alive connections would otherwise stay open after their last response and hold shutdown back.
    if (stopping) res.setHeader('Connection', 'close');
    next();
  });

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const readiness: Readiness = stopping
      ? { ready: false, reason: 'shutting down' }
      : await deps.readiness();
    res.setHeader('Cache-Control', 'no-store');
    if (readiness.ready) res.json({ status: 'ready' });
    else res.status(503).json({ status: 'unavailable', reason: readiness.reason });
  });

  app.use(
    GRAPHQL_PATH,
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      context: ({ req }) =>
        buildContext(deps, {
          authorization: req.headers.authorization,
          clientAddress: req.socket.remoteAddress,
        }),
    }),
  );

  // File exports (XLSX, CSV, PDF) with the same Bearer token as /graphql.
  app.use(EXPORT_PATH, exportRouter(deps));

  serveDashboard(app, deps.dashboardDir ?? dashboardDistDir, log);

  // Express's default handler answers with an HTML page (and a stack trace outside production).
  app.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const status = httpStatusOf(error);
    if (status >= 500) log.error('unhandled error in an HTTP request', errorFields(error));
    if (res.headersSent) return;
    const clientError = status < 500 && error instanceof Error;
    res.status(status).json({
      errors: [
        {
          message: clientError ? error.message : INTERNAL_MESSAGE,
          extensions: { code: clientError ? ErrorCode.BAD_USER_INPUT : ErrorCode.INTERNAL },
        },
      ],
    });
  });

  const httpServer = createServer(app);
  // Logout revocations (every instance) and closing live connections when their token expires or is revoked.
  const sessions = new Sessions(deps).start();
  const wsRules = [...specifiedRules, depthLimit()];
  const wsServer = new WebSocketServer({ server: httpServer, path: GRAPHQL_PATH });
  watchWebSocketPeers(wsServer, log); // vanished peers are let go (issue 8, dropped sockets)
  const wsCleanup = useServer(
    {
      schema,
      ...sessions.socketHooks,
      // The same validation as over HTTP, depth limit included.
      validate: (schemaToCheck, document) => validate(schemaToCheck, document, wsRules),
      // The cost limit, with the budget of the connection's user (the token is checked again per operation).
      onSubscribe: async (ctx, _id, payload) => {
        const user = await resolveUser(deps.tokens, authorizationFromConnectionParams(ctx.connectionParams));
        return subscriptionCostErrors(schema, payload, user?.role ?? null, wsRules);
      },
      context: (ctx) =>
        buildContext(deps, {
          authorization: authorizationFromConnectionParams(ctx.connectionParams),
          clientAddress: ctx.extra.request.socket.remoteAddress,
        }),
      // The same error mapping as over HTTP: codes from ErrorCode, no internals.
      onNext: (_ctx, _id, _payload, _args, result) =>
        result.errors
          ? { ...result, errors: result.errors.map((e) => formatGraphQLError(e, errorOptions)) }
          : result,
      onError: (_ctx, _id, _payload, errors) => errors.map((e) => formatGraphQLError(e, errorOptions)),
    },
    wsServer,
  );

  await new Promise<void>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException): void => reject(listenError(error, config));
    httpServer.once('error', onError);
    httpServer.listen(config.port, config.host, () => {
      httpServer.off('error', onError);
      resolve();
    });
  });
  httpServer.on('error', (error) => log.error('http server error', errorFields(error)));
  const { port } = httpServer.address() as AddressInfo;

  const stop = async (graceMs = DEFAULT_SHUTDOWN_GRACE_MS): Promise<void> => {
    if (stopping) return;
    stopping = true;
    const closed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
    // Responses not yet started close their connection when done; idle keep-alive connections close now.
    for (const res of inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');
    httpServer.closeIdleConnections();
    const idleSweep = setInterval(() => httpServer.closeIdleConnections(), 100);

    // graphql-ws sends 1001 "Going away" to every client, then waits for their close frames.
    const disposed = await settlesWithin(wsCleanup.dispose(), WS_CLOSE_GRACE_MS);
    if (!disposed) for (const client of wsServer.clients) client.terminate();
    await sessions.stop();

    const drained = await settlesWithin(closed, graceMs);
    clearInterval(idleSweep);
    if (!drained) {
      log.warn('in-flight requests did not finish in time; closing their connections', {
        open: inFlight.size,
      });
      httpServer.closeAllConnections();
      await closed;
    }
    // Last: a request whose body was still arriving must still find Apollo running.
    await apollo.stop();
    log.info('http server stopped');
  };

  return { port, stop };
}

/**
 * GraphQL over HTTP (§ application/json): a client that does not accept application/graphql-response+json gets
 * 200 for a document that fails to parse or validate, or whose variables do not coerce — the errors are in the
 * body, as legacy clients expect. application/graphql-response+json clients keep the 400.
 */
const DOCUMENT_ERROR_CODES: ReadonlySet<unknown> = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  // The cost limit's answer to a caller not signed in (common/cost-limit.ts): refused before execution too.
  'UNAUTHENTICATED',
]);

export const legacyJsonRequestErrorStatus: ApolloServerPlugin<AppContext> = {
  async requestDidStart() {
    return {
      async willSendResponse({ request, response, errors }) {
        const status = response.http.status;
        if ((status !== 400 && status !== 401) || response.body.kind !== 'single') return;
        if ('data' in response.body.singleResult || !errors?.length) return;
        // Only errors of the document and its variables; a malformed request (BAD_REQUEST) keeps its 400.
        if (!errors.every((e) => DOCUMENT_ERROR_CODES.has(e.extensions['code']))) return;
        const accept = request.http?.headers.get('accept') ?? '';
        if (!accept.includes('application/graphql-response+json')) response.http.status = 200;
      },
    };
  },
};

/** body-parser and http-errors put the intended status on the error (e.g. 400 for malformed JSON). */
function httpStatusOf(error: unknown): number {
  const status = typeof error === 'object' && error !== null && 'status' in error ? error.status : undefined;
  return typeof status === 'number' && status >= 400 && status < 600 ? status : 500;
}

/** The built dashboard with an SPA fallback; a placeholder page until the dashboard is built. */
function serveDashboard(app: express.Express, dir: string, log: Logger): void {
  const index = path.join(dir, 'index.html');
  if (!existsSync(index)) {
    log.warn('dashboard is not built; serving a placeholder page', { dir });
    app.get(/.*/, (req, res, next) => {
      if (isApiPath(req.path)) return next();
      res.status(200).type('html').setHeader('Cache-Control', 'no-store').send(PLACEHOLDER_HTML);
    });
    return;
  }
  // gzip for the dashboard's files (the API's routes were registered before and are not affected): the initial
  // JavaScript shrinks about threefold on its way to an office on a slow line.
  app.use(compression({ threshold: 1024 }));
  app.use(
    express.static(dir, {
      index: ['index.html'],
      setHeaders: (res, file) => {
        // Vite puts content hashes in asset names: cache them for good, but always revalidate index.html.
        if (file.includes(`${path.sep}assets${path.sep}`)) {
          res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
        } else {
          res.setHeader('Cache-Control', 'no-cache');
        }
      },
    }),
  );
  app.get(/.*/, (req: Request, res: Response, next) => {
    // Client-side routes get the app; a missing /assets/x.js stays a 404 rather than HTML with a JS MIME error.
    const wantsPage = path.extname(req.path) === '' || (req.headers.accept ?? '').includes('text/html');
    if (isApiPath(req.path) || !wantsPage) return next();
    res.setHeader('Cache-Control', 'no-cache');
    res.sendFile(index);
  });
}

function isApiPath(requestPath: string): boolean {
  return API_PATHS.some((api) => requestPath === api || requestPath.startsWith(`${api}/`));
}

async function settlesWithin(promise: Promise<unknown> | void, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const settled = Promise.resolve(promise).then(
    () => true,
    () => true,
  );
  const timedOut = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([settled, timedOut]);
  } finally {
    clearTimeout(timer);
  }
}

const PLACEHOLDER_HTML = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Qadagalau</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:4rem auto;padding:0 1rem;color:#1f2937}
code{background:#f3f4f6;padding:.1rem .3rem;border-radius:.2rem}</style></head>
<body>
<h1>Qadagalau</h1>
<p>The server is running, but the dashboard is not built yet.</p>
<p>Build it with <code>npm run build -w dashboard</code> and reload. The GraphQL API is at
<a href="/graphql"><code>/graphql</code></a>.</p>
</body>
</html>
`;
