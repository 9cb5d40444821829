// Upserts the national reference data by code: inserting what is new, updating what changed, touching nothing
// that is already equal. Safe on every start and under concurrent starts (ON CONFLICT on the unique code).
import type { DataSource, EntityManager } from 'typeorm';
import { COURTS } from './courts.data';
import { LOCALITIES } from './localities.data';
import { OFFICES } from './offices.data';
import type { OfficeSeed } from './reference.types';
import { REGION_EVENTS, REGIONS, regionEventCode } from './regions.data';
import { THEMES } from './themes.data';

/** Rows written by one run, per table: a second run over an unchanged database writes none. */
export interface ReferenceCounts {
  inserted: number;
  updated: number;
}

type Row = Record<string, unknown>;

/** Upserts rows keyed by `code`; returns how many were inserted and updated. */
async function upsert(manager: EntityManager, table: string, rows: readonly Row[]): Promise<ReferenceCounts> {
  const first = rows[0];
  if (!first) return { inserted: 0, updated: 0 };
  const columns = Object.keys(first);
  const values: unknown[] = [];
  const tuples = rows.map((row) => {
    const placeholders = columns.map((column) => {
      values.push(row[column]);
      return `$${values.length}`;
    });
    return `(${placeholders.join(', ')})`;
  });
  const quoted = columns.map((c) => `"${c}"`);
  const changing = quoted.filter((c) => c !== '"code"');
  const result = (await manager.query(
    `INSERT INTO "${table}" (${quoted.join(', ')}) VALUES ${tuples.join(', ')}
     ON CONFLICT ("code") DO UPDATE SET ${changing.map((c) => `${c} = EXCLUDED.${c}`).join(', ')},
       "updated_at" = now(), "version" = "${table}"."version" + 1
     WHERE (${changing.map((c) => `"${table}".${c}`).join(', ')}) IS DISTINCT FROM (${changing
       .map((c) => `EXCLUDED.${c}`)
       .join(', ')})
     RETURNING (xmax = 0) AS "inserted"`,
    values,
  )) as Array<{ inserted: boolean }>;
  const inserted = result.filter((r) => r.inserted).length;
  return { inserted, updated: result.length - inserted };
}

async function idsByCode(manager: EntityManager, table: string): Promise<Map<string, string>> {
  const rows = (await manager.query(`SELECT "id", "code" FROM "${table}"`)) as Array<{
    id: string;
    code: string;
  }>;
  return new Map(rows.map((r) => [r.code, r.id]));
}

function idOf(ids: Map<string, string>, code: string, what: string): string {
  const id = ids.get(code);
  if (id === undefined) throw new Error(`Reference data: unknown ${what} ${code}`);
  return id;
}

function nullableIdOf(
  ids: Map<string, string>,
  code: string | null | undefined,
  what: string,
): string | null {
  return code == null ? null : idOf(ids, code, what);
}

/** Depth of an office in the tree, so parents are written before their children. */
function depths(offices: readonly OfficeSeed[]): Map<string, number> {
  const parentOf = new Map(offices.map((o) => [o.code, o.parent]));
  const depth = new Map<string, number>();
  for (const office of offices) {
    let d = 0;
    for (let p = office.parent; p != null; p = parentOf.get(p) ?? null) {
      d += 1;
      if (d > offices.length)
        throw new Error(`Reference data: office parents form a cycle at ${office.code}`);
    }
    depth.set(office.code, d);
  }
  return depth;
}

function add(total: ReferenceCounts, more: ReferenceCounts): ReferenceCounts {
  return { inserted: total.inserted + more.inserted, updated: total.updated + more.updated };
}

/** Writes the reference data in one transaction; returns per-table counts of rows inserted and updated. */
export async function upsertReference(dataSource: DataSource): Promise<Record<string, ReferenceCounts>> {
  return dataSource.transaction(async (manager) => {
    const counts: Record<string, ReferenceCounts> = {};

    counts['region'] = await upsert(
      manager,
      'region',
      REGIONS.map((r) => ({
        code: r.code,
        name_kk: r.name.kk,
        name_ru: r.name.ru,
        name_en: r.name.en,
        kind: r.kind,
        centre_kk: r.centre.kk,
        centre_ru: r.centre.ru,
        centre_en: r.centre.en,
        sort_order: r.sortOrder,
        valid_from: r.validFrom,
      })),
    );
    const regionIds = await idsByCode(manager, 'region');

    counts['region_history'] = await upsert(
      manager,
      'region_history',
      REGION_EVENTS.map((e) => ({
        code: regionEventCode(e),
        region_id: idOf(regionIds, e.region, 'region'),
        event_date: e.date,
        kind: e.kind,
        from_name_kk: e.fromName?.kk ?? null,
        from_name_ru: e.fromName?.ru ?? null,
        from_name_en: e.fromName?.en ?? null,
        to_name_kk: e.toName?.kk ?? null,
        to_name_ru: e.toName?.ru ?? null,
        to_name_en: e.toName?.en ?? null,
        from_centre_kk: e.fromCentre?.kk ?? null,
        from_centre_ru: e.fromCentre?.ru ?? null,
        from_centre_en: e.fromCentre?.en ?? null,
        to_centre_kk: e.toCentre?.kk ?? null,
        to_centre_ru: e.toCentre?.ru ?? null,
        to_centre_en: e.toCentre?.en ?? null,
        from_kind: e.fromKind ?? null,
        to_kind: e.toKind ?? null,
        related_region_id: nullableIdOf(regionIds, e.relatedRegion, 'region'),
        sources: e.sources,
      })),
    );

    const positionInRegion = new Map<string, number>();
    counts['locality'] = await upsert(
      manager,
      'locality',
      LOCALITIES.map((l) => {
        const position = (positionInRegion.get(l.region) ?? 0) + 1;
        positionInRegion.set(l.region, position);
        return {
          code: l.code,
          region_id: idOf(regionIds, l.region, 'region'),
          kind: l.kind,
          name_kk: l.name.kk,
          name_ru: l.name.ru,
          name_en: l.name.en,
          sort_order: position,
        };
      }),
    );
    const localityIds = await idsByCode(manager, 'locality');
    // City districts point at their city (second pass: the city's id is known only now).
    for (const l of LOCALITIES) {
      const parentId = l.within ? idOf(localityIds, l.within, 'locality') : null;
      await manager.query(
        'UPDATE locality SET parent_id = $1 WHERE code = $2 AND parent_id IS DISTINCT FROM $1',
        [parentId, l.code],
      );
    }

    const depth = depths(OFFICES);
    const levels = [...new Set(depth.values())].sort((a, b) => a - b);
    let officeCounts: ReferenceCounts = { inserted: 0, updated: 0 };
    for (const level of levels) {
      const officeIds = await idsByCode(manager, 'office');
      const rows = OFFICES.flatMap((o, index) =>
        depth.get(o.code) === level
          ? [
              {
                code: o.code,
                kind: o.kind,
                parent_id: nullableIdOf(officeIds, o.parent, 'office'),
                region_id: nullableIdOf(regionIds, o.region, 'region'),
                locality_id: nullableIdOf(localityIds, o.locality, 'locality'),
                name_kk: o.name.kk,
                name_ru: o.name.ru,
                name_en: o.name.en,
                short_name_kk: o.shortName.kk,
                short_name_ru: o.shortName.ru,
                short_name_en: o.shortName.en,
                sort_order: index + 1,
              },
            ]
          : [],
      );
      officeCounts = add(officeCounts, await upsert(manager, 'office', rows));
    }
    counts['office'] = officeCounts;

    counts['court'] = await upsert(
      manager,
      'court',
      COURTS.map((c, index) => ({
        code: c.code,
        kind: c.kind,
        instance: c.instance,
        region_id: nullableIdOf(regionIds, c.region, 'region'),
        locality_id: idOf(localityIds, c.locality, 'locality'),
        name_kk: c.name.kk,
        name_ru: c.name.ru,
        name_en: c.name.en,
        website: c.website,
        sort_order: index + 1,
      })),
    );

    counts['thematic_direction'] = await upsert(
      manager,
      'thematic_direction',
      THEMES.map((t, index) => ({
        code: t.code,
        name_kk: t.name.kk,
        name_ru: t.name.ru,
        name_en: t.name.en,
        mandatory: t.mandatory,
        paragraph: t.paragraph,
        sort_order: index + 1,
      })),
    );

    return counts;
  });
}

/** Upserts the national reference data (regions, localities, offices, courts, thematic directions). Idempotent. */
export async function seedReference(dataSource: DataSource): Promise<void> {
  await upsertReference(dataSource);
}
