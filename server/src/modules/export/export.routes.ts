// File exports over plain HTTP, beside /graphql on the same server and with the same Bearer token:
//   GET /export/indicators.xlsx | .csv ?scope=REPUBLIC|REGION|OFFICE&id=&quarter=2026-Q3&lang=kk|ru|en
//   GET /export/reconciliation/<id>.xlsx | .pdf ?lang=kk|ru|en
// Errors are JSON { error: { code, message, field? } }: 401 UNAUTHENTICATED, 400 BAD_USER_INPUT, 404 NOT_FOUND
// (an unknown unit and one outside the caller's jurisdiction look alike), 500 INTERNAL. The whole file is built
// before anything is sent, and its audit row is written before it is sent: a failure sends no file and writes
// no audit row.
import {
  DomainError,
  ErrorCode,
  LANGS,
  ReconciliationStatus,
  quarterRange,
  type Lang,
} from '@qadagalau/shared';
import { isUUID } from 'class-validator';
import { Router, type Request, type Response } from 'express';
import type { DataSource } from 'typeorm';
import { recordAudit } from '../../common/audit';
import { resolveUser, type AuthUser } from '../../common/auth';
import { Jurisdiction } from '../../common/jurisdiction';
import type { Logger } from '../../common/logger';
import { errorFields } from '../../common/logger';
import type { TokenService } from '../auth/token.service';
import { KpiBreakdownService } from '../kpi/kpi.breakdown';
import { KpiService } from '../kpi/kpi.service';
import { KpiScope } from '../kpi/kpi.types';
import { ReconciliationService } from '../reconciliation/reconciliation.service';
import { indicatorTable, indicatorsCsv, indicatorsXlsx } from './export.indicators';
import {
  actFromDraft,
  actFromSnapshot,
  reconciliationPdf,
  reconciliationXlsx,
} from './export.reconciliation';

export const EXPORT_PATH = '/export';

export const CONTENT_TYPES = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  pdf: 'application/pdf',
} as const;
type Format = keyof typeof CONTENT_TYPES;

export interface ExportDeps {
  dataSource: DataSource;
  tokens: TokenService;
  logger: Logger;
  now: () => Date;
}

const STATUS: Partial<Record<ErrorCode, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.RATE_LIMITED]: 429,
};

const badInput = (field: string, message: string) =>
  new DomainError(ErrorCode.BAD_USER_INPUT, `${field}: ${message}`, { field });

/** One query parameter as a single string (a repeated one is refused). */
function param(req: Request, name: string): string | undefined {
  const value = (req.query as Record<string, unknown>)[name];
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string') throw badInput(name, 'give it once');
  return value;
}

function langOf(req: Request): Lang {
  const lang = param(req, 'lang') ?? 'ru';
  if (!(LANGS as readonly string[]).includes(lang)) throw badInput('lang', 'one of kk, ru, en');
  return lang as Lang;
}

async function userOf(req: Request, deps: ExportDeps): Promise<AuthUser> {
  const user = await resolveUser(deps.tokens, req.headers.authorization);
  if (!user) {
    throw new DomainError(
      ErrorCode.UNAUTHENTICATED,
      req.headers.authorization ? 'The token is not valid: sign in again' : 'Sign in first',
    );
  }
  return user;
}

/** Sends a finished file as an attachment. */
function sendFile(res: Response, format: Format, filename: string, body: Buffer): void {
  res
    .status(200)
    .setHeader('Content-Type', CONTENT_TYPES[format])
    .setHeader('Content-Disposition', `attachment; filename="${filename}"`)
    .setHeader('Content-Length', String(body.length))
    .setHeader('Cache-Control', 'no-store')
    .end(body);
}

/** A file name of safe characters only. */
const safe = (part: string) => part.replace(/[^A-Za-z0-9._-]+/g, '_');

export function exportRouter(deps: ExportDeps): Router {
  const router = Router();
  const log = deps.logger.child({ component: 'export' });

  const handle =
    (run: (req: Request, res: Response) => Promise<void>) =>
    async (req: Request, res: Response): Promise<void> => {
      try {
        await run(req, res);
      } catch (error) {
        const domain = error instanceof DomainError ? error : null;
        const status = (domain && STATUS[domain.code]) ?? 500;
        if (status >= 500) log.error('export failed', { path: req.path, ...errorFields(error) });
        if (res.headersSent) {
          res.destroy();
          return;
        }
        if (status === 401) res.setHeader('WWW-Authenticate', 'Bearer');
        res
          .status(status)
          .setHeader('Cache-Control', 'no-store')
          .json({
            error: {
              code: domain && status < 500 ? domain.code : ErrorCode.INTERNAL,
              message: domain && status < 500 ? domain.message : 'Internal server error',
              ...(domain?.details.field ? { field: domain.details.field } : {}),
            },
          });
      }
    };

  const indicators = (format: 'xlsx' | 'csv') =>
    handle(async (req, res) => {
      const user = await userOf(req, deps);
      const lang = langOf(req);
      const scope = param(req, 'scope');
      if (!scope || !(Object.values(KpiScope) as string[]).includes(scope))
        throw badInput('scope', 'one of REPUBLIC, REGION, OFFICE');
      const quarter = param(req, 'quarter');
      if (!quarter) throw badInput('quarter', 'expected a quarter like 2025-Q3');
      quarterRange(quarter);
      const id = param(req, 'id') ?? null;
      if (scope === KpiScope.REPUBLIC && id) throw badInput('id', 'not taken for REPUBLIC');
      if (scope !== KpiScope.REPUBLIC && !id) throw badInput('id', `name the ${scope.toLowerCase()}`);
      if (id && !isUUID(id)) throw badInput('id', 'not an identifier');

      const db = deps.dataSource;
      const notFound = () =>
        new DomainError(ErrorCode.NOT_FOUND, 'No such unit among those you may see', {
          field: scope === KpiScope.REPUBLIC ? 'scope' : 'id',
        });
      if (id) {
        const table = scope === KpiScope.REGION ? 'region' : 'office';
        const found = (await db.query(`SELECT 1 FROM ${table} WHERE id = $1`, [id])) as unknown[];
        if (found.length === 0) throw notFound();
      }
      const jurisdiction = await Jurisdiction.of(user, db);
      const scopeId = await new KpiService(db)
        .checkScope(scope as KpiScope, id, jurisdiction)
        .catch((error: unknown) => {
          throw error instanceof DomainError && error.code === ErrorCode.FORBIDDEN ? notFound() : error;
        });
      const breakdown = await new KpiBreakdownService(db).breakdown(quarter, scope as KpiScope, scopeId);
      const table = indicatorTable(breakdown, lang);
      const generatedAt = deps.now();
      const body =
        format === 'csv'
          ? indicatorsCsv(table)
          : await indicatorsXlsx(table, { breakdown, lang, generatedAt, generatedBy: user.username });
      const code = breakdown.unit.officeCode ?? breakdown.unit.regionCode;
      const filename = safe(`indicators-${scope}${code ? `-${code}` : ''}-${quarter}-${lang}.${format}`);
      await db.transaction((manager) =>
        recordAudit(manager, user, 'exportIndicators', 'Indicators', scopeId, null, {
          format,
          scope,
          id: scopeId,
          quarter,
          lang,
          rows: breakdown.rows.length,
          bytes: body.length,
          filename,
        }),
      );
      sendFile(res, format, filename, body);
    });

  router.get('/indicators.xlsx', indicators('xlsx'));
  router.get('/indicators.csv', indicators('csv'));

  router.get(
    '/reconciliation/:file',
    handle(async (req, res) => {
      const user = await userOf(req, deps);
      const match = /^(.+)\.(xlsx|pdf)$/.exec(String(req.params['file']));
      if (!match) throw new DomainError(ErrorCode.NOT_FOUND, 'No such export: use <id>.xlsx or <id>.pdf');
      const [, id = '', ext] = match;
      const format = ext as 'xlsx' | 'pdf';
      if (!isUUID(id)) throw badInput('id', 'not an identifier');
      const lang = langOf(req);
      const db = deps.dataSource;
      const jurisdiction = await Jurisdiction.of(user, db);
      const service = new ReconciliationService(db.manager);
      const rec = await service.visible(id, jurisdiction);
      const act =
        rec.status === ReconciliationStatus.SIGNED && rec.frozenAct
          ? actFromSnapshot(rec, rec.frozenAct)
          : await actFromDraft(db.manager, rec);
      const generatedAt = deps.now();
      const body =
        format === 'pdf'
          ? await reconciliationPdf(act, lang, generatedAt)
          : await reconciliationXlsx(act, lang, generatedAt);
      const filename = safe(
        `reconciliation-${act.quarter}-${act.territorialOffice.code ?? 'T'}-${act.specializedOffice.code ?? 'S'}-` +
          `${act.status === ReconciliationStatus.SIGNED ? 'signed' : 'draft'}-${lang}.${format}`,
      );
      await db.transaction((manager) =>
        recordAudit(manager, user, 'exportReconciliation', 'Reconciliation', rec.id, null, {
          format,
          lang,
          status: act.status,
          items: act.items.length,
          bytes: body.length,
          filename,
        }),
      );
      sendFile(res, format, filename, body);
    }),
  );

  // Anything else under /export: a JSON 404, not the dashboard.
  router.use(
    handle(async () => {
      throw new DomainError(ErrorCode.NOT_FOUND, 'No such export');
    }),
  );
  return router;
}
