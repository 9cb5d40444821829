import type { OfficeKind } from '@qadagalau/shared';
import {
  appealProtestEffectiveness,
  protestSatisfaction,
  quarterRange,
  responseEffectiveness,
} from '@qadagalau/shared';
import type { DataSource, EntityManager } from 'typeorm';
import type { IndicatorBreakdown, IndicatorBreakdownRow, IndicatorUnit } from './kpi.breakdown.types';
import { KpiService } from './kpi.service';
import { KpiScope, type Indicators } from './kpi.types';

/** The republic as a unit. */
const REPUBLIC_UNIT: IndicatorUnit = {
  scope: KpiScope.REPUBLIC,
  id: null,
  regionId: null,
  regionCode: null,
  officeId: null,
  officeCode: null,
  officeKind: null,
  nameKk: 'Қазақстан Республикасы',
  nameRu: 'Республика Казахстан',
  nameEn: 'Republic of Kazakhstan',
  drillScope: KpiScope.REGION,
};

interface UnitRow {
  id: string;
  regionId: string | null;
  regionCode: string | null;
  officeCode: string | null;
  officeKind: OfficeKind | null;
  nameKk: string;
  nameRu: string;
  nameEn: string;
}

interface Counts {
  actsNumerator: number;
  actsAgainst: number;
  considered: number;
  unsatisfied: number;
  rulingsDenominator: number;
  rulingsNumerator: number;
}

const NO_COUNTS: Counts = {
  actsNumerator: 0,
  actsAgainst: 0,
  considered: 0,
  unsatisfied: 0,
  rulingsDenominator: 0,
  rulingsNumerator: 0,
};

/**
 * The drill-down of the three indicators (paras 21–24): a scope's total (KpiService.indicators) and its units one
 * level below, each from the same populations and the same shared formulas, counted in three grouped SQL
 * aggregates (one per indicator) whatever the number of units:
 * - REPUBLIC → the 20 regions, grouping the cases by their region (c.region_id);
 * - REGION → the offices located in the region (regional, district, city and specialized ones) and any office
 *   that answers for a case of the region, grouping the region's cases by their responsible office — so the
 *   rows add up to the region exactly (an office answering for cases of another region too shows only this
 *   region's here; `indicators(OFFICE)` counts all of them);
 * - OFFICE → the office itself (a leaf): one row equal to the total.
 * The populations are those of KpiService.indicators (see its comment); the integration test checks every
 * region row against `indicators(REGION)` and the sums against the total.
 */
export class KpiBreakdownService {
  constructor(private readonly db: DataSource | EntityManager) {}

  /** The breakdown of a scope already checked with KpiService.checkScope. */
  async breakdown(quarter: string, scope: KpiScope, scopeId: string | null): Promise<IndicatorBreakdown> {
    const { from, to } = quarterRange(quarter);
    const total = await new KpiService(this.db).indicators(quarter, scope, scopeId);
    const base = { quarter, from, to };
    if (scope === KpiScope.OFFICE) {
      const [office] = await this.offices('o.id = $1', [scopeId]);
      const unit = office ? officeUnit(office, null) : unknownUnit(scope, scopeId);
      return { ...base, unit, total, rows: [{ unit, indicators: total }] };
    }
    if (scope === KpiScope.REPUBLIC) {
      const regions = (await this.db.query(
        `SELECT id, id AS "regionId", code AS "regionCode", NULL AS "officeCode", NULL AS "officeKind",
                name_kk AS "nameKk", name_ru AS "nameRu", name_en AS "nameEn"
           FROM region ORDER BY sort_order, code`,
      )) as UnitRow[];
      const counts = await this.counts(from, to, 'c.region_id', 'TRUE', []);
      return {
        ...base,
        unit: REPUBLIC_UNIT,
        total,
        rows: regions.map((r) => this.row(regionUnit(r), counts.get(r.id), quarter, from, to)),
      };
    }
    const [region] = (await this.db.query(
      `SELECT id, id AS "regionId", code AS "regionCode", NULL AS "officeCode", NULL AS "officeKind",
              name_kk AS "nameKk", name_ru AS "nameRu", name_en AS "nameEn"
         FROM region WHERE id = $1`,
      [scopeId],
    )) as UnitRow[];
    const offices = await this.offices(
      `o.region_id = $1 OR o.id IN (SELECT DISTINCT responsible_office_id FROM court_case WHERE region_id = $1)`,
      [scopeId],
    );
    const counts = await this.counts(from, to, 'c.responsible_office_id', 'c.region_id = $3', [scopeId]);
    return {
      ...base,
      unit: region ? regionUnit(region) : unknownUnit(scope, scopeId),
      total,
      rows: offices.map((o) =>
        this.row(
          officeUnit(o, o.regionId === scopeId ? KpiScope.OFFICE : null),
          counts.get(o.id),
          quarter,
          from,
          to,
        ),
      ),
    };
  }

  private row(
    unit: IndicatorUnit,
    counts: Counts | undefined,
    quarter: string,
    from: string,
    to: string,
  ): IndicatorBreakdownRow {
    const c = counts ?? NO_COUNTS;
    const indicators: Indicators = {
      quarter,
      from,
      to,
      scope: unit.scope,
      scopeId: unit.id,
      appealProtestEffectiveness: appealProtestEffectiveness({
        numerator: c.actsNumerator,
        denominator: c.actsNumerator + c.actsAgainst,
      }),
      protestSatisfaction: protestSatisfaction({ considered: c.considered, unsatisfied: c.unsatisfied }),
      responseEffectiveness: responseEffectiveness({
        denominator: c.rulingsDenominator,
        numerator: c.rulingsNumerator,
      }),
    };
    return { unit, indicators };
  }

  /** Offices matching `where` (alias o), in the official order, with their short names. */
  private async offices(where: string, params: unknown[]): Promise<UnitRow[]> {
    return (await this.db.query(
      `SELECT o.id, o.region_id AS "regionId", r.code AS "regionCode", o.code AS "officeCode",
              o.kind AS "officeKind", o.short_name_kk AS "nameKk", o.short_name_ru AS "nameRu",
              o.short_name_en AS "nameEn"
         FROM office o LEFT JOIN region r ON r.id = o.region_id
        WHERE ${where}
        ORDER BY o.sort_order, o.code`,
      params,
    )) as UnitRow[];
  }

  /**
   * The counts behind the three indicators per value of `key` (an expression over the case, alias c) for the
   * cases matching `where` (its parameters from $3): the populations of KpiService.indicators, grouped.
   */
  private async counts(
    from: string,
    to: string,
    key: string,
    where: string,
    params: unknown[],
  ): Promise<Map<string, Counts>> {
    const all = [from, to, ...params];
    const acts = (await this.db.query(
      `SELECT ${key} AS key,
         COUNT(*) FILTER (WHERE a.appeal_basis = 'PROSECUTOR_PROTEST')::int AS numerator,
         COUNT(*) FILTER (WHERE a.appeal_basis IS DISTINCT FROM 'PROSECUTOR_PROTEST'
           AND NOT a.reversed_on_cassation_protest
           AND NOT (a.exclusion IS NOT NULL AND a.exclusion_approved))::int AS against
       FROM court_act a JOIN court_case c ON c.id = a.case_id
       WHERE a.instance = 'FIRST' AND a.appeal_decided_on BETWEEN $1 AND $2
         AND a.appeal_result IN ('CANCELLED', 'CHANGED')
         AND (c.mandatory OR EXISTS (SELECT 1 FROM hearing h WHERE h.case_id = c.id AND h.attended))
         AND ${where}
       GROUP BY 1`,
      all,
    )) as { key: string; numerator: number; against: number }[];
    const protests = (await this.db.query(
      `SELECT ${key} AS key,
         COUNT(*) FILTER (WHERE p.status IN ('SATISFIED', 'PARTIALLY_SATISFIED', 'UNSATISFIED'))::int AS considered,
         COUNT(*) FILTER (WHERE p.status = 'UNSATISFIED' AND NOT p.later_cassation_satisfied)::int AS unsatisfied
       FROM protest p JOIN court_case c ON c.id = p.case_id
       WHERE p.kind = 'APPEAL' AND p.decided_on BETWEEN $1 AND $2 AND ${where}
       GROUP BY 1`,
      all,
    )) as { key: string; considered: number; unsatisfied: number }[];
    const rulings = (await this.db.query(
      `SELECT ${key} AS key,
         COUNT(*) FILTER (WHERE r.prosecutor_participated)::int AS denominator,
         COUNT(*) FILTER (WHERE r.prosecutor_participated AND r.on_prosecutor_motion)::int AS numerator
       FROM private_ruling r JOIN court_case c ON c.id = r.case_id
       WHERE r.issued_on BETWEEN $1 AND $2 AND ${where}
       GROUP BY 1`,
      all,
    )) as { key: string; denominator: number; numerator: number }[];
    const out = new Map<string, Counts>();
    const of = (key: string): Counts => {
      let c = out.get(key);
      if (!c) out.set(key, (c = { ...NO_COUNTS }));
      return c;
    };
    for (const a of acts) Object.assign(of(a.key), { actsNumerator: a.numerator, actsAgainst: a.against });
    for (const p of protests)
      Object.assign(of(p.key), { considered: p.considered, unsatisfied: p.unsatisfied });
    for (const r of rulings)
      Object.assign(of(r.key), { rulingsDenominator: r.denominator, rulingsNumerator: r.numerator });
    return out;
  }
}

function regionUnit(r: UnitRow): IndicatorUnit {
  return {
    scope: KpiScope.REGION,
    id: r.id,
    regionId: r.id,
    regionCode: r.regionCode,
    officeId: null,
    officeCode: null,
    officeKind: null,
    nameKk: r.nameKk,
    nameRu: r.nameRu,
    nameEn: r.nameEn,
    drillScope: KpiScope.OFFICE,
  };
}

function officeUnit(o: UnitRow, drillScope: KpiScope | null): IndicatorUnit {
  return {
    scope: KpiScope.OFFICE,
    id: o.id,
    regionId: o.regionId,
    regionCode: o.regionCode,
    officeId: o.id,
    officeCode: o.officeCode,
    officeKind: o.officeKind,
    nameKk: o.nameKk,
    nameRu: o.nameRu,
    nameEn: o.nameEn,
    drillScope,
  };
}

/** Never reached after checkScope (it refuses unknown ids); keeps the types total. */
function unknownUnit(scope: KpiScope, id: string | null): IndicatorUnit {
  return {
    scope,
    id,
    regionId: null,
    regionCode: null,
    officeId: null,
    officeCode: null,
    officeKind: null,
    nameKk: id ?? '',
    nameRu: id ?? '',
    nameEn: id ?? '',
    drillScope: null,
  };
}
