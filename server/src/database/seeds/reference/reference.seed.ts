import type { DataSource } from 'typeorm';

/** Upserts the national reference data (regions, localities, offices, courts, thematic directions). Idempotent. */
export async function seedReference(_dataSource: DataSource): Promise<void> {
  // Filled in by the reference-data work.
}
