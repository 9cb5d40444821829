import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 8: idempotency keys of creating mutations, per user (server/src/common/idempotency.ts). The primary key
 * (user_id, key) is what makes a concurrent retry wait for the first request and then find its record.
 */
export class IdempotencyKey1795778000000 implements MigrationInterface {
  name = 'IdempotencyKey1795778000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "idempotency_key" ("user_id" uuid NOT NULL, "key" text NOT NULL, "mutation" text NOT NULL, "request_hash" text NOT NULL, "entity" text NOT NULL, "entity_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_idempotency_key" PRIMARY KEY ("user_id", "key"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_idempotency_key_created_at" ON "idempotency_key" ("created_at") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_idempotency_key_created_at"`);
    await queryRunner.query(`DROP TABLE "idempotency_key"`);
  }
}
