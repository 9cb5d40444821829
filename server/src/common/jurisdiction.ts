import { Role, assertUnreachable } from '@qadagalau/shared';
import { Brackets, type DataSource, type EntityManager, type WhereExpressionBuilder } from 'typeorm';
import type { AuthUser } from './auth';

/** What decides whether a loaded case is inside a jurisdiction (the columns whereCase reads). */
export interface CaseScope {
  regionId: string;
  courtId: string;
  responsibleOfficeId: string;
  territorialOfficeId: string;
  specializedOfficeId: string | null;
}

/**
 * What a user may see, resolved once per request from their role and office:
 * - ADMIN, DEPARTMENT: the whole republic;
 * - REGIONAL: cases in the office's region;
 * - DISTRICT: cases the office answers for or sits over as the territorial office (para 7: it notifies the
 *   specialized office and takes over on a fallback);
 * - SPECIALIZED: cases the office answers for or that fall to it by category, plus every case heard in a court
 *   where it sits — para 7 obliges specialized offices to monitor all cases set for hearing there.
 */
export class Jurisdiction {
  private constructor(
    readonly user: AuthUser,
    readonly whole: boolean,
    readonly regionId: string | null,
    /** Localities whose courts a specialized office monitors: its own and the city districts around it. */
    readonly monitoredLocalityIds: readonly string[],
  ) {}

  /** Courts in the monitored localities (SPECIALIZED only), read at most once per jurisdiction object. */
  private monitoredCourts: Promise<ReadonlySet<string>> | null = null;

  static async of(user: AuthUser, db: DataSource | EntityManager): Promise<Jurisdiction> {
    switch (user.role) {
      case Role.ADMIN:
      case Role.DEPARTMENT:
        return new Jurisdiction(user, true, null, []);
      case Role.REGIONAL:
      case Role.DISTRICT: {
        const [office] = (await db.query('SELECT region_id AS "regionId" FROM office WHERE id = $1', [
          user.officeId,
        ])) as { regionId: string | null }[];
        return new Jurisdiction(user, false, office?.regionId ?? null, []);
      }
      case Role.SPECIALIZED: {
        const rows = (await db.query(
          `SELECT l.id FROM office o JOIN locality l ON l.id = o.locality_id OR l.parent_id = o.locality_id
            WHERE o.id = $1`,
          [user.officeId],
        )) as { id: string }[];
        return new Jurisdiction(
          user,
          false,
          null,
          rows.map((r) => r.id),
        );
      }
      default:
        return assertUnreachable(user.role);
    }
  }

  /** Restricts a query over cases (alias `c`, table court_case) to this jurisdiction. */
  whereCase(qb: WhereExpressionBuilder, alias = 'c'): void {
    if (this.whole) return;
    const office = this.user.officeId ?? '00000000-0000-0000-0000-000000000000';
    qb.andWhere(
      new Brackets((w) => {
        switch (this.user.role) {
          case Role.REGIONAL:
            w.where(`${alias}.region_id = :jRegion`, { jRegion: this.regionId });
            break;
          case Role.DISTRICT:
            w.where(`${alias}.responsible_office_id = :jOffice`, { jOffice: office }).orWhere(
              `${alias}.territorial_office_id = :jOffice`,
            );
            break;
          case Role.SPECIALIZED:
            w.where(`${alias}.responsible_office_id = :jOffice`, { jOffice: office })
              .orWhere(`${alias}.specialized_office_id = :jOffice`)
              .orWhere(
                `${alias}.court_id IN (SELECT id FROM court WHERE locality_id = ANY(:jLocalities::uuid[]))`,
                { jLocalities: this.monitoredLocalityIds },
              );
            break;
          case Role.ADMIN:
          case Role.DEPARTMENT:
            break;
          default:
            assertUnreachable(this.user.role);
        }
      }),
    );
  }

  /**
   * Whether a case already loaded is inside this jurisdiction: the same rule as whereCase, in memory (field-level
   * privacy decides per case of a list without a query per case; a specialized office's monitored courts are
   * read once).
   */
  async seesCase(c: CaseScope, db: DataSource | EntityManager): Promise<boolean> {
    if (this.whole) return true;
    const office = this.user.officeId;
    switch (this.user.role) {
      case Role.REGIONAL:
        return this.regionId !== null && c.regionId === this.regionId;
      case Role.DISTRICT:
        return office !== null && (c.responsibleOfficeId === office || c.territorialOfficeId === office);
      case Role.SPECIALIZED:
        if (office !== null && (c.responsibleOfficeId === office || c.specializedOfficeId === office))
          return true;
        return (await this.monitoredCourtIds(db)).has(c.courtId);
      case Role.ADMIN:
      case Role.DEPARTMENT:
        return true;
      default:
        return assertUnreachable(this.user.role);
    }
  }

  private monitoredCourtIds(db: DataSource | EntityManager): Promise<ReadonlySet<string>> {
    this.monitoredCourts ??= (
      db.query('SELECT id FROM court WHERE locality_id = ANY($1::uuid[])', [
        this.monitoredLocalityIds,
      ]) as Promise<{ id: string }[]>
    ).then((rows) => new Set(rows.map((r) => r.id)));
    return this.monitoredCourts;
  }

  /**
   * Whether an event about a case with this scope is visible: the same rule as whereCase, applied in memory to
   * what the event carries (live subscriptions filter every event without a query).
   */
  seesScope(scope: {
    regionId: string | null;
    officeIds: readonly string[];
    courtLocalityId: string | null;
  }): boolean {
    if (this.whole) return true;
    const office = this.user.officeId;
    switch (this.user.role) {
      case Role.REGIONAL:
        return this.regionId !== null && scope.regionId === this.regionId;
      case Role.DISTRICT:
        return office !== null && scope.officeIds.includes(office);
      case Role.SPECIALIZED:
        return (
          (office !== null && scope.officeIds.includes(office)) ||
          (scope.courtLocalityId !== null && this.monitoredLocalityIds.includes(scope.courtLocalityId))
        );
      case Role.ADMIN:
      case Role.DEPARTMENT:
        return true;
      default:
        return assertUnreachable(this.user.role);
    }
  }

  /** Whether an office's own records (its board, its reports) are visible: the office itself, or above it. */
  async seesOffice(officeId: string, db: DataSource | EntityManager): Promise<boolean> {
    if (this.whole) return true;
    if (this.user.officeId === officeId) return true;
    if (this.user.role !== Role.REGIONAL) return false;
    const [office] = (await db.query('SELECT region_id AS "regionId" FROM office WHERE id = $1', [
      officeId,
    ])) as {
      regionId: string | null;
    }[];
    return office !== undefined && office.regionId === this.regionId;
  }
}
