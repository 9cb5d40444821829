import {
  DomainError,
  ErrorCode,
  Role,
  appealProtestEffectiveness,
  protestSatisfaction,
  quarterRange,
  responseEffectiveness,
  todayInAlmaty,
} from '@qadagalau/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { Jurisdiction } from '../../common/jurisdiction';
import { quarterOf, shiftQuarter } from './kpi.quarters';
import { KpiScope, type Indicators } from './kpi.types';

/**
 * The SQL restriction of a scope over cases (alias c) with its parameter at $3: the case's region for REGION,
 * the case's responsible office for OFFICE, nothing for REPUBLIC.
 */
function scopeCondition(scope: KpiScope): string {
  switch (scope) {
    case KpiScope.REPUBLIC:
      return 'TRUE';
    case KpiScope.REGION:
      return 'c.region_id = $3';
    case KpiScope.OFFICE:
      return 'c.responsible_office_id = $3';
  }
}

/*
 * The three indicators (paras 21–24) from SQL aggregates (COUNT … FILTER), never loading every row; the percent
 * comes from the shared counts-based functions, which computeKpi uses too (rules-cli.md "kpi"):
 *
 * Para 22, appeal-protest effectiveness — population: first-instance acts whose appeal was decided in the
 * quarter (appeal_decided_on), in a mandatory-category case or one heard with a prosecutor (a hearing attended),
 * cancelled or changed (appeal_result CANCELLED / CHANGED). An act not won on the prosecutor's protest leaves it
 * when the appellate act was reversed on a cassation protest (exclusion 1) or has an exclusion the Department
 * approved (exclusions 2–5). Numerator: acts won on the PROSECUTOR_PROTEST basis (never excluded); a higher
 * prosecutor's own protest and a complaint count against (denominator only).
 *
 * Para 23, protest satisfaction — APPEAL protests decided in the quarter (decided_on): considered = SATISFIED +
 * PARTIALLY_SATISFIED + UNSATISFIED; unsatisfied = UNSATISFIED minus those later redeemed by a satisfied
 * cassation protest (later_cassation_satisfied). WITHDRAWN, RETURNED and pending ones are not considered.
 *
 * Para 24, response effectiveness — private rulings issued in the quarter (issued_on): denominator those in cases
 * heard with a prosecutor (prosecutor_participated), numerator those also on the prosecutor's motion.
 */
export class KpiService {
  constructor(
    private readonly db: DataSource | EntityManager,
    private readonly now: Date = new Date(),
  ) {}

  /** Checks the caller may see the scope: REPUBLIC for the GPO, a REGION for its regional office, an OFFICE it sees. */
  async checkScope(
    scope: KpiScope,
    id: string | null | undefined,
    jurisdiction: Jurisdiction,
  ): Promise<string | null> {
    const forbidden = () =>
      new DomainError(ErrorCode.FORBIDDEN, 'These indicators lie outside your jurisdiction', {
        field: 'scope',
      });
    if (scope === KpiScope.REPUBLIC) {
      if (id) throw new DomainError(ErrorCode.BAD_USER_INPUT, 'id: not taken for REPUBLIC', { field: 'id' });
      if (!jurisdiction.whole) throw forbidden();
      return null;
    }
    if (!id)
      throw new DomainError(ErrorCode.BAD_USER_INPUT, `id: name the ${scope.toLowerCase()}`, { field: 'id' });
    const table = scope === KpiScope.REGION ? 'region' : 'office';
    const [row] = (await this.db.query(`SELECT id FROM ${table} WHERE id = $1`, [id])) as { id: string }[];
    if (!row) throw new DomainError(ErrorCode.BAD_USER_INPUT, `id: no such ${table}`, { field: 'id' });
    if (jurisdiction.whole) return id;
    if (scope === KpiScope.REGION) {
      if (jurisdiction.user.role !== Role.REGIONAL || jurisdiction.regionId !== id) throw forbidden();
    } else if (!(await jurisdiction.seesOffice(id, this.db))) throw forbidden();
    return id;
  }

  /** The indicators of a checked scope for a quarter 'YYYY-Qn' (BAD_USER_INPUT for 2025-Q5). */
  async indicators(quarter: string, scope: KpiScope, scopeId: string | null): Promise<Indicators> {
    const { from, to } = quarterRange(quarter);
    const where = scopeCondition(scope);
    const params = scope === KpiScope.REPUBLIC ? [from, to] : [from, to, scopeId];
    // Three independent aggregates: sent together, they run on separate pool connections (the request waits for
    // the slowest, not for the sum).
    const [[acts], [protests], [rulings]] = (await Promise.all([
      this.db.query(
        `SELECT
         COUNT(*) FILTER (WHERE a.appeal_basis = 'PROSECUTOR_PROTEST')::int AS numerator,
         COUNT(*) FILTER (WHERE a.appeal_basis IS DISTINCT FROM 'PROSECUTOR_PROTEST'
           AND NOT a.reversed_on_cassation_protest
           AND NOT (a.exclusion IS NOT NULL AND a.exclusion_approved))::int AS against
       FROM court_act a JOIN court_case c ON c.id = a.case_id
       WHERE a.instance = 'FIRST' AND a.appeal_decided_on BETWEEN $1 AND $2
         AND a.appeal_result IN ('CANCELLED', 'CHANGED')
         AND (c.mandatory OR EXISTS (SELECT 1 FROM hearing h WHERE h.case_id = c.id AND h.attended))
         AND ${where}`,
        params,
      ) as Promise<{ numerator: number; against: number }[]>,
      this.db.query(
        `SELECT
         COUNT(*) FILTER (WHERE p.status IN ('SATISFIED', 'PARTIALLY_SATISFIED', 'UNSATISFIED'))::int AS considered,
         COUNT(*) FILTER (WHERE p.status = 'UNSATISFIED' AND NOT p.later_cassation_satisfied)::int AS unsatisfied
       FROM protest p JOIN court_case c ON c.id = p.case_id
       WHERE p.kind = 'APPEAL' AND p.decided_on BETWEEN $1 AND $2 AND ${where}`,
        params,
      ) as Promise<{ considered: number; unsatisfied: number }[]>,
      this.db.query(
        `SELECT
         COUNT(*) FILTER (WHERE r.prosecutor_participated)::int AS denominator,
         COUNT(*) FILTER (WHERE r.prosecutor_participated AND r.on_prosecutor_motion)::int AS numerator
       FROM private_ruling r JOIN court_case c ON c.id = r.case_id
       WHERE r.issued_on BETWEEN $1 AND $2 AND ${where}`,
        params,
      ) as Promise<{ denominator: number; numerator: number }[]>,
    ])) as [
      { numerator: number; against: number }[],
      { considered: number; unsatisfied: number }[],
      { denominator: number; numerator: number }[],
    ];
    const a = acts ?? { numerator: 0, against: 0 };
    return {
      quarter,
      from,
      to,
      scope,
      scopeId,
      appealProtestEffectiveness: appealProtestEffectiveness({
        numerator: a.numerator,
        denominator: a.numerator + a.against,
      }),
      protestSatisfaction: protestSatisfaction(protests ?? { considered: 0, unsatisfied: 0 }),
      responseEffectiveness: responseEffectiveness(rulings ?? { denominator: 0, numerator: 0 }),
    };
  }

  /** The indicators of the last `quarters` quarters up to `upTo` (default: the current quarter), oldest first. */
  async trend(
    scope: KpiScope,
    scopeId: string | null,
    quarters: number,
    upTo?: string | null,
  ): Promise<Indicators[]> {
    const last = upTo ?? quarterOf(todayInAlmaty(this.now));
    quarterRange(last, 'upTo');
    const out: Indicators[] = [];
    for (let i = quarters - 1; i >= 0; i--)
      out.push(await this.indicators(shiftQuarter(last, -i), scope, scopeId));
    return out;
  }
}
