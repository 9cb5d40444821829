import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Issue 8: the read audit of case details — who viewed which case, when, from where (CaseViewRecord). */
export class CaseView1795778100000 implements MigrationInterface {
  name = 'CaseView1795778100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "case_view" ("id" BIGSERIAL NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "user_id" uuid NOT NULL, "office_id" uuid, "case_id" uuid NOT NULL, "client_address" text NOT NULL, "via" text NOT NULL, CONSTRAINT "PK_dd6cdabe79a702162f1d8d8a477" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_case_view_case_at" ON "case_view" ("case_id", "at") `);
    await queryRunner.query(`CREATE INDEX "IDX_case_view_user_at" ON "case_view" ("user_id", "at") `);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_case_view_user_at"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_case_view_case_at"`);
    await queryRunner.query(`DROP TABLE "case_view"`);
  }
}
