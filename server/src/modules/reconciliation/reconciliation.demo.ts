import { Role, todayInAlmaty } from '@qadagalau/shared';
import type { EntityManager } from 'typeorm';
import type { AuthUser } from '../../common/auth';
import { Jurisdiction } from '../../common/jurisdiction';
import { ReconciliationItem } from './reconciliation-item.entity';
import { ReconciliationService } from './reconciliation.service';

/** The quarter `back` quarters before the one `day` falls in, as 'YYYY-Qn'. */
export function quarterBefore(day: string, back: number): string {
  const index = Number(day.slice(0, 4)) * 4 + Math.floor((Number(day.slice(5, 7)) - 1) / 3) - back;
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}

/**
 * Demo (para 7): the demo district office reconciles with each demo specialized office — the quarter before last
 * resolved and signed by both sides (a frozen act), the last quarter still a draft. Runs inside the demo seed's
 * transaction, through the same service the API uses. Returns how many reconciliations it wrote.
 */
export async function seedDemoReconciliations(manager: EntityManager, now: Date): Promise<number> {
  const users = (await manager.query(
    `SELECT id, username, role, office_id AS "officeId" FROM app_user
      WHERE username IN ('district', 'military', 'transport', 'environmental') AND office_id IS NOT NULL`,
  )) as AuthUser[];
  const district = users.find((u) => u.role === Role.DISTRICT);
  if (!district) return 0;
  const service = new ReconciliationService(manager, now);
  const today = todayInAlmaty(now);
  let written = 0;
  for (const specialized of users.filter((u) => u.role === Role.SPECIALIZED)) {
    const [territorialJ, specializedJ] = [
      await Jurisdiction.of(district, manager),
      await Jurisdiction.of(specialized, manager),
    ];
    const signed = await service.build(
      quarterBefore(today, 2),
      district.officeId as string,
      specialized.officeId as string,
      district,
      territorialJ,
    );
    const items = await manager.find(ReconciliationItem, { where: { reconciliationId: signed.id } });
    for (const item of items.filter((i) => i.discrepancy)) {
      await service.resolve(
        item.id,
        item.version,
        'Сверено с журналом участия; меры реагирования приняты',
        specialized,
        specializedJ,
      );
    }
    const half = await service.sign(signed.id, signed.version, district, territorialJ);
    await service.sign(half.id, half.version, specialized, specializedJ);
    await service.build(
      quarterBefore(today, 1),
      district.officeId as string,
      specialized.officeId as string,
      specialized,
      specializedJ,
    );
    written += 2;
  }
  return written;
}
