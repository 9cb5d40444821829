import type { DataSource } from 'typeorm';

/**
 * Demo data (prosecutors, cases, hearings, court acts, protests, demo logins) for an EMPTY database only.
 *
 * PLACEHOLDER: does nothing until the demo-data work lands. Whoever fills it keeps the emptiness check here
 * (e.g. "the case table holds no rows"), so a database someone already works in is never touched; runSeeds
 * calls this on every start when DEMO_DATA=on.
 */
export async function seedDemo(_dataSource: DataSource): Promise<void> {
  // Intentionally empty (see above).
}
