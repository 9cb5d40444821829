import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * National reference data: regions and their history, localities, prosecutor's offices, courts and thematic
 * directions. Generated from the entities by TypeORM's schema builder, then reviewed: the enum types
 * `office_kind`, `court_kind` and `court_instance` are created here once and shared with later tables (hearing),
 * and primary keys use the built-in gen_random_uuid(). The rows themselves come from the reference seed.
 */
export class ReferenceData1795777200000 implements MigrationInterface {
  name = 'ReferenceData1795777200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE TYPE "public"."region_kind" AS ENUM('OBLAST', 'CITY_OF_REPUBLICAN_SIGNIFICANCE')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."region_event_kind" AS ENUM('RENAMED', 'CREATED_BY_SPLIT', 'STATUS_CHANGED', 'CENTRE_MOVED')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."locality_kind" AS ENUM('CITY', 'DISTRICT')`);
    await queryRunner.query(
      `CREATE TYPE "public"."office_kind" AS ENUM('GPO', 'DEPARTMENT', 'REGIONAL', 'DISTRICT', 'CITY', 'INTERDISTRICT', 'MILITARY', 'TRANSPORT', 'ENVIRONMENTAL')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."court_kind" AS ENUM('DISTRICT', 'CITY', 'SPECIALIZED_ADMINISTRATIVE', 'MILITARY', 'REGIONAL', 'SUPREME')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."court_instance" AS ENUM('FIRST', 'APPEAL', 'CASSATION')`);

    await queryRunner.query(
      `CREATE TABLE "region" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "code" text NOT NULL, "name_kk" text NOT NULL, "name_ru" text NOT NULL, "name_en" text NOT NULL, "kind" "public"."region_kind" NOT NULL, "centre_kk" text NOT NULL, "centre_ru" text NOT NULL, "centre_en" text NOT NULL, "sort_order" integer NOT NULL, "valid_from" date NOT NULL, CONSTRAINT "UQ_74f7723fdff738f92929c0056cb" UNIQUE ("code"), CONSTRAINT "PK_5f48ffc3af96bc486f5f3f3a6da" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE TABLE "region_history" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "code" text NOT NULL, "region_id" uuid NOT NULL, "event_date" date NOT NULL, "kind" "public"."region_event_kind" NOT NULL, "from_name_kk" text, "from_name_ru" text, "from_name_en" text, "to_name_kk" text, "to_name_ru" text, "to_name_en" text, "from_centre_kk" text, "from_centre_ru" text, "from_centre_en" text, "to_centre_kk" text, "to_centre_ru" text, "to_centre_en" text, "from_kind" "public"."region_kind", "to_kind" "public"."region_kind", "related_region_id" uuid, "sources" text array NOT NULL DEFAULT '{}', CONSTRAINT "UQ_2e597433ac6ebc1342418fefc95" UNIQUE ("code"), CONSTRAINT "PK_f8397b776f44970f9067a72d932" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_39a7a957ed170ab5ce4651f6f4" ON "region_history" ("region_id")`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_03630833bf337c115f0d532d2b" ON "region_history" ("related_region_id")`,
    );
    await queryRunner.query(
      `CREATE TABLE "locality" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "code" text NOT NULL, "region_id" uuid NOT NULL, "kind" "public"."locality_kind" NOT NULL, "name_kk" text NOT NULL, "name_ru" text NOT NULL, "name_en" text NOT NULL, "sort_order" integer NOT NULL, CONSTRAINT "UQ_4d869a90f5e1dcf001b8e58abc0" UNIQUE ("code"), CONSTRAINT "PK_c0445d9b8706ac2d31be91c9b6b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_72c17573e64d9478aa84409af6" ON "locality" ("region_id")`);
    await queryRunner.query(
      `CREATE TABLE "office" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "code" text NOT NULL, "kind" "public"."office_kind" NOT NULL, "parent_id" uuid, "region_id" uuid, "locality_id" uuid, "name_kk" text NOT NULL, "name_ru" text NOT NULL, "name_en" text NOT NULL, "short_name_kk" text NOT NULL, "short_name_ru" text NOT NULL, "short_name_en" text NOT NULL, "sort_order" integer NOT NULL, CONSTRAINT "UQ_f327efa51a74e5c588b9df2170d" UNIQUE ("code"), CONSTRAINT "PK_200185316ba169fda17e3b6ba00" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_aa5f552282964d378b9c3dd478" ON "office" ("kind")`);
    await queryRunner.query(`CREATE INDEX "IDX_3d74947de93fd807a1148544b2" ON "office" ("parent_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_28c52af143da7842a7aac889e2" ON "office" ("region_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_acc9dc4985028c299d20f53e52" ON "office" ("locality_id")`);
    await queryRunner.query(
      `CREATE TABLE "court" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "code" text NOT NULL, "kind" "public"."court_kind" NOT NULL, "instance" "public"."court_instance" NOT NULL, "region_id" uuid, "locality_id" uuid NOT NULL, "name_kk" text NOT NULL, "name_ru" text NOT NULL, "name_en" text NOT NULL, "website" text, "sort_order" integer NOT NULL, CONSTRAINT "UQ_09b539a5475b7f22f2c55aa0857" UNIQUE ("code"), CONSTRAINT "PK_d8f2118c52b422b03e0331a7b91" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_1ad7379d7cdd340b16f64aac53" ON "court" ("kind")`);
    await queryRunner.query(`CREATE INDEX "IDX_9ca34c9a2dc6f7590b772133bd" ON "court" ("region_id")`);
    await queryRunner.query(`CREATE INDEX "IDX_a71b8df1fcf789b7fa7615a57e" ON "court" ("locality_id")`);
    await queryRunner.query(
      `CREATE TABLE "thematic_direction" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "code" text NOT NULL, "name_kk" text NOT NULL, "name_ru" text NOT NULL, "name_en" text NOT NULL, "mandatory" boolean NOT NULL, "paragraph" integer, "sort_order" integer NOT NULL, CONSTRAINT "UQ_1e1573b6726712eb9fcac9298ea" UNIQUE ("code"), CONSTRAINT "PK_92c91dfdcc8331cd6879ff1880a" PRIMARY KEY ("id"))`,
    );

    await queryRunner.query(
      `ALTER TABLE "region_history" ADD CONSTRAINT "FK_39a7a957ed170ab5ce4651f6f4a" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "region_history" ADD CONSTRAINT "FK_03630833bf337c115f0d532d2b6" FOREIGN KEY ("related_region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "locality" ADD CONSTRAINT "FK_72c17573e64d9478aa84409af64" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "office" ADD CONSTRAINT "FK_3d74947de93fd807a1148544b24" FOREIGN KEY ("parent_id") REFERENCES "office"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "office" ADD CONSTRAINT "FK_28c52af143da7842a7aac889e22" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "office" ADD CONSTRAINT "FK_acc9dc4985028c299d20f53e524" FOREIGN KEY ("locality_id") REFERENCES "locality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "court" ADD CONSTRAINT "FK_9ca34c9a2dc6f7590b772133bde" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "court" ADD CONSTRAINT "FK_a71b8df1fcf789b7fa7615a57ee" FOREIGN KEY ("locality_id") REFERENCES "locality"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    // Tables in reverse order of their foreign keys; dropping a table drops its indexes and constraints.
    await queryRunner.query(`DROP TABLE "thematic_direction"`);
    await queryRunner.query(`DROP TABLE "court"`);
    await queryRunner.query(`DROP TABLE "office"`);
    await queryRunner.query(`DROP TABLE "locality"`);
    await queryRunner.query(`DROP TABLE "region_history"`);
    await queryRunner.query(`DROP TABLE "region"`);
    await queryRunner.query(`DROP TYPE "public"."court_instance"`);
    await queryRunner.query(`DROP TYPE "public"."court_kind"`);
    await queryRunner.query(`DROP TYPE "public"."office_kind"`);
    await queryRunner.query(`DROP TYPE "public"."locality_kind"`);
    await queryRunner.query(`DROP TYPE "public"."region_event_kind"`);
    await queryRunner.query(`DROP TYPE "public"."region_kind"`);
  }
}
