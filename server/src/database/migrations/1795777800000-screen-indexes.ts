import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 7: indexes for the screens at national scale (1,000,000 cases; plans in test/bench/QUERY-PLANS.md).
 * - deadline (office_id, status, due_on, met_at) replaces (office_id, status, due_on): the board's counts read the
 *   index alone; (office_id, status, met_at): its recently-met list, newest first, stops after a page.
 * - court_case (id, region_id): "is this case in the region?" answered from the index alone, probe by probe (the
 *   hearings list's jurisdiction semi-join, the KPI joins) instead of hashing every case of the region.
 * - deadline (case_id) WHERE status = 'OPEN': cases with an open deadline (the assignment matrix's workload).
 * - court_act (appeal_decided_on) WHERE appeal_decided_on IS NOT NULL, protest (decided_on), private_ruling
 *   (issued_on): a quarter's acts decided on appeal, protests decided and private rulings (the KPI indicators).
 */
export class ScreenIndexes1795777800000 implements MigrationInterface {
  name = 'ScreenIndexes1795777800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_2cde5bb51331cdeda47830e5d9"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_deadline_board" ON "deadline" ("office_id", "status", "due_on", "met_at")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_deadline_board_met" ON "deadline" ("office_id", "status", "met_at")`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_court_case_id_region" ON "court_case" ("id", "region_id")`);
    await queryRunner.query(
      `CREATE INDEX "IDX_deadline_open_case" ON "deadline" ("case_id") WHERE status = 'OPEN'`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_court_act_appeal_decided" ON "court_act" ("appeal_decided_on") WHERE appeal_decided_on IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_protest_decided_on" ON "protest" ("decided_on")`);
    await queryRunner.query(`CREATE INDEX "IDX_private_ruling_issued_on" ON "private_ruling" ("issued_on")`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_private_ruling_issued_on"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_protest_decided_on"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_court_act_appeal_decided"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_deadline_open_case"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_court_case_id_region"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_deadline_board_met"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_deadline_board"`);
    await queryRunner.query(
      `CREATE INDEX "IDX_2cde5bb51331cdeda47830e5d9" ON "deadline" ("office_id", "status", "due_on") `,
    );
  }
}
