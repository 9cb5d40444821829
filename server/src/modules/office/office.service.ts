import type { OfficeKind } from '@qadagalau/shared';
import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import { RegionService } from '../region/region.service';
import { Office } from './office.entity';

export interface OfficeFilter {
  regionCode?: string | null;
  kinds?: readonly OfficeKind[] | null;
}

/** Prosecutor's offices, loaded with their region, locality and parent (lists are small: one query each). */
export class OfficeService {
  constructor(private readonly dataSource: DataSource) {}

  /** Offices in list order (central first, then by region); an unknown region code is a BAD_USER_INPUT. */
  async list(filter: OfficeFilter = {}): Promise<Office[]> {
    const region = filter.regionCode
      ? await new RegionService(this.dataSource).require(filter.regionCode, 'regionCode')
      : null;
    return this.dataSource.getRepository(Office).find({
      where: {
        ...(region ? { regionId: region.id } : {}),
        ...(filter.kinds ? { kind: In([...filter.kinds]) } : {}),
      },
      relations: { region: true, locality: true, parent: true },
      order: { sortOrder: 'ASC' },
    });
  }

  async byId(id: string): Promise<Office | null> {
    return this.dataSource.getRepository(Office).findOneBy({ id });
  }
}
