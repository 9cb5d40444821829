import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Issue 8: sign-in throttling and lockout per username and per address (login_throttle), and the tokens ended by
 * logout before their expiry (revoked_token). Both live in PostgreSQL so that every instance sees them.
 */
export class LoginSecurity1795777900000 implements MigrationInterface {
  name = 'LoginSecurity1795777900000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TABLE "login_throttle" ("scope" text NOT NULL, "key" text NOT NULL, "attempts" integer NOT NULL, "window_started_at" TIMESTAMP WITH TIME ZONE NOT NULL, "locked_until" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_de5549f3090fa2a88f68458c087" PRIMARY KEY ("scope", "key"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "revoked_token" ("jti" uuid NOT NULL, "user_id" uuid NOT NULL, "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL, "revoked_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_51805a32c382d2841b953c16880" PRIMARY KEY ("jti"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_185b58c08c48bb8d35a086bafd" ON "revoked_token" ("expires_at") `,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."IDX_185b58c08c48bb8d35a086bafd"`);
    await queryRunner.query(`DROP TABLE "revoked_token"`);
    await queryRunner.query(`DROP TABLE "login_throttle"`);
  }
}
