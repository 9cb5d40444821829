import { DomainError, ErrorCode } from '@qadagalau/shared';
import type { DataSource } from 'typeorm';
import { HISTORY_START, regionOn } from './region-history';
import { RegionHistoryEvent } from './region-history.entity';
import { Region } from './region.entity';

/** A GraphQL `Date` argument (a UTC midnight) as the `YYYY-MM-DD` the date columns hold. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Regions and their history; `asOf` answers with the names, centres and kinds in force on that day. */
export class RegionService {
  constructor(private readonly dataSource: DataSource) {}

  /** The regions that existed on `asOf` (default: today's 20), in the official order. */
  async list(asOf?: string): Promise<Region[]> {
    const regions = await this.dataSource.getRepository(Region).find({ order: { sortOrder: 'ASC' } });
    if (asOf === undefined) return regions;
    assertInHistory(asOf);
    const events = await this.dataSource.getRepository(RegionHistoryEvent).find();
    return regions.flatMap((region) => {
      const state = regionOn(
        region,
        events.filter((e) => e.regionId === region.id),
        asOf,
      );
      return state ? [state] : [];
    });
  }

  /** One region by code; null when the code is unknown or the region did not exist yet on `asOf`. */
  async byCode(code: string, asOf?: string): Promise<Region | null> {
    const region = await this.dataSource.getRepository(Region).findOneBy({ code });
    if (!region || asOf === undefined) return region;
    assertInHistory(asOf);
    return regionOn(region, await this.history(region.id), asOf);
  }

  async byId(id: string): Promise<Region | null> {
    return this.dataSource.getRepository(Region).findOneBy({ id });
  }

  /** The region with that code, or BAD_USER_INPUT naming the argument. */
  async require(code: string, field: string): Promise<Region> {
    const region = await this.byCode(code);
    if (!region) throw new DomainError(ErrorCode.BAD_USER_INPUT, `Unknown region code: ${code}`, { field });
    return region;
  }

  /** The region's changes, oldest first. */
  async history(regionId: string): Promise<RegionHistoryEvent[]> {
    return this.dataSource.getRepository(RegionHistoryEvent).find({
      where: { regionId },
      order: { eventDate: 'ASC', code: 'ASC' },
    });
  }
}

function assertInHistory(date: string): void {
  if (date < HISTORY_START) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, `Region history is kept from ${HISTORY_START}`, {
      field: 'asOf',
    });
  }
}
