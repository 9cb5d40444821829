import { DomainError, ErrorCode, Role, todayInAlmaty } from '@qadagalau/shared';
import type { DataSource, EntityManager } from 'typeorm';
import { recordAudit } from '../../common/audit';
import type { AuthUser } from '../../common/auth';
import { notFound } from '../../common/guards';
import { Office } from '../office/office.entity';
import type { Region } from '../region/region.entity';
import { RegionService } from '../region/region.service';
import { ThematicDirection } from '../theme/thematic-direction.entity';
import { Assignment } from './assignment.entity';
import { Prosecutor } from './prosecutor.entity';
import type { AssignProsecutorInput } from './prosecutor.inputs';

const WHOLE_REPUBLIC: readonly Role[] = [Role.ADMIN, Role.DEPARTMENT];
/** Para 5 assignments are managed by the regional office (its region) and the Department (everywhere). */
export const ASSIGNMENT_MANAGERS: readonly Role[] = [Role.ADMIN, Role.DEPARTMENT, Role.REGIONAL];

export interface MatrixCell {
  region: Region;
  theme: ThematicDirection;
  assignments: Assignment[];
  workload: number;
  gap: boolean;
}

export interface Matrix {
  asOf: string;
  editable: boolean;
  themes: ThematicDirection[];
  rows: { region: Region; cells: MatrixCell[] }[];
}

/** An assignment holds on `day` when it started by then and has not stopped (validTo is not included). */
const ACTIVE_ON = 'a.valid_from <= $1 AND (a.valid_to IS NULL OR a.valid_to > $1)';

/** Prosecutors and the zonal-thematic assignments of para 5. */
export class ProsecutorService {
  constructor(
    private readonly db: DataSource | EntityManager,
    private readonly now: Date = new Date(),
  ) {}

  /** The region of the user's office (null for central offices and users without an office). */
  async userRegion(user: AuthUser): Promise<string | null> {
    if (!user.officeId) return null;
    const [office] = (await this.db.query('SELECT region_id AS "regionId" FROM office WHERE id = $1', [
      user.officeId,
    ])) as { regionId: string | null }[];
    return office?.regionId ?? null;
  }

  /** The regions a user may see in the matrix and staff lists: all for the republic, else the own region. */
  async visibleRegions(user: AuthUser): Promise<'ALL' | string[]> {
    if (WHOLE_REPUBLIC.includes(user.role)) return 'ALL';
    const region = await this.userRegion(user);
    return region ? [region] : [];
  }

  /** Whether the user may see the staff of an office: the own office, or any office of a visible region. */
  async seesOfficeStaff(user: AuthUser, office: Pick<Office, 'id' | 'regionId'>): Promise<boolean> {
    if (user.officeId === office.id) return true;
    const regions = await this.visibleRegions(user);
    return regions === 'ALL' || (office.regionId !== null && regions.includes(office.regionId));
  }

  async matrix(user: AuthUser, regionIds: string[] | null, asOf: string | null): Promise<Matrix> {
    const day = asOf ?? todayInAlmaty(this.now);
    const visible = await this.visibleRegions(user);
    if (regionIds && visible !== 'ALL') {
      const outside = regionIds.filter((id) => !visible.includes(id));
      if (outside.length > 0) {
        throw new DomainError(ErrorCode.FORBIDDEN, 'regionIds: outside your region', { field: 'regionIds' });
      }
    }
    const wanted = regionIds ?? (visible === 'ALL' ? null : visible);
    const dataSource = 'manager' in this.db ? this.db : this.db.connection;
    const regions = (await new RegionService(dataSource).list(asOf ?? undefined)).filter(
      (r) => !wanted || wanted.includes(r.id),
    );
    if (regionIds) {
      const known = new Set(regions.map((r) => r.id));
      const unknown = regionIds.filter((id) => !known.has(id));
      if (unknown.length > 0) {
        throw new DomainError(ErrorCode.BAD_USER_INPUT, 'regionIds: no such region on that day', {
          field: 'regionIds',
          ids: unknown,
        });
      }
    }
    const themes = await this.db.getRepository(ThematicDirection).find({ order: { sortOrder: 'ASC' } });
    const ids = regions.map((r) => r.id);

    const zones = (await this.db.query(
      `SELECT a.id, COALESCE(a.region_id, o.region_id) AS "regionId"
         FROM assignment a LEFT JOIN office o ON o.id = a.office_id
        WHERE ${ACTIVE_ON} AND COALESCE(a.region_id, o.region_id) = ANY($2::uuid[])`,
      [day, ids],
    )) as { id: string; regionId: string }[];
    const zoneOf = new Map(zones.map((z) => [z.id, z.regionId]));
    const assignments =
      zones.length === 0
        ? []
        : await this.db
            .getRepository(Assignment)
            .createQueryBuilder('a')
            .where('a.id = ANY(:ids::uuid[])', { ids: zones.map((z) => z.id) })
            .orderBy('a.valid_from', 'ASC')
            .addOrderBy('a.id', 'ASC')
            .getMany();

    // Workload: open cases of the theme in the region — cases with at least one OPEN deadline (SQL aggregate).
    const workloads = (await this.db.query(
      `SELECT c.region_id AS "regionId", t.code, count(DISTINCT c.id)::int AS n
         FROM court_case c CROSS JOIN LATERAL unnest(c.theme_codes) AS t(code)
        WHERE c.region_id = ANY($1::uuid[])
          AND EXISTS (SELECT 1 FROM deadline d WHERE d.case_id = c.id AND d.status = 'OPEN')
        GROUP BY c.region_id, t.code`,
      [ids],
    )) as { regionId: string; code: string; n: number }[];
    const workload = new Map(workloads.map((w) => [`${w.regionId}:${w.code}`, w.n]));

    const byCell = new Map<string, Assignment[]>();
    for (const a of assignments) {
      const key = `${zoneOf.get(a.id)}:${a.themeId}`;
      byCell.set(key, [...(byCell.get(key) ?? []), a]);
    }
    return {
      asOf: day,
      editable: ASSIGNMENT_MANAGERS.includes(user.role),
      themes,
      rows: regions.map((region) => ({
        region,
        cells: themes.map((theme) => {
          const cellAssignments = byCell.get(`${region.id}:${theme.id}`) ?? [];
          return {
            region,
            theme,
            assignments: cellAssignments,
            workload: workload.get(`${region.id}:${theme.code}`) ?? 0,
            gap: cellAssignments.length === 0,
          };
        }),
      })),
    };
  }

  /** Assigns a prosecutor to a theme in a zone (managers only; REGIONAL within its region). */
  async assign(input: AssignProsecutorInput, user: AuthUser): Promise<Assignment> {
    const manager = this.manager();
    if (input.validTo && input.validTo < input.validFrom) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, 'validTo: before validFrom', { field: 'validTo' });
    }
    const prosecutor = await manager.findOneBy(Prosecutor, { id: input.prosecutorId });
    if (!prosecutor) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, 'prosecutorId: no such prosecutor', {
        field: 'prosecutorId',
      });
    }
    if (!prosecutor.active) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, 'prosecutorId: the prosecutor no longer serves', {
        field: 'prosecutorId',
      });
    }
    const region = await manager.query('SELECT id FROM region WHERE id = $1', [input.regionId]);
    if ((region as unknown[]).length === 0) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, 'regionId: no such region', { field: 'regionId' });
    }
    if (input.officeId) {
      const office = await manager.findOneBy(Office, { id: input.officeId });
      if (!office || office.regionId !== input.regionId) {
        throw new DomainError(ErrorCode.BAD_USER_INPUT, 'officeId: no such office in the region', {
          field: 'officeId',
        });
      }
    }
    const theme = await manager.findOneBy(ThematicDirection, { code: input.themeCode });
    if (!theme) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, `themeCode: no thematic direction ${input.themeCode}`, {
        field: 'themeCode',
      });
    }
    if (user.role === Role.REGIONAL) {
      const own = await this.userRegion(user);
      const prosecutorOffice = await manager.findOneBy(Office, { id: prosecutor.officeId });
      if (own === null || input.regionId !== own || prosecutorOffice?.regionId !== own) {
        throw new DomainError(ErrorCode.FORBIDDEN, 'You manage assignments of your own region only');
      }
    }
    // A duplicate: the same prosecutor, zone and theme in an overlapping period. The lock serialises concurrent
    // assignments of one prosecutor, so two of them cannot both pass the check.
    await manager.query("SELECT pg_advisory_xact_lock(hashtext('assignment:' || $1))", [prosecutor.id]);
    const overlapping = (await manager.query(
      `SELECT id FROM assignment
        WHERE prosecutor_id = $1 AND region_id = $2 AND office_id IS NOT DISTINCT FROM $3 AND theme_id = $4
          AND (valid_to IS NULL OR valid_to > $5) AND ($6::date IS NULL OR valid_from < $6::date)
          AND (valid_to IS NULL OR valid_to > valid_from)`,
      [
        prosecutor.id,
        input.regionId,
        input.officeId ?? null,
        theme.id,
        input.validFrom,
        input.validTo ?? null,
      ],
    )) as { id: string }[];
    if (overlapping.length > 0) {
      throw new DomainError(
        ErrorCode.CONFLICT,
        'The prosecutor already answers for this theme in this zone',
        {
          assignmentId: overlapping[0]?.id,
        },
      );
    }
    const saved = await manager.save(
      manager.create(Assignment, {
        prosecutorId: prosecutor.id,
        regionId: input.regionId,
        officeId: input.officeId ?? null,
        themeId: theme.id,
        validFrom: input.validFrom,
        validTo: input.validTo ?? null,
      }),
    );
    await recordAudit(manager, user, 'assignProsecutor', 'Assignment', saved.id, null, saved);
    return saved;
  }

  /** Ends an assignment on `validTo` (default today): the record stays, the period closes. */
  async unassign(id: string, version: number, validTo: string | null, user: AuthUser): Promise<Assignment> {
    const manager = this.manager();
    const assignment = await manager.findOne(Assignment, {
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!assignment) throw notFound('Assignment', id);
    if (user.role === Role.REGIONAL) {
      const own = await this.userRegion(user);
      const [zone] = (await manager.query(
        `SELECT COALESCE(a.region_id, o.region_id) AS "regionId"
           FROM assignment a LEFT JOIN office o ON o.id = a.office_id WHERE a.id = $1`,
        [id],
      )) as { regionId: string | null }[];
      if (own === null || zone?.regionId !== own) throw notFound('Assignment', id);
    }
    if (assignment.version !== version) {
      throw new DomainError(ErrorCode.CONFLICT, 'The assignment was changed by someone else: reload it', {
        field: 'version',
        currentVersion: assignment.version,
      });
    }
    const end = validTo ?? todayInAlmaty(this.now);
    if (end < assignment.validFrom) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, 'validTo: before the assignment started', {
        field: 'validTo',
      });
    }
    if (assignment.validTo !== null && assignment.validTo <= end) {
      throw new DomainError(ErrorCode.CONFLICT, `The assignment already ended on ${assignment.validTo}`, {
        validTo: assignment.validTo,
      });
    }
    const before = { ...assignment };
    assignment.validTo = end;
    const saved = await manager.save(assignment);
    await recordAudit(manager, user, 'unassignProsecutor', 'Assignment', saved.id, before, saved);
    return saved;
  }

  private manager(): EntityManager {
    if ('manager' in this.db) throw new Error('ProsecutorService: mutations need the transaction’s manager');
    return this.db;
  }
}
