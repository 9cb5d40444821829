// The one list of entities and migrations the DataSource knows. Migrations are passed as classes (globs fail
// inside vitest and in bundled builds), in timeline order.
import type { MixedList } from 'typeorm';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const entities: MixedList<Function> = [];

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const migrations: MixedList<Function> = [];
