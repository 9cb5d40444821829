// Issue 6 (server side of the Indicators and Reconciliation screens): the indicatorBreakdown drill-down
// (republic → regions → offices, each row equal to the indicators of its unit, the rows adding up to the total),
// and the file exports over HTTP — indicators as XLSX and CSV, the para 7 reconciliation act as XLSX and PDF —
// read back with exceljs and pdftotext, with the same token and jurisdiction as /graphql, an audit row per file,
// and coded JSON refusals that write nothing.
import { execFileSync } from 'node:child_process';
import { Workbook, type Worksheet } from 'exceljs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { graphql, type GraphQLResponse } from '../support/graphql';
import { createDatabase, tableRowCounts, withClient } from '../support/postgres';
import { startServer, type ServerProcess } from '../support/server';

const USERS = ['admin', 'analyst', 'regional', 'district', 'military', 'transport'] as const;
type DemoUser = (typeof USERS)[number];

interface Ratio {
  numerator: number;
  denominator: number;
  percent: number | null;
}
interface Indicators {
  quarter: string;
  from: string;
  to: string;
  scope: string;
  scopeId: string | null;
  appealProtestEffectiveness: Ratio;
  protestSatisfaction: { unsatisfied: number; considered: number; percent: number | null };
  responseEffectiveness: Ratio;
}
interface Unit {
  scope: string;
  id: string | null;
  regionId: string | null;
  regionCode: string | null;
  officeId: string | null;
  officeCode: string | null;
  officeKind: string | null;
  nameKk: string;
  nameRu: string;
  nameEn: string;
  drillScope: string | null;
}
interface Breakdown {
  quarter: string;
  from: string;
  to: string;
  unit: Unit;
  total: Indicators;
  rows: { unit: Unit; indicators: Indicators }[];
}

const KPI = `quarter from to scope scopeId
  appealProtestEffectiveness { numerator denominator percent }
  protestSatisfaction { unsatisfied considered percent }
  responseEffectiveness { numerator denominator percent }`;
const UNIT = `scope id regionId regionCode officeId officeCode officeKind nameKk nameRu nameEn drillScope`;
const BREAKDOWN = `query ($scope: KpiScope!, $id: ID, $quarter: String!) {
  indicatorBreakdown(scope: $scope, id: $id, quarter: $quarter) {
    quarter from to unit { ${UNIT} } total { ${KPI} } rows { unit { ${UNIT} } indicators { ${KPI} } } } }`;
const INDICATORS = `query ($quarter: String!, $scope: KpiScope!, $id: ID) {
  indicators(quarter: $quarter, scope: $scope, id: $id) { ${KPI} } }`;

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The nine figures of a row, as the exports write them (percent columns as percents). */
const figures = (i: Indicators): (number | null)[] => [
  i.appealProtestEffectiveness.numerator,
  i.appealProtestEffectiveness.denominator,
  i.appealProtestEffectiveness.percent,
  i.protestSatisfaction.unsatisfied,
  i.protestSatisfaction.considered,
  i.protestSatisfaction.percent,
  i.responseEffectiveness.numerator,
  i.responseEffectiveness.denominator,
  i.responseEffectiveness.percent,
];

/** The header rows the exports must write, per language (the specification of the files). */
const HEADERS: Record<'kk' | 'ru' | 'en', (unit: string) => string[]> = {
  kk: (unit) => [
    unit,
    '22-тармақ: алымы',
    '22-тармақ: бөлімі',
    '22-тармақ: %',
    '23-тармақ: қанағаттандырылмаған',
    '23-тармақ: қаралған',
    '23-тармақ: %',
    '24-тармақ: алымы',
    '24-тармақ: бөлімі',
    '24-тармақ: %',
  ],
  ru: (unit) => [
    unit,
    'п. 22: числитель',
    'п. 22: знаменатель',
    'п. 22: %',
    'п. 23: не удовлетворено',
    'п. 23: рассмотрено',
    'п. 23: %',
    'п. 24: числитель',
    'п. 24: знаменатель',
    'п. 24: %',
  ],
  en: (unit) => [
    unit,
    'Para 22: numerator',
    'Para 22: denominator',
    'Para 22: %',
    'Para 23: unsatisfied',
    'Para 23: considered',
    'Para 23: %',
    'Para 24: numerator',
    'Para 24: denominator',
    'Para 24: %',
  ],
};

/** RFC 4180 parser (quoted fields, doubled quotes, CRLF), strict enough to catch a malformed file. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  while (i < text.length) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (ch === '"') {
        quoted = false;
        i++;
        if (i < text.length && !/[,\r]/.test(text[i] ?? '')) throw new Error(`junk after a quote at ${i}`);
      } else {
        field += ch;
        i++;
      }
    } else if (ch === '"') {
      if (field !== '') throw new Error(`a quote inside an unquoted field at ${i}`);
      quoted = true;
      i++;
    } else if (ch === ',') {
      row.push(field);
      field = '';
      i++;
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i += 2;
    } else if (ch === '\n' || ch === '\r') {
      throw new Error(`a bare line break at ${i}`);
    } else {
      field += ch;
      i++;
    }
  }
  if (quoted) throw new Error('unterminated quote');
  if (field !== '' || row.length > 0) throw new Error('the last line has no CRLF');
  return rows;
}

/** A cell's value as a plain number / string / null. */
function cellValue(sheet: Worksheet, row: number, col: number): unknown {
  const value = sheet.getRow(row).getCell(col).value;
  return value === undefined ? null : value;
}

/** 'YYYY-MM-DD HH:mm' in Asia/Almaty, as the act prints its timestamps. */
function almatyMinute(iso: string): string {
  const local = new Date(new Date(iso).getTime() + 5 * 3600_000).toISOString();
  return `${local.slice(0, 10)} ${local.slice(11, 16)}`;
}

function hasPdftotext(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
}

describe('indicator breakdown and file exports', () => {
  let url: string;
  let databaseUrl: string;
  let server: ServerProcess;
  const tokens = {} as Record<DemoUser, string>;
  const offices = {} as Record<'district' | 'military' | 'regional' | 'transport', string>;
  let karaganda: string;
  let astana: string;
  /** The quarter of the demo data with the most to count. */
  let quarter: string;

  const as = (user: DemoUser) => ({ authorization: `Bearer ${tokens[user]}` });
  const gql = <T>(user: DemoUser, query: string, variables: Record<string, unknown> = {}) =>
    graphql<T>(url, query, variables, as(user));
  const sql = async <T = Record<string, unknown>>(text: string, params: unknown[] = []): Promise<T[]> =>
    withClient(databaseUrl, async (c) => (await c.query(text, params)).rows as T[]);
  const code = (answer: GraphQLResponse<unknown>): unknown => answer.errors?.[0]?.extensions?.['code'];
  const breakdown = async (user: DemoUser, scope: string, id: string | null, q = quarter) => {
    const answer = await gql<{ indicatorBreakdown: Breakdown }>(user, BREAKDOWN, { scope, id, quarter: q });
    expect(answer.errors, `${user} ${scope}`).toBeUndefined();
    return answer.data!.indicatorBreakdown;
  };
  const indicators = async (user: DemoUser, scope: string, id: string | null) => {
    const answer = await gql<{ indicators: Indicators }>(user, INDICATORS, { scope, id, quarter });
    expect(answer.errors, `${user} ${scope} ${id}`).toBeUndefined();
    return answer.data!.indicators;
  };
  const download = async (path: string, user: DemoUser | null, headers: Record<string, string> = {}) => {
    const response = await fetch(`${url}${path}`, {
      headers: { ...(user ? as(user) : {}), ...headers },
      signal: AbortSignal.timeout(30_000),
    });
    return { response, body: Buffer.from(await response.arrayBuffer()) };
  };
  const auditRows = (action: string) =>
    sql<{ user_id: string; entity: string; entity_id: string | null; after: Record<string, unknown> }>(
      'select user_id, entity, entity_id, after from audit_log where action = $1 order by id',
      [action],
    );
  const userId = async (username: string) =>
    (await sql<{ id: string }>('select id from app_user where username = $1', [username]))[0]?.id;

  /** Adds the counts of every row, and checks them against the total. */
  const expectRowsAddUp = (b: Breakdown) => {
    const sum = (pick: (i: Indicators) => number) => b.rows.reduce((s, r) => s + pick(r.indicators), 0);
    expect({
      n22: sum((i) => i.appealProtestEffectiveness.numerator),
      d22: sum((i) => i.appealProtestEffectiveness.denominator),
      u23: sum((i) => i.protestSatisfaction.unsatisfied),
      c23: sum((i) => i.protestSatisfaction.considered),
      n24: sum((i) => i.responseEffectiveness.numerator),
      d24: sum((i) => i.responseEffectiveness.denominator),
    }).toEqual({
      n22: b.total.appealProtestEffectiveness.numerator,
      d22: b.total.appealProtestEffectiveness.denominator,
      u23: b.total.protestSatisfaction.unsatisfied,
      c23: b.total.protestSatisfaction.considered,
      n24: b.total.responseEffectiveness.numerator,
      d24: b.total.responseEffectiveness.denominator,
    });
  };

  beforeAll(async () => {
    databaseUrl = await createDatabase(inject('pgAdminUrl'), 'exports');
    server = await startServer({ env: { DATABASE_URL: databaseUrl, DEMO_DATA: 'on' } });
    url = server.url;
    for (const user of USERS) {
      const login = await graphql<{ login: { token: string; viewer: { officeId: string | null } } }>(
        url,
        'mutation ($u: String!) { login(input: { username: $u, password: "qadagalau" }) { token viewer { officeId } } }',
        { u: user },
      );
      expect(login.errors, user).toBeUndefined();
      tokens[user] = login.data!.login.token;
      if (user === 'district' || user === 'military' || user === 'regional' || user === 'transport')
        offices[user] = login.data!.login.viewer.officeId ?? '';
    }
    const regions = await sql<{ id: string; code: string }>(
      "select id, code from region where code in ('KARAGANDA', 'ASTANA')",
    );
    karaganda = regions.find((r) => r.code === 'KARAGANDA')!.id;
    astana = regions.find((r) => r.code === 'ASTANA')!.id;
    // The demo quarter with the most in the para 22 and 23 populations.
    const trend = await gql<{ indicatorTrend: Indicators[] }>(
      'analyst',
      `query { indicatorTrend(scope: REPUBLIC, quarters: 4) { ${KPI} } }`,
    );
    const weight = (i: Indicators) =>
      i.appealProtestEffectiveness.denominator + i.protestSatisfaction.considered;
    quarter = [...trend.data!.indicatorTrend].sort((a, b) => weight(b) - weight(a))[0]!.quarter;
  });

  afterAll(async () => {
    await server?.stop().catch(() => undefined);
  });

  describe('indicatorBreakdown', () => {
    it('should break the republic into its 20 regions, each its own indicators, adding up to the total', async () => {
      const b = await breakdown('analyst', 'REPUBLIC', null);
      const regions = await sql<{ id: string; code: string; name_kk: string }>(
        'select id, code, name_kk from region order by sort_order',
      );
      expect(b.quarter).toBe(quarter);
      expect(b.unit).toMatchObject({ scope: 'REPUBLIC', id: null, drillScope: 'REGION' });
      expect(b.rows).toHaveLength(20);
      expect(b.rows.map((r) => r.unit.regionCode)).toEqual(regions.map((r) => r.code));
      expect(b.rows.map((r) => r.unit.nameKk)).toEqual(regions.map((r) => r.name_kk));
      for (const row of b.rows) {
        expect(row.unit).toMatchObject({ scope: 'REGION', id: row.unit.regionId, drillScope: 'OFFICE' });
        expect(row.indicators, row.unit.regionCode ?? '').toEqual(
          await indicators('analyst', 'REGION', row.unit.id),
        );
      }
      expect(b.total).toEqual(await indicators('analyst', 'REPUBLIC', null));
      expectRowsAddUp(b);
      // Something to add: the demo data populates the chosen quarter, in more than one region.
      expect(b.total.appealProtestEffectiveness.denominator).toBeGreaterThan(0);
      expect(
        b.rows.filter((r) => r.indicators.appealProtestEffectiveness.denominator > 0).length,
      ).toBeGreaterThan(1);
    });

    it('should break a region into its offices and an office into itself', async () => {
      const b = await breakdown('regional', 'REGION', karaganda);
      const expected = await sql<{ id: string; code: string }>(
        `select o.id, o.code from office o
          where o.region_id = $1 or o.id in (select responsible_office_id from court_case where region_id = $1)
          order by o.sort_order, o.code`,
        [karaganda],
      );
      expect(b.unit).toMatchObject({ scope: 'REGION', id: karaganda, regionCode: 'KARAGANDA' });
      expect(b.rows.map((r) => r.unit.officeCode)).toEqual(expected.map((o) => o.code));
      // The regional office itself, its district and city offices, and the specialized offices of the region.
      expect(b.rows.map((r) => r.unit.officeKind)).toEqual(
        expect.arrayContaining(['REGIONAL', 'DISTRICT', 'CITY', 'MILITARY', 'TRANSPORT', 'ENVIRONMENTAL']),
      );
      expect(b.total).toEqual(await indicators('regional', 'REGION', karaganda));
      expectRowsAddUp(b);
      // An office answering only for cases of this region has here exactly its own indicators.
      const local = await sql<{ id: string }>(
        `select o.id from office o where o.region_id = $1
            and not exists (select 1 from court_case c where c.responsible_office_id = o.id and c.region_id <> $1)`,
        [karaganda],
      );
      expect(local.length).toBeGreaterThan(10);
      for (const row of b.rows.filter((r) => local.some((o) => o.id === r.unit.id))) {
        expect(row.unit).toMatchObject({ scope: 'OFFICE', officeId: row.unit.id, drillScope: 'OFFICE' });
        expect(row.indicators, row.unit.officeCode ?? '').toEqual(
          await indicators('regional', 'OFFICE', row.unit.id),
        );
      }
      expect(b.rows.some((r) => r.indicators.appealProtestEffectiveness.denominator > 0)).toBe(true);

      const leaf = await breakdown('regional', 'OFFICE', offices.district);
      expect(leaf.unit).toMatchObject({
        scope: 'OFFICE',
        id: offices.district,
        officeCode: 'PO.KARAGANDA.KAZYBEK_BI',
        drillScope: null,
      });
      expect(leaf.rows).toEqual([{ unit: leaf.unit, indicators: leaf.total }]);
      expect(leaf.total).toEqual(await indicators('regional', 'OFFICE', offices.district));
    });

    it('should keep to the jurisdiction of indicators: FORBIDDEN outside it, BAD_USER_INPUT for bad input', async () => {
      const refused: [DemoUser, Record<string, unknown>, string][] = [
        ['district', { scope: 'REPUBLIC' }, 'FORBIDDEN'],
        ['district', { scope: 'REGION', id: karaganda }, 'FORBIDDEN'],
        ['district', { scope: 'OFFICE', id: offices.regional }, 'FORBIDDEN'],
        ['regional', { scope: 'REPUBLIC' }, 'FORBIDDEN'],
        ['regional', { scope: 'REGION', id: astana }, 'FORBIDDEN'],
        ['military', { scope: 'OFFICE', id: offices.district }, 'FORBIDDEN'],
        ['analyst', { scope: 'REPUBLIC', quarter: '2025-Q5' }, 'BAD_USER_INPUT'],
        ['analyst', { scope: 'REPUBLIC', quarter: '2025-3' }, 'BAD_USER_INPUT'],
        ['analyst', { scope: 'REPUBLIC', id: karaganda }, 'BAD_USER_INPUT'],
        ['analyst', { scope: 'REGION' }, 'BAD_USER_INPUT'],
        ['analyst', { scope: 'REGION', id: '00000000-0000-4000-8000-000000000000' }, 'BAD_USER_INPUT'],
      ];
      for (const [user, variables, expected] of refused) {
        const answer = await gql(user, BREAKDOWN, { quarter, ...variables });
        expect(code(answer), `${user} ${JSON.stringify(variables)}`).toBe(expected);
        // Exactly what indicators answers for the same scope.
        expect(code(await gql(user, INDICATORS, { quarter, ...variables }))).toBe(expected);
      }
      const anonymous = await graphql(url, BREAKDOWN, { scope: 'REPUBLIC', quarter });
      expect(code(anonymous)).toBe('UNAUTHENTICATED');
      // A district prosecutor sees its own office, a leaf.
      const own = await breakdown('district', 'OFFICE', offices.district);
      expect(own.rows).toHaveLength(1);
      expect(own.rows[0]?.unit.drillScope).toBeNull();
    });
  });

  describe('indicator exports', () => {
    it('should write the breakdown as XLSX: localized frozen bold header, one row per unit, the total', async () => {
      const auditBefore = (await auditRows('exportIndicators')).length;
      for (const [user, scope, id, lang, unitHeader] of [
        ['analyst', 'REPUBLIC', null, 'kk', 'Өңір'],
        ['regional', 'REGION', karaganda, 'ru', 'Прокуратура'],
        ['district', 'OFFICE', offices.district, 'en', 'Office'],
      ] as const) {
        const b = await breakdown(user, scope, id);
        const query = new URLSearchParams({ scope, quarter, lang, ...(id ? { id } : {}) });
        const { response, body } = await download(`/export/indicators.xlsx?${query}`, user);
        expect(response.status, `${scope} ${lang}`).toBe(200);
        expect(response.headers.get('content-type')).toBe(XLSX);
        const code = b.unit.officeCode ?? b.unit.regionCode;
        expect(response.headers.get('content-disposition')).toBe(
          `attachment; filename="indicators-${scope}${code ? `-${code}` : ''}-${quarter}-${lang}.xlsx"`,
        );
        expect(Number(response.headers.get('content-length'))).toBe(body.length);

        const workbook = new Workbook();
        await workbook.xlsx.load(body as unknown as ArrayBuffer);
        const sheet = workbook.worksheets[0]!;
        const header = (sheet.getRow(1).values as unknown[]).slice(1);
        expect(header).toEqual(HEADERS[lang](unitHeader));
        expect(sheet.getRow(1).getCell(1).font?.bold).toBe(true);
        expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
        expect(sheet.getColumn(1).width).toBeGreaterThanOrEqual(24);
        expect(sheet.rowCount).toBe(1 + b.rows.length + 1);
        const name = (u: Unit) => ({ kk: u.nameKk, ru: u.nameRu, en: u.nameEn })[lang];
        const lines = [
          ...b.rows.map((r) => ({ name: name(r.unit), indicators: r.indicators })),
          { name: null, indicators: b.total },
        ];
        lines.forEach((line, n) => {
          const row = n + 2;
          if (line.name !== null) expect(cellValue(sheet, row, 1)).toBe(line.name);
          else {
            expect(String(cellValue(sheet, row, 1))).toContain(name(b.unit));
            expect(sheet.getRow(row).getCell(1).font?.bold).toBe(true);
          }
          figures(line.indicators).forEach((expected, k) => {
            const cell = sheet.getRow(row).getCell(k + 2);
            if (k % 3 === 2) {
              expect(cell.numFmt).toBe('0.0%');
              if (expected === null) expect(cell.value ?? null).toBeNull();
              else expect(Number(cell.value) * 100).toBeCloseTo(expected, 9);
            } else expect(cell.value).toBe(expected);
          });
        });
      }
      const audit = await auditRows('exportIndicators');
      expect(audit).toHaveLength(auditBefore + 3);
      expect(audit.at(-1)).toMatchObject({
        user_id: await userId('district'),
        entity: 'Indicators',
        entity_id: offices.district,
        after: { format: 'xlsx', scope: 'OFFICE', quarter, lang: 'en', rows: 1 },
      });
    });

    it('should write the breakdown as CSV: UTF-8 with a BOM, RFC 4180 commas and quotes, the same figures', async () => {
      // A name with a comma and quotes, to be quoted (the test's own database).
      await sql(`update office set short_name_en = short_name_en || ', the "Central" one' where id = $1`, [
        offices.district,
      ]);
      const b = await breakdown('regional', 'REGION', karaganda);
      const { response, body } = await download(
        `/export/indicators.csv?scope=REGION&id=${karaganda}&quarter=${quarter}&lang=en`,
        'regional',
      );
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(response.headers.get('content-disposition')).toBe(
        `attachment; filename="indicators-REGION-KARAGANDA-${quarter}-en.csv"`,
      );
      expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      const text = body.subarray(3).toString('utf8');
      expect(text).not.toContain(';');
      expect(text).toContain(`"Kazybek Bi District (Karaganda) Prosecutor's Office, the ""Central"" one"`);
      const rows = parseCsv(text);
      expect(rows[0]).toEqual(HEADERS.en('Office'));
      expect(rows).toHaveLength(1 + b.rows.length + 1);
      const asText = (v: number | null) => (v === null ? '' : String(v));
      b.rows.forEach((r, n) => {
        expect(rows[n + 1]).toEqual([r.unit.nameEn, ...figures(r.indicators).map(asText)]);
      });
      expect(rows.at(-1)).toEqual([`Total: ${b.unit.nameEn}`, ...figures(b.total).map(asText)]);
      expect(rows.find((r) => r[0]?.includes('"Central"'))).toBeDefined();

      // Kazakh: the header and names in Kazakh, still one line per unit.
      const kk = await download(`/export/indicators.csv?scope=REPUBLIC&quarter=${quarter}&lang=kk`, 'admin');
      const kkRows = parseCsv(kk.body.subarray(3).toString('utf8'));
      expect(kkRows[0]).toEqual(HEADERS.kk('Өңір'));
      expect(kkRows).toHaveLength(22);
      expect(kkRows.map((r) => r[0])).toContain('Қарағанды облысы');
      expect(kkRows.at(-1)?.[0]).toBe('Барлығы: Қазақстан Республикасы');
    });
  });

  describe('reconciliation act exports (para 7)', () => {
    const QUARTER = '2021-Q2';
    const CASE_NUMBER = 'EXP-2021-0001';
    let recId: string;
    let courtId: string;

    const pdfText = (pdf: Buffer): string | null => {
      if (!hasPdftotext()) {
        if (process.env['CI'] === 'true') throw new Error('CI=true but pdftotext (poppler-utils) is missing');
        console.warn('pdftotext is missing: the PDF text is not checked (install poppler-utils)');
        return null;
      }
      // Lines and table cells wrap: compare with the whitespace folded (and no break after a hyphen).
      return execFileSync('pdftotext', ['-enc', 'UTF-8', '-', '-'], { input: pdf })
        .toString('utf8')
        .replace(/\s+/g, ' ')
        .replace(/- /g, '-');
    };
    const xlsxText = async (body: Buffer): Promise<string> => {
      const workbook = new Workbook();
      await workbook.xlsx.load(body as unknown as ArrayBuffer);
      const cells: string[] = [];
      workbook.worksheets[0]!.eachRow((row) =>
        row.eachCell((cell) => {
          cells.push(String(cell.value));
        }),
      );
      return cells.join('\n');
    };

    beforeAll(async () => {
      const [court] = await sql<{ id: string }>(
        `select c.id from court c join office o on o.locality_id = c.locality_id
          where o.id = $1 and c.instance = 'FIRST' and c.kind in ('DISTRICT', 'CITY') order by c.code limit 1`,
        [offices.district],
      );
      courtId = court!.id;
      // A military case heard by the district office without a notice to the military office: NOT_NOTIFIED.
      const registered = await gql<{ registerCase: { id: string; specializedOfficeId: string } }>(
        'district',
        `mutation ($input: RegisterCaseInput!) { registerCase(input: $input) { id specializedOfficeId } }`,
        {
          input: {
            number: CASE_NUMBER,
            koapArticle: '665',
            summary: 'Воинское правонарушение (глава 32 КоАП)',
            offenderName: 'Военнослужащий Экспорт',
            registeredOn: '2021-04-01',
            courtId,
            spheres: ['MILITARY_CH32'],
            sanctions: ['ARREST'],
            offenderMilitary: 'SERVICEMAN',
            offenderDutyRelated: true,
          },
        },
      );
      expect(registered.errors).toBeUndefined();
      expect(registered.data?.registerCase.specializedOfficeId).toBe(offices.military);
      await sql(
        `insert into hearing (case_id, court_id, instance, scheduled_at, status, attended, attended_by_office_id)
         values ($1, $2, 'FIRST', '2021-05-12T10:00:00+05:00', 'HELD', true, $3)`,
        [registered.data!.registerCase.id, courtId, offices.district],
      );
      const built = await gql<{ buildReconciliation: { id: string; status: string } }>(
        'district',
        `mutation ($q: String!, $t: ID!, $s: ID!) {
          buildReconciliation(quarter: $q, territorialOfficeId: $t, specializedOfficeId: $s) { id status } }`,
        { q: QUARTER, t: offices.district, s: offices.military },
      );
      expect(built.errors).toBeUndefined();
      recId = built.data!.buildReconciliation.id;
    });

    it('should export a draft as a draft, in Kazakh, with its items', async () => {
      const pdf = await download(`/export/reconciliation/${recId}.pdf?lang=kk`, 'district');
      expect(pdf.response.status).toBe(200);
      expect(pdf.response.headers.get('content-type')).toBe('application/pdf');
      expect(pdf.response.headers.get('content-disposition')).toBe(
        `attachment; filename="reconciliation-${QUARTER}-PO.KARAGANDA.KAZYBEK_BI-MIL.KARAGANDA-draft-kk.pdf"`,
      );
      expect(pdf.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const text = pdfText(pdf.body);
      if (text !== null) {
        expect(text).toContain(CASE_NUMBER);
        expect(text).toContain('ЖОБА');
        expect(text).toContain('Қаралған істер');
        expect(text).toContain('Қарағанды гарнизонының әскери прокуратурасы');
        expect(text).toMatch(/хабарлама\s+жіберілмеген/);
        expect(text).toMatch(/[әғқңөұүһі]/);
        expect(text).toContain('2021-04-01 — 2021-06-30');
      }

      const xlsx = await download(`/export/reconciliation/${recId}.xlsx?lang=ru`, 'military');
      expect(xlsx.response.status).toBe(200);
      expect(xlsx.response.headers.get('content-type')).toBe(XLSX);
      const cells = await xlsxText(xlsx.body);
      expect(cells).toContain('ПРОЕКТ: не подписан обеими сторонами, акт не зафиксирован');
      expect(cells).toContain(CASE_NUMBER);
      expect(cells).toContain('Специализированная прокуратура не уведомлена');
      expect(cells).toContain('Не устранено');
      expect(cells).toContain('Не подписано');
    });

    it('should export a signed act from its frozen snapshot, with both signatures', async () => {
      const rec = await gql<{
        reconciliation: { version: number; items: { id: string; version: number }[] };
      }>('district', `query ($id: ID!) { reconciliation(id: $id) { version items { id version } } }`, {
        id: recId,
      });
      for (const item of rec.data!.reconciliation.items) {
        const resolved = await gql(
          'military',
          `mutation ($i: ID!, $v: Int!) {
            resolveDiscrepancy(itemId: $i, version: $v, note: "Уведомление направлено, «ошибка» учтена") { id } }`,
          { i: item.id, v: item.version },
        );
        expect(resolved.errors).toBeUndefined();
      }
      const SIGN = `mutation ($id: ID!, $v: Int!) { signReconciliation(id: $id, version: $v) {
        version status signedByTerritorialAt signedBySpecializedAt } }`;
      type Signed = {
        signReconciliation: {
          version: number;
          status: string;
          signedByTerritorialAt: string | null;
          signedBySpecializedAt: string | null;
        };
      };
      const current = await gql<{ reconciliation: { version: number } }>(
        'district',
        `query ($id: ID!) { reconciliation(id: $id) { version } }`,
        { id: recId },
      );
      const half = await gql<Signed>('district', SIGN, {
        id: recId,
        v: current.data!.reconciliation.version,
      });
      expect(half.errors).toBeUndefined();
      const both = await gql<Signed>('military', SIGN, {
        id: recId,
        v: half.data!.signReconciliation.version,
      });
      expect(both.errors).toBeUndefined();
      const signed = both.data!.signReconciliation;
      expect(signed.status).toBe('SIGNED');
      // After signing the case is renumbered: the act shows what was signed, not today's rows.
      await sql('update court_case set number = $1 where number = $2', ['EXP-RENUMBERED', CASE_NUMBER]);

      const pdf = await download(`/export/reconciliation/${recId}.pdf?lang=en`, 'regional');
      expect(pdf.response.status).toBe(200);
      expect(pdf.response.headers.get('content-disposition')).toContain('-signed-en.pdf"');
      expect(pdf.body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      const text = pdfText(pdf.body);
      if (text !== null) {
        expect(text).toContain(CASE_NUMBER);
        expect(text).not.toContain('EXP-RENUMBERED');
        expect(text).not.toContain('DRAFT');
        expect(text).toContain('Signed by both sides, the act is frozen');
        expect(text).toContain(`(district), ${almatyMinute(signed.signedByTerritorialAt!)}`);
        expect(text).toContain(`(military), ${almatyMinute(signed.signedBySpecializedAt!)}`);
        expect(text).toContain('Уведомление направлено, «ошибка» учтена');
      }
      const kk = pdfText((await download(`/export/reconciliation/${recId}.pdf?lang=kk`, 'district')).body);
      if (kk !== null) expect(kk).toContain('Екі тарап қол қойған, акт бекітілген');

      const xlsx = await download(`/export/reconciliation/${recId}.xlsx?lang=kk`, 'military');
      expect(xlsx.response.status).toBe(200);
      const cells = await xlsxText(xlsx.body);
      expect(cells).toContain(CASE_NUMBER);
      expect(cells).not.toContain('EXP-RENUMBERED');
      expect(cells).not.toContain('ЖОБА');
      expect(cells).toContain('Екі тарап қол қойған, акт бекітілген');
      expect(cells).toContain(`(military), ${almatyMinute(signed.signedBySpecializedAt!)}`);

      const audit = (await auditRows('exportReconciliation')).filter((a) => a.entity_id === recId);
      expect(audit.map((a) => [a.after['format'], a.after['lang'], a.after['status']])).toEqual([
        ['pdf', 'kk', 'DRAFT'],
        ['xlsx', 'ru', 'DRAFT'],
        ['pdf', 'en', 'SIGNED'],
        ['pdf', 'kk', 'SIGNED'],
        ['xlsx', 'kk', 'SIGNED'],
      ]);
    });
  });

  describe('refusals', () => {
    it('should answer 401, 400 and 404 as coded JSON and write nothing', async () => {
      const before = await tableRowCounts(databaseUrl);
      const [anyRec] = await sql<{ id: string }>(
        `select id from reconciliation where specialized_office_id = $1 order by quarter limit 1`,
        [offices.military],
      );
      const refusals: [string, DemoUser | null, Record<string, string>, number, string][] = [
        [`/export/indicators.xlsx?scope=REPUBLIC&quarter=${quarter}`, null, {}, 401, 'UNAUTHENTICATED'],
        [
          `/export/indicators.csv?scope=REPUBLIC&quarter=${quarter}`,
          null,
          { authorization: 'Bearer nope' },
          401,
          'UNAUTHENTICATED',
        ],
        [`/export/reconciliation/${anyRec!.id}.pdf`, null, {}, 401, 'UNAUTHENTICATED'],
        [`/export/indicators.xlsx?scope=REPUBLIC&quarter=2025-Q5`, 'analyst', {}, 400, 'BAD_USER_INPUT'],
        [`/export/indicators.csv?scope=REPUBLIC&quarter=2025-3`, 'analyst', {}, 400, 'BAD_USER_INPUT'],
        [`/export/indicators.csv?scope=REPUBLIC`, 'analyst', {}, 400, 'BAD_USER_INPUT'],
        [`/export/indicators.csv?scope=COUNTY&quarter=${quarter}`, 'analyst', {}, 400, 'BAD_USER_INPUT'],
        [`/export/indicators.csv?scope=REGION&quarter=${quarter}`, 'analyst', {}, 400, 'BAD_USER_INPUT'],
        [`/export/indicators.csv?scope=REGION&id=x&quarter=${quarter}`, 'analyst', {}, 400, 'BAD_USER_INPUT'],
        [
          `/export/indicators.csv?scope=REPUBLIC&quarter=${quarter}&lang=de`,
          'analyst',
          {},
          400,
          'BAD_USER_INPUT',
        ],
        [`/export/reconciliation/${anyRec!.id}.pdf?lang=fr`, 'district', {}, 400, 'BAD_USER_INPUT'],
        [`/export/reconciliation/not-an-id.xlsx`, 'district', {}, 400, 'BAD_USER_INPUT'],
        // Outside the jurisdiction and unknown look alike.
        [`/export/indicators.xlsx?scope=REPUBLIC&quarter=${quarter}`, 'district', {}, 404, 'NOT_FOUND'],
        [
          `/export/indicators.xlsx?scope=REGION&id=${astana}&quarter=${quarter}`,
          'regional',
          {},
          404,
          'NOT_FOUND',
        ],
        [
          `/export/indicators.csv?scope=OFFICE&id=${offices.district}&quarter=${quarter}`,
          'military',
          {},
          404,
          'NOT_FOUND',
        ],
        [
          `/export/indicators.csv?scope=REGION&id=00000000-0000-4000-8000-000000000000&quarter=${quarter}`,
          'admin',
          {},
          404,
          'NOT_FOUND',
        ],
        [`/export/reconciliation/${anyRec!.id}.pdf`, 'transport', {}, 404, 'NOT_FOUND'],
        [`/export/reconciliation/${anyRec!.id}.xlsx`, 'transport', {}, 404, 'NOT_FOUND'],
        [`/export/reconciliation/00000000-0000-4000-8000-000000000000.pdf`, 'admin', {}, 404, 'NOT_FOUND'],
        [`/export/reconciliation/${anyRec!.id}.docx`, 'admin', {}, 404, 'NOT_FOUND'],
        [`/export/elsewhere.xlsx`, 'admin', {}, 404, 'NOT_FOUND'],
      ];
      for (const [path, user, headers, status, errorCode] of refusals) {
        const { response, body } = await download(path, user, headers);
        expect(response.status, `${user} ${path}`).toBe(status);
        expect(response.headers.get('content-type')).toMatch(/^application\/json/);
        expect(response.headers.get('content-disposition')).toBeNull();
        const json = JSON.parse(body.toString('utf8')) as { error: { code: string; message: string } };
        expect(json.error.code, `${user} ${path}`).toBe(errorCode);
        expect(json.error.message).toEqual(expect.any(String));
        if (status === 401) expect(response.headers.get('www-authenticate')).toBe('Bearer');
      }
      // The same answer for a foreign act as for one that does not exist.
      const foreign = await download(`/export/reconciliation/${anyRec!.id}.pdf`, 'transport');
      const missing = await download(
        `/export/reconciliation/00000000-0000-4000-8000-000000000000.pdf`,
        'transport',
      );
      expect(JSON.parse(foreign.body.toString())).toEqual(JSON.parse(missing.body.toString()));
      expect(await tableRowCounts(databaseUrl)).toEqual(before);
    });
  });
});
