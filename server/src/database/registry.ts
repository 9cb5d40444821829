// The one list of entities and migrations the DataSource knows. Migrations are passed as classes (globs fail
// inside vitest and in bundled builds), in timeline order.
import type { MixedList } from 'typeorm';
import { Court } from '../modules/court/court.entity';
import { Locality } from '../modules/locality/locality.entity';
import { Office } from '../modules/office/office.entity';
import { RegionHistoryEvent } from '../modules/region/region-history.entity';
import { Region } from '../modules/region/region.entity';
import { ThematicDirection } from '../modules/theme/thematic-direction.entity';
import { ReferenceData1795777200000 } from './migrations/1795777200000-reference-data';

/** National reference data (regions, localities, offices, courts, thematic directions). */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const referenceEntities: Function[] = [
  Region,
  RegionHistoryEvent,
  Locality,
  Office,
  Court,
  ThematicDirection,
];

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const entities: MixedList<Function> = [...referenceEntities];

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const migrations: MixedList<Function> = [ReferenceData1795777200000];
