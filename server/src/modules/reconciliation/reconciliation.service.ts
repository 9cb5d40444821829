import {
  Discrepancy,
  DomainError,
  ErrorCode,
  OfficeKind,
  ReconciliationStatus,
  caseDiscrepancies,
  quarterRange,
} from '@qadagalau/shared';
import type { EntityManager } from 'typeorm';
import { recordAudit } from '../../common/audit';
import type { AuthUser } from '../../common/auth';
import { notFound } from '../../common/guards';
import type { Jurisdiction } from '../../common/jurisdiction';
import { Office } from '../office/office.entity';
import { User } from '../user/user.entity';
import { ReconciliationItem } from './reconciliation-item.entity';
import { Reconciliation } from './reconciliation.entity';

const TERRITORIAL: readonly OfficeKind[] = [OfficeKind.DISTRICT, OfficeKind.CITY, OfficeKind.INTERDISTRICT];
const SPECIALIZED: readonly OfficeKind[] = [
  OfficeKind.MILITARY,
  OfficeKind.TRANSPORT,
  OfficeKind.ENVIRONMENTAL,
];

interface HeardCase {
  id: string;
  number: string;
  responsibleOfficeId: string;
  participationRequired: boolean;
  notified: boolean;
  attendedBy: (string | null)[];
}

/**
 * Para 7: the quarterly reconciliation of a territorial and a specialized office. Built from the cases heard in
 * the territory's courts that fall to the specialized office; each discrepancy is resolved with a note; both
 * sides sign, which freezes the act. Callers pass the transaction's manager.
 */
export class ReconciliationService {
  constructor(
    private readonly manager: EntityManager,
    private readonly now: Date = new Date(),
  ) {}

  /** Users of the two offices, their regional office, and the republic-wide roles. */
  async sees(rec: Pick<Reconciliation, 'territorialOfficeId' | 'specializedOfficeId'>, j: Jurisdiction) {
    return (
      (await j.seesOffice(rec.territorialOfficeId, this.manager)) ||
      (await j.seesOffice(rec.specializedOfficeId, this.manager))
    );
  }

  /** A reconciliation the user may see, or NOT_FOUND (the two look alike); locked when `lock`. */
  async visible(id: string, j: Jurisdiction, lock = false): Promise<Reconciliation> {
    const rec = await this.manager.findOne(Reconciliation, {
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!rec || !(await this.sees(rec, j))) throw notFound('Reconciliation', id);
    return rec;
  }

  async build(
    quarter: string,
    territorialOfficeId: string,
    specializedOfficeId: string,
    user: AuthUser,
    j: Jurisdiction,
    version: number | null = null,
  ): Promise<Reconciliation> {
    const period = quarterRange(quarter, 'quarter');
    const territorial = await this.office(territorialOfficeId, TERRITORIAL, 'territorialOfficeId');
    await this.office(specializedOfficeId, SPECIALIZED, 'specializedOfficeId');
    if (!(await this.sees({ territorialOfficeId, specializedOfficeId }, j))) {
      throw new DomainError(ErrorCode.FORBIDDEN, 'Only the two offices and those above them reconcile');
    }
    // Serialises concurrent builds of one act, including the first (no row to lock yet).
    await this.manager.query("SELECT pg_advisory_xact_lock(hashtext('reconciliation:' || $1 || $2 || $3))", [
      quarter,
      territorialOfficeId,
      specializedOfficeId,
    ]);
    const existing = await this.manager.findOne(Reconciliation, {
      where: { quarter, territorialOfficeId, specializedOfficeId },
      lock: { mode: 'pessimistic_write' },
    });
    if (existing) this.assertDraft(existing);
    // A rebuild replaces the items and clears a signature: with the version the caller read, a draft changed
    // since (resolved, signed, rebuilt) is a CONFLICT. Optional: building from the source data is the same
    // whoever asks, and the first build of a quarter has no version to give.
    if (existing && version !== null && existing.version !== version) {
      throw new DomainError(ErrorCode.CONFLICT, 'The reconciliation was changed by someone else: reload it', {
        field: 'version',
        currentVersion: existing.version,
      });
    }

    const heard = (await this.manager.query(
      `SELECT c.id, c.number, c.responsible_office_id AS "responsibleOfficeId",
              (c.mandatory OR bool_or(h.instance = 'APPEAL')) AS "participationRequired",
              EXISTS (SELECT 1 FROM notification n WHERE n.case_id = c.id AND n.to_office_id = $1) AS notified,
              array_agg(CASE WHEN h.attended IS DISTINCT FROM false THEN h.attended_by_office_id END
                        ORDER BY h.scheduled_at, h.id) AS "attendedBy"
         FROM court_case c
         JOIN hearing h ON h.case_id = c.id AND h.status = 'HELD'
         JOIN court ct ON ct.id = h.court_id
        WHERE c.specialized_office_id = $1 AND ct.locality_id = $2
          AND h.scheduled_at >= ($3::date)::timestamp AT TIME ZONE 'Asia/Almaty'
          AND h.scheduled_at < ($4::date + 1)::timestamp AT TIME ZONE 'Asia/Almaty'
        GROUP BY c.id
        ORDER BY c.number`,
      [specializedOfficeId, territorial.localityId, period.from, period.to],
    )) as HeardCase[];

    const before = existing ? { ...existing } : null;
    const previous = existing
      ? await this.manager.find(ReconciliationItem, { where: { reconciliationId: existing.id } })
      : [];
    const rec =
      existing ??
      this.manager.create(Reconciliation, {
        quarter,
        territorialOfficeId,
        specializedOfficeId,
        status: ReconciliationStatus.DRAFT,
      });
    rec.builtAt = this.now;
    rec.signedByTerritorialAt = null;
    rec.signedByTerritorialBy = null;
    rec.signedBySpecializedAt = null;
    rec.signedBySpecializedBy = null;
    const saved = await this.manager.save(rec);
    if (existing) await this.manager.delete(ReconciliationItem, { reconciliationId: saved.id });

    // A rebuild keeps the resolution of a discrepancy that is still there.
    const resolved = new Map(previous.map((i) => [`${i.caseId}:${i.discrepancy ?? ''}`, i]));
    const items = heard.flatMap((c) => {
      const found = caseDiscrepancies({
        territorialOfficeId,
        specializedOfficeId,
        responsibleOfficeId: c.responsibleOfficeId,
        participationRequired: c.participationRequired,
        notified: c.notified,
        attendedBy: c.attendedBy,
      });
      return (found.length > 0 ? found : [null]).map((discrepancy) => {
        const kept = discrepancy ? resolved.get(`${c.id}:${discrepancy}`) : undefined;
        return this.manager.create(ReconciliationItem, {
          reconciliationId: saved.id,
          caseId: c.id,
          discrepancy,
          resolutionNote: kept?.resolutionNote ?? null,
          resolvedAt: kept?.resolvedAt ?? null,
          resolvedBy: kept?.resolvedBy ?? null,
        });
      });
    });
    if (items.length > 0) await this.manager.save(items);
    await recordAudit(this.manager, user, 'buildReconciliation', 'Reconciliation', saved.id, before, {
      ...saved,
      items: items.length,
    });
    return saved;
  }

  async resolve(
    itemId: string,
    version: number,
    note: string,
    user: AuthUser,
    j: Jurisdiction,
  ): Promise<ReconciliationItem> {
    const found = await this.manager.findOneBy(ReconciliationItem, { id: itemId });
    if (!found) throw notFound('Reconciliation item', itemId);
    // The act first, then the item (the order a rebuild and a signature take): no deadlock between them.
    const rec = await this.visible(found.reconciliationId, j, true).catch(() => {
      throw notFound('Reconciliation item', itemId);
    });
    const item = await this.manager.findOne(ReconciliationItem, {
      where: { id: itemId },
      lock: { mode: 'pessimistic_write' },
    });
    // A rebuild in between replaced the items: the one the caller read is gone.
    if (!item)
      throw new DomainError(ErrorCode.CONFLICT, 'The reconciliation was rebuilt: reload it', {
        field: 'itemId',
      });
    if (item.version !== version) {
      throw new DomainError(
        ErrorCode.CONFLICT,
        'The discrepancy was changed by someone else: reload it and try again',
        { field: 'version', currentVersion: item.version },
      );
    }
    this.assertDraft(rec);
    if (rec.signedByTerritorialAt || rec.signedBySpecializedAt) {
      throw new DomainError(
        ErrorCode.CONFLICT,
        'One side has signed: rebuild the reconciliation to change it',
      );
    }
    if (!item.discrepancy) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, 'itemId: this case has no discrepancy to resolve', {
        field: 'itemId',
      });
    }
    const before = { ...item };
    item.resolutionNote = note.trim();
    item.resolvedAt = this.now;
    item.resolvedBy = user.id;
    const saved = await this.manager.save(item);
    await recordAudit(
      this.manager,
      user,
      'resolveDiscrepancy',
      'ReconciliationItem',
      saved.id,
      before,
      saved,
    );
    return saved;
  }

  async sign(id: string, version: number, user: AuthUser, j: Jurisdiction): Promise<Reconciliation> {
    const rec = await this.visible(id, j, true);
    this.assertDraft(rec);
    if (rec.version !== version) {
      throw new DomainError(ErrorCode.CONFLICT, 'The reconciliation was changed by someone else: reload it', {
        field: 'version',
        currentVersion: rec.version,
      });
    }
    const side =
      user.officeId === rec.territorialOfficeId
        ? 'territorial'
        : user.officeId === rec.specializedOfficeId
          ? 'specialized'
          : null;
    if (!side) {
      throw new DomainError(ErrorCode.FORBIDDEN, 'Only users of the two offices sign the reconciliation');
    }
    if (side === 'territorial' ? rec.signedByTerritorialAt : rec.signedBySpecializedAt) {
      throw new DomainError(ErrorCode.CONFLICT, `The ${side} office has already signed`);
    }
    const [{ n: unresolved } = { n: 0 }] = (await this.manager.query(
      `SELECT count(*)::int AS n FROM reconciliation_item
        WHERE reconciliation_id = $1 AND discrepancy IS NOT NULL AND resolved_at IS NULL`,
      [rec.id],
    )) as { n: number }[];
    if (unresolved > 0) {
      throw new DomainError(
        ErrorCode.CONFLICT,
        `${unresolved} discrepanc${unresolved === 1 ? 'y is' : 'ies are'} not resolved yet`,
        { unresolved },
      );
    }
    const before = { ...rec };
    if (side === 'territorial') {
      rec.signedByTerritorialAt = this.now;
      rec.signedByTerritorialBy = user.id;
    } else {
      rec.signedBySpecializedAt = this.now;
      rec.signedBySpecializedBy = user.id;
    }
    if (rec.signedByTerritorialAt && rec.signedBySpecializedAt) {
      rec.status = ReconciliationStatus.SIGNED;
      rec.frozenAct = await this.act(rec);
    }
    const saved = await this.manager.save(rec);
    await recordAudit(this.manager, user, 'signReconciliation', 'Reconciliation', saved.id, before, saved);
    return saved;
  }

  /** The full act as signed: offices, items with their resolutions, signatures. */
  private async act(rec: Reconciliation): Promise<Record<string, unknown>> {
    const items = (await this.manager.query(
      `SELECT i.id, i.case_id AS "caseId", c.number AS "caseNumber", c.koap_article AS "koapArticle",
              i.discrepancy, i.resolution_note AS "resolutionNote", i.resolved_at AS "resolvedAt",
              i.resolved_by AS "resolvedBy"
         FROM reconciliation_item i JOIN court_case c ON c.id = i.case_id
        WHERE i.reconciliation_id = $1 ORDER BY c.number, i.discrepancy NULLS FIRST`,
      [rec.id],
    )) as Record<string, unknown>[];
    const offices = await this.manager.findBy(Office, [
      { id: rec.territorialOfficeId },
      { id: rec.specializedOfficeId },
    ]);
    const office = (id: string) => {
      const o = offices.find((x) => x.id === id);
      return o ? { id: o.id, code: o.code, nameKk: o.nameKk, nameRu: o.nameRu, nameEn: o.nameEn } : { id };
    };
    const signer = async (userId: string | null, at: Date | null) => {
      const u = userId ? await this.manager.findOneBy(User, { id: userId }) : null;
      return { userId, username: u?.username ?? null, displayName: u?.displayName ?? null, at };
    };
    const { from, to } = quarterRange(rec.quarter);
    return JSON.parse(
      JSON.stringify({
        reconciliationId: rec.id,
        quarter: rec.quarter,
        period: { from, to },
        territorialOffice: office(rec.territorialOfficeId),
        specializedOffice: office(rec.specializedOfficeId),
        builtAt: rec.builtAt,
        items,
        discrepancies: Object.fromEntries(
          Object.values(Discrepancy).map((d) => [d, items.filter((i) => i['discrepancy'] === d).length]),
        ),
        signatures: {
          territorial: await signer(rec.signedByTerritorialBy, rec.signedByTerritorialAt),
          specialized: await signer(rec.signedBySpecializedBy, rec.signedBySpecializedAt),
        },
      }),
    ) as Record<string, unknown>;
  }

  private assertDraft(rec: Reconciliation): void {
    if (rec.status !== ReconciliationStatus.DRAFT) {
      throw new DomainError(
        ErrorCode.CONFLICT,
        'The reconciliation is signed by both sides and cannot change',
        {
          status: rec.status,
        },
      );
    }
  }

  private async office(id: string, kinds: readonly OfficeKind[], field: string): Promise<Office> {
    const office = await this.manager.findOneBy(Office, { id });
    if (!office || !kinds.includes(office.kind) || !office.localityId) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, `${field}: no such office of the right kind`, {
        field,
      });
    }
    return office;
  }
}
