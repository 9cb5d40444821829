import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The supervision workflow: prosecutors and their zonal-thematic assignments, users, cases with the rules
 * engine's computed grounds and routing, hearings, notifications, court acts, conclusions, protests, cassation
 * proposals, applications, requisitions, private rulings, the para-28 register, deadlines, calendar overrides
 * and the audit log. Generated from the entities by TypeORM's schema builder, then reviewed: enum types shared
 * by two tables are created once, and primary keys use the built-in gen_random_uuid().
 */
export class SupervisionWorkflow1795777300000 implements MigrationInterface {
  name = 'SupervisionWorkflow1795777300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE TYPE "public"."protest_kind" AS ENUM('APPEAL', 'CASSATION')`);
    await queryRunner.query(
      `CREATE TYPE "public"."applicant_kind" AS ENUM('INDIVIDUAL', 'LEGAL_ENTITY', 'STATE_BODY')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."application_status" AS ENUM('RECEIVED', 'RETURNED', 'REQUISITIONED', 'UNDER_REVIEW', 'GRANTED', 'REFUSED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "application" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "case_id" uuid, "office_id" uuid NOT NULL, "requested_protest" "public"."protest_kind" NOT NULL, "applicant_kind" "public"."applicant_kind" NOT NULL, "applicant_name" text NOT NULL, "applicant_address" text, "applicant_status" text, "by_representative" boolean NOT NULL DEFAULT false, "received_on" date NOT NULL, "status" "public"."application_status" NOT NULL DEFAULT 'RECEIVED', "checklist" jsonb NOT NULL, "return_reasons" text array NOT NULL DEFAULT '{}', "requisition_ordered_on" date, "answer" text, "answered_on" date, "right_to_appeal_explained" boolean NOT NULL DEFAULT false, CONSTRAINT "PK_569e0c3e863ebdf5f2408ee1670" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_4777b945d61f6bbad38cf86def" ON "application"  ("case_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_732da754342a51afcf76ca4fbf" ON "application"  ("office_id") `);
    await queryRunner.query(
      `CREATE TABLE "requisition" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "case_id" uuid NOT NULL, "application_id" uuid, "court_id" uuid NOT NULL, "requested_on" date NOT NULL, "received_by_court_on" date, "due_on" date, "file_received_on" date, CONSTRAINT "PK_53f9ab966e1c2d2d96cc5ac944a" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_48441c0c66224461a4b949f63a" ON "requisition"  ("case_id") `);
    await queryRunner.query(
      `CREATE TABLE "audit_log" ("id" BIGSERIAL NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "user_id" uuid, "action" text NOT NULL, "entity" text NOT NULL, "entity_id" text, "before" jsonb, "after" jsonb, CONSTRAINT "PK_07fefa57f7f5ab8fc3f52b3ed0b" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_ba27cef5b8b2b1a756e06ebcc5" ON "audit_log"  ("at") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_40c0e9a60edcd0f680b0e94b60" ON "audit_log"  ("entity", "entity_id") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."day_kind" AS ENUM('WORKING', 'WEEKEND', 'HOLIDAY', 'CARRY_OVER', 'RELIGIOUS', 'TRANSFERRED_OFF', 'TRANSFERRED_WORKING', 'OVERRIDE')`,
    );
    await queryRunner.query(
      `CREATE TABLE "calendar_override" ("day" date NOT NULL, "working" boolean NOT NULL, "kind" "public"."day_kind", "name_kk" text, "name_ru" text, "name_en" text, "related_date" date, "created_by_id" uuid, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_c0ede6457894b02e6671eac8e62" PRIMARY KEY ("day"))`,
    );
    await queryRunner.query(`CREATE TYPE "public"."instance" AS ENUM('FIRST', 'APPEAL')`);
    await queryRunner.query(
      `CREATE TYPE "public"."proceeding" AS ENUM('OFFENSE', 'COMPLAINT_CH44', 'COMPLAINT_CH45')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."sphere" AS ENUM('CORRUPTION', 'ELECTORAL', 'ENVIRONMENT', 'TAX', 'CUSTOMS', 'TAX_OBLIGATION', 'PENSION', 'SOCIAL_INSURANCE', 'MILITARY_CH32')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."sanction" AS ENUM('ARREST', 'CONFISCATION', 'EXPULSION', 'DEMOLITION', 'FINE')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."military_status" AS ENUM('NONE', 'SERVICEMAN', 'RESERVIST_ON_TRAINING', 'CIVILIAN_PERSONNEL')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."initiator" AS ENUM('TERRITORIAL_PROSECUTOR', 'MILITARY_PROSECUTOR', 'TRANSPORT_PROSECUTOR', 'ENVIRONMENTAL_PROSECUTOR', 'MILITARY_AUTHORITY', 'TRANSPORT_AUTHORITY', 'OTHER_AUTHORITY')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."act_kind" AS ENUM('PENALTY_IMPOSED', 'TERMINATED', 'BODY_RESOLUTION_UPHELD', 'BODY_RESOLUTION_CHANGED', 'NEW_CIRCUMSTANCES_REVIEW')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."ground" AS ENUM('MINOR', 'ARREST', 'HIGHER_PROSECUTOR', 'PROSECUTOR_INITIATED', 'CORRUPTION', 'ELECTORAL', 'ENVIRONMENT', 'TAX', 'CUSTOMS', 'CONFISCATION', 'EXPULSION', 'DEMOLITION', 'COMPLAINT_CH44', 'COMPLAINT_CH45', 'APPEAL_REVIEW')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."responsible_kind" AS ENUM('TERRITORIAL', 'MILITARY', 'TRANSPORT', 'ENVIRONMENTAL')`,
    );
    await queryRunner.query(
      `CREATE TABLE "court_case" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "number" text NOT NULL, "koap_article" text NOT NULL, "koap_part" text, "summary" text NOT NULL, "offender_name" text NOT NULL, "offender_birth_date" date, "registered_on" date NOT NULL, "region_id" uuid NOT NULL, "court_id" uuid NOT NULL, "territorial_office_id" uuid NOT NULL, "initiating_office_id" uuid, "theme_codes" text array NOT NULL DEFAULT '{}', "instance" "public"."instance" NOT NULL DEFAULT 'FIRST', "proceeding" "public"."proceeding" NOT NULL DEFAULT 'OFFENSE', "spheres" "public"."sphere" array NOT NULL DEFAULT '{}', "sanctions" "public"."sanction" array NOT NULL DEFAULT '{}', "offender_minor" boolean NOT NULL DEFAULT false, "offender_military" "public"."military_status" NOT NULL DEFAULT 'NONE', "offender_duty_related" boolean NOT NULL DEFAULT false, "initiator" "public"."initiator" NOT NULL DEFAULT 'OTHER_AUTHORITY', "higher_prosecutor_required" boolean NOT NULL DEFAULT false, "act_kind" "public"."act_kind", "prosecutor_agrees" boolean NOT NULL DEFAULT false, "mandatory" boolean NOT NULL DEFAULT false, "grounds" "public"."ground" array NOT NULL DEFAULT '{}', "responsible_kind" "public"."responsible_kind" NOT NULL DEFAULT 'TERRITORIAL', "responsible_office_id" uuid NOT NULL, "specialized_office_id" uuid, "initiating_unit" boolean NOT NULL DEFAULT false, "fallback" boolean NOT NULL DEFAULT false, "notify_specialized" boolean NOT NULL DEFAULT false, "explanation" jsonb NOT NULL DEFAULT '{}', CONSTRAINT "UQ_7c4d6212416b02534576f000584" UNIQUE ("number"), CONSTRAINT "PK_26a3e68e07709a9f18ecb8a4946" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_a01aa001ba21808e6c3cc18769" ON "court_case"  ("region_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_2aae7855a56a792bfe98637e45" ON "court_case"  ("court_id") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_02521c9963c5073cb2bedd7f52" ON "court_case"  ("territorial_office_id") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_06da08b720369a58fb00777d50" ON "court_case"  ("mandatory") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_47144941fbacc4cfe0f0232638" ON "court_case"  ("responsible_office_id", "registered_on") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_fd4417e71821ec57d21c3cc562" ON "court_case"  ("region_id", "registered_on") `,
    );
    await queryRunner.query(
      `CREATE TABLE "cassation_proposal" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "case_id" uuid NOT NULL, "court_act_id" uuid NOT NULL, "office_id" uuid NOT NULL, "author_id" uuid NOT NULL, "reason" text NOT NULL, "descriptive_part" text NOT NULL, "reasoning_part" text NOT NULL, "resolutive_part" text NOT NULL, "submitted_on" date, CONSTRAINT "PK_89cceef9c04f44f867f82e7fd33" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_8eead17595fb3638943ba0767a" ON "cassation_proposal"  ("case_id") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."conclusion_kind" AS ENUM('FIRST_INSTANCE', 'APPEAL', 'ON_COPY_RECEIPT', 'SUBSTANTIVE')`,
    );
    await queryRunner.query(
      `CREATE TABLE "conclusion" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "case_id" uuid NOT NULL, "court_act_id" uuid, "kind" "public"."conclusion_kind" NOT NULL, "author_id" uuid NOT NULL, "content" jsonb NOT NULL, "approved_by_id" uuid, "approved_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_7b3240c7efffcd60656c23550af" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_cec8e02d3e6f103a1766019577" ON "conclusion"  ("case_id") `);
    await queryRunner.query(`CREATE TYPE "public"."appeal_result" AS ENUM('CANCELLED', 'CHANGED', 'UPHELD')`);
    await queryRunner.query(
      `CREATE TYPE "public"."appeal_basis" AS ENUM('PROSECUTOR_PROTEST', 'COMPLAINT', 'HIGHER_PROSECUTOR_PROTEST')`,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."exclusion" AS ENUM('PENALTY_WITHIN_SANCTION', 'NEW_EVIDENCE', 'ALTERNATIVE_PENALTY', 'AMNESTY_OR_RECONCILIATION')`,
    );
    await queryRunner.query(
      `CREATE TABLE "court_act" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "case_id" uuid NOT NULL, "court_id" uuid NOT NULL, "instance" "public"."court_instance" NOT NULL, "kind" "public"."act_kind" NOT NULL, "issued_on" date NOT NULL, "copy_delivered_on" date, "entered_into_force_on" date, "appeal_result" "public"."appeal_result", "appeal_basis" "public"."appeal_basis", "appeal_decided_on" date, "exclusion" "public"."exclusion", "exclusion_approved" boolean NOT NULL DEFAULT false, "exclusion_approved_at" TIMESTAMP WITH TIME ZONE, "reversed_on_cassation_protest" boolean NOT NULL DEFAULT false, "summary" text, CONSTRAINT "PK_52167a48f3ccf35be61c0f11ee1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_f86eec8c07be1bc003c73ddee4" ON "court_act"  ("case_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_9e754a834988257e8d0a4beeaa" ON "court_act"  ("issued_on") `);
    await queryRunner.query(
      `CREATE TYPE "public"."deadline_code" AS ENUM('APPEAL_PROTEST', 'LEGALITY_CHECK', 'SUBSTANTIVE_CONCLUSION', 'REQUISITION_ORDER', 'COURT_SENDS_CASE', 'EXCLUSION_PETITION', 'QUARTERLY_ANALYSIS', 'MONTHLY_STUDY', 'QUARTERLY_MEMO', 'QUARTERLY_RECONCILIATION')`,
    );
    await queryRunner.query(`CREATE TYPE "public"."day_unit" AS ENUM('CALENDAR', 'WORKING')`);
    await queryRunner.query(
      `CREATE TYPE "public"."deadline_status" AS ENUM('OPEN', 'MET', 'MISSED', 'WAIVED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "deadline" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "case_id" uuid, "office_id" uuid NOT NULL, "code" "public"."deadline_code" NOT NULL, "subject_id" uuid, "period" text, "subject_key" text NOT NULL, "trigger_on" date NOT NULL, "length" integer NOT NULL, "unit" "public"."day_unit" NOT NULL, "due_on" date NOT NULL, "status" "public"."deadline_status" NOT NULL DEFAULT 'OPEN', "met_at" TIMESTAMP WITH TIME ZONE, "explanation" jsonb NOT NULL, CONSTRAINT "PK_9b68db28fc035ed8a84691bfbaf" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_5ed856abd22976fe8eb85dfc6a" ON "deadline"  ("case_id") `);
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_a7fef65833b805c400c262391b" ON "deadline"  ("code", "subject_key") `,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_2cde5bb51331cdeda47830e5d9" ON "deadline"  ("office_id", "status", "due_on") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."hearing_status" AS ENUM('SCHEDULED', 'HELD', 'POSTPONED', 'CANCELLED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "hearing" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "case_id" uuid NOT NULL, "court_id" uuid NOT NULL, "instance" "public"."court_instance" NOT NULL, "scheduled_at" TIMESTAMP WITH TIME ZONE NOT NULL, "status" "public"."hearing_status" NOT NULL DEFAULT 'SCHEDULED', "prosecutor_id" uuid, "attended" boolean, "attended_by_office_id" uuid, "note" text, CONSTRAINT "PK_9a5ad1f15d540f0d70860aba349" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_2539ae902be48fb9de0240010b" ON "hearing"  ("case_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_87bb877063ae74097413c0a8f6" ON "hearing"  ("scheduled_at") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_5c946d263d91d15d584b79e5a2" ON "hearing"  ("court_id", "scheduled_at") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."notification_channel" AS ENUM('TELEPHONOGRAM', 'EDOC', 'OTHER')`,
    );
    await queryRunner.query(
      `CREATE TABLE "notification" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "case_id" uuid NOT NULL, "from_office_id" uuid NOT NULL, "to_office_id" uuid NOT NULL, "channel" "public"."notification_channel" NOT NULL, "registration_number" text NOT NULL, "sent_at" TIMESTAMP WITH TIME ZONE NOT NULL, "acknowledged_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_705b6c7cdf9b2c2ff7ac7872cb7" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_ac5f81d86d3eeb07664b674f79" ON "notification"  ("case_id") `);
    await queryRunner.query(
      `CREATE INDEX "IDX_27e4714c368484c2ad49561565" ON "notification"  ("to_office_id") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."motion_evidence" AS ENUM('COURT_ACT', 'HEARING_MINUTES', 'WRITTEN_CONCLUSION')`,
    );
    await queryRunner.query(
      `CREATE TABLE "private_ruling" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "case_id" uuid NOT NULL, "issued_on" date NOT NULL, "prosecutor_participated" boolean NOT NULL DEFAULT true, "on_prosecutor_motion" boolean NOT NULL DEFAULT false, "motion_evidence" "public"."motion_evidence", "subject" text NOT NULL, CONSTRAINT "PK_a219158934d0844689a3f2eccc9" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_28c43931374db19e9d2d184db7" ON "private_ruling"  ("case_id") `,
    );
    await queryRunner.query(
      `CREATE TABLE "assignment" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "prosecutor_id" uuid NOT NULL, "region_id" uuid, "office_id" uuid, "theme_id" uuid NOT NULL, "valid_from" date NOT NULL, "valid_to" date, CONSTRAINT "assignment_period" CHECK (valid_to IS NULL OR valid_to >= valid_from), CONSTRAINT "assignment_zone" CHECK ((region_id IS NOT NULL) OR (office_id IS NOT NULL)), CONSTRAINT "PK_43c2f5a3859f54cedafb270f37e" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_98e49e557183a29c3ccff068b5" ON "assignment"  ("prosecutor_id") `,
    );
    await queryRunner.query(`CREATE INDEX "IDX_f79d463ee8582fff0e1f34168d" ON "assignment"  ("region_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_f8704f9c9abc4e273693de1e28" ON "assignment"  ("theme_id") `);
    await queryRunner.query(
      `CREATE TYPE "public"."prosecutor_position" AS ENUM('HEAD', 'DEPUTY_HEAD', 'DIVISION_HEAD', 'SENIOR_PROSECUTOR', 'PROSECUTOR', 'ASSISTANT')`,
    );
    await queryRunner.query(
      `CREATE TABLE "prosecutor" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "full_name" text NOT NULL, "position" "public"."prosecutor_position" NOT NULL, "office_id" uuid NOT NULL, "specializations" text array NOT NULL DEFAULT '{}', "active" boolean NOT NULL DEFAULT true, CONSTRAINT "PK_7461553374be33ec667c919f865" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_6d551e4e8323f8832e3216c3a6" ON "prosecutor"  ("office_id") `);
    await queryRunner.query(
      `CREATE TYPE "public"."protest_status" AS ENUM('DRAFT', 'BROUGHT', 'SATISFIED', 'PARTIALLY_SATISFIED', 'UNSATISFIED', 'WITHDRAWN', 'RETURNED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "protest" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "case_id" uuid NOT NULL, "court_act_id" uuid NOT NULL, "kind" "public"."protest_kind" NOT NULL, "office_id" uuid NOT NULL, "author_id" uuid NOT NULL, "status" "public"."protest_status" NOT NULL DEFAULT 'DRAFT', "brought_on" date, "late" boolean NOT NULL DEFAULT false, "unfounded" boolean NOT NULL DEFAULT false, "worsening" boolean NOT NULL DEFAULT false, "on_lower_proposal" boolean NOT NULL DEFAULT false, "decided_on" date, "later_cassation_satisfied" boolean NOT NULL DEFAULT false, "grounds" text NOT NULL, "outcome_note" text, CONSTRAINT "PK_97205e4deb835e3007d2762eebf" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(`CREATE INDEX "IDX_9d6cbd260d7d645ee76fcdd1ec" ON "protest"  ("case_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_3fbe54c269741b2e701d289a8f" ON "protest"  ("office_id") `);
    await queryRunner.query(`CREATE INDEX "IDX_1291fb1a4a1e3829991be76891" ON "protest"  ("status") `);
    await queryRunner.query(
      `CREATE TYPE "public"."register_entry_kind" AS ENUM('VIOLATION', 'GOOD_PRACTICE')`,
    );
    await queryRunner.query(
      `CREATE TABLE "register_entry" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "office_id" uuid NOT NULL, "case_id" uuid, "kind" "public"."register_entry_kind" NOT NULL, "description" text NOT NULL, "recorded_on" date NOT NULL, CONSTRAINT "PK_23a14e46208b8cdbbc42ee9e1d8" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE INDEX "IDX_279da66b5fef20c1ed0d3f76c6" ON "register_entry"  ("office_id") `,
    );
    await queryRunner.query(
      `CREATE TYPE "public"."role" AS ENUM('ADMIN', 'DEPARTMENT', 'REGIONAL', 'DISTRICT', 'SPECIALIZED')`,
    );
    await queryRunner.query(
      `CREATE TABLE "app_user" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "version" integer NOT NULL DEFAULT '1', "username" text NOT NULL, "password_hash" text NOT NULL, "display_name" text NOT NULL, "role" "public"."role" NOT NULL, "office_id" uuid, "prosecutor_id" uuid, "active" boolean NOT NULL DEFAULT true, CONSTRAINT "PK_22a5c4a3d9b2fb8e4e73fc4ada1" PRIMARY KEY ("id"))`,
    );
    await queryRunner.query(
      `CREATE UNIQUE INDEX "IDX_c480e576dd71729addbc2d51b6" ON "app_user"  ("username") `,
    );
    await queryRunner.query(
      `ALTER TABLE "application" ADD CONSTRAINT "FK_4777b945d61f6bbad38cf86deff" FOREIGN KEY ("case_id") REFERENCES "court_case"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "application" ADD CONSTRAINT "FK_732da754342a51afcf76ca4fbf2" FOREIGN KEY ("office_id") REFERENCES "office"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "requisition" ADD CONSTRAINT "FK_48441c0c66224461a4b949f63a6" FOREIGN KEY ("case_id") REFERENCES "court_case"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "requisition" ADD CONSTRAINT "FK_d492c4fb8fcf63913fcbc290090" FOREIGN KEY ("application_id") REFERENCES "application"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "requisition" ADD CONSTRAINT "FK_e75485b7ac7ac157bf8f044d6f5" FOREIGN KEY ("court_id") REFERENCES "court"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "court_case" ADD CONSTRAINT "FK_a01aa001ba21808e6c3cc18769c" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "court_case" ADD CONSTRAINT "FK_2aae7855a56a792bfe98637e456" FOREIGN KEY ("court_id") REFERENCES "court"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "court_case" ADD CONSTRAINT "FK_02521c9963c5073cb2bedd7f529" FOREIGN KEY ("territorial_office_id") REFERENCES "office"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "court_case" ADD CONSTRAINT "FK_1393ad14e83b9cb6fb1da3e554c" FOREIGN KEY ("initiating_office_id") REFERENCES "office"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "court_case" ADD CONSTRAINT "FK_8de838eca84491bb4cf923f3e76" FOREIGN KEY ("responsible_office_id") REFERENCES "office"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "court_case" ADD CONSTRAINT "FK_ac948fdf759cd322c3603c1266e" FOREIGN KEY ("specialized_office_id") REFERENCES "office"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cassation_proposal" ADD CONSTRAINT "FK_8eead17595fb3638943ba0767a9" FOREIGN KEY ("case_id") REFERENCES "court_case"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cassation_proposal" ADD CONSTRAINT "FK_f70c6fcb65d4d18e19650ea2761" FOREIGN KEY ("court_act_id") REFERENCES "court_act"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cassation_proposal" ADD CONSTRAINT "FK_7e92ae1119aa406bd2cd7fed592" FOREIGN KEY ("office_id") REFERENCES "office"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "cassation_proposal" ADD CONSTRAINT "FK_e266f0029aa1165508a2dd4d326" FOREIGN KEY ("author_id") REFERENCES "prosecutor"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "conclusion" ADD CONSTRAINT "FK_cec8e02d3e6f103a17660195778" FOREIGN KEY ("case_id") REFERENCES "court_case"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "conclusion" ADD CONSTRAINT "FK_a94a6c9f4bc48f13ba24f5040f1" FOREIGN KEY ("court_act_id") REFERENCES "court_act"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "conclusion" ADD CONSTRAINT "FK_754817cbed3204dd0554b27c2e7" FOREIGN KEY ("author_id") REFERENCES "prosecutor"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "conclusion" ADD CONSTRAINT "FK_a87ab045d722de1e7e58760bbbd" FOREIGN KEY ("approved_by_id") REFERENCES "prosecutor"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "court_act" ADD CONSTRAINT "FK_f86eec8c07be1bc003c73ddee40" FOREIGN KEY ("case_id") REFERENCES "court_case"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "court_act" ADD CONSTRAINT "FK_85858d15b776f6ac5e0a571a45b" FOREIGN KEY ("court_id") REFERENCES "court"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "deadline" ADD CONSTRAINT "FK_5ed856abd22976fe8eb85dfc6a1" FOREIGN KEY ("case_id") REFERENCES "court_case"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "deadline" ADD CONSTRAINT "FK_cbb592772e30b5d3f2a65438d01" FOREIGN KEY ("office_id") REFERENCES "office"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "hearing" ADD CONSTRAINT "FK_2539ae902be48fb9de0240010bd" FOREIGN KEY ("case_id") REFERENCES "court_case"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "hearing" ADD CONSTRAINT "FK_2025207f153dc71df16fddd0730" FOREIGN KEY ("court_id") REFERENCES "court"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "hearing" ADD CONSTRAINT "FK_0dae22ca8c83c92f6a30cebe270" FOREIGN KEY ("prosecutor_id") REFERENCES "prosecutor"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "hearing" ADD CONSTRAINT "FK_29d80929f2203bf71a3c3e18991" FOREIGN KEY ("attended_by_office_id") REFERENCES "office"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "FK_ac5f81d86d3eeb07664b674f794" FOREIGN KEY ("case_id") REFERENCES "court_case"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "FK_e4bbf79e6755da95ba19e8e1939" FOREIGN KEY ("from_office_id") REFERENCES "office"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "notification" ADD CONSTRAINT "FK_27e4714c368484c2ad49561565c" FOREIGN KEY ("to_office_id") REFERENCES "office"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "private_ruling" ADD CONSTRAINT "FK_28c43931374db19e9d2d184db7e" FOREIGN KEY ("case_id") REFERENCES "court_case"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assignment" ADD CONSTRAINT "FK_98e49e557183a29c3ccff068b5c" FOREIGN KEY ("prosecutor_id") REFERENCES "prosecutor"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assignment" ADD CONSTRAINT "FK_f79d463ee8582fff0e1f34168df" FOREIGN KEY ("region_id") REFERENCES "region"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assignment" ADD CONSTRAINT "FK_8c6ebe9bc08c823f23758aecb31" FOREIGN KEY ("office_id") REFERENCES "office"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "assignment" ADD CONSTRAINT "FK_f8704f9c9abc4e273693de1e280" FOREIGN KEY ("theme_id") REFERENCES "thematic_direction"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "prosecutor" ADD CONSTRAINT "FK_6d551e4e8323f8832e3216c3a65" FOREIGN KEY ("office_id") REFERENCES "office"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "protest" ADD CONSTRAINT "FK_9d6cbd260d7d645ee76fcdd1ec9" FOREIGN KEY ("case_id") REFERENCES "court_case"("id") ON DELETE CASCADE ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "protest" ADD CONSTRAINT "FK_96887991b380553c21f8eddbea1" FOREIGN KEY ("court_act_id") REFERENCES "court_act"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "protest" ADD CONSTRAINT "FK_3fbe54c269741b2e701d289a8f4" FOREIGN KEY ("office_id") REFERENCES "office"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "protest" ADD CONSTRAINT "FK_6750c5efd8a59a05afabce786e0" FOREIGN KEY ("author_id") REFERENCES "prosecutor"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "register_entry" ADD CONSTRAINT "FK_279da66b5fef20c1ed0d3f76c6f" FOREIGN KEY ("office_id") REFERENCES "office"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "register_entry" ADD CONSTRAINT "FK_b938a3d2561d2fd7bb5fd48177c" FOREIGN KEY ("case_id") REFERENCES "court_case"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "FK_586eb0a8b42a13145878378c84d" FOREIGN KEY ("office_id") REFERENCES "office"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
    await queryRunner.query(
      `ALTER TABLE "app_user" ADD CONSTRAINT "FK_e51553f17a522c152cb54df04ff" FOREIGN KEY ("prosecutor_id") REFERENCES "prosecutor"("id") ON DELETE SET NULL ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "FK_e51553f17a522c152cb54df04ff"`);
    await queryRunner.query(`ALTER TABLE "app_user" DROP CONSTRAINT "FK_586eb0a8b42a13145878378c84d"`);
    await queryRunner.query(`ALTER TABLE "register_entry" DROP CONSTRAINT "FK_b938a3d2561d2fd7bb5fd48177c"`);
    await queryRunner.query(`ALTER TABLE "register_entry" DROP CONSTRAINT "FK_279da66b5fef20c1ed0d3f76c6f"`);
    await queryRunner.query(`ALTER TABLE "protest" DROP CONSTRAINT "FK_6750c5efd8a59a05afabce786e0"`);
    await queryRunner.query(`ALTER TABLE "protest" DROP CONSTRAINT "FK_3fbe54c269741b2e701d289a8f4"`);
    await queryRunner.query(`ALTER TABLE "protest" DROP CONSTRAINT "FK_96887991b380553c21f8eddbea1"`);
    await queryRunner.query(`ALTER TABLE "protest" DROP CONSTRAINT "FK_9d6cbd260d7d645ee76fcdd1ec9"`);
    await queryRunner.query(`ALTER TABLE "prosecutor" DROP CONSTRAINT "FK_6d551e4e8323f8832e3216c3a65"`);
    await queryRunner.query(`ALTER TABLE "assignment" DROP CONSTRAINT "FK_f8704f9c9abc4e273693de1e280"`);
    await queryRunner.query(`ALTER TABLE "assignment" DROP CONSTRAINT "FK_8c6ebe9bc08c823f23758aecb31"`);
    await queryRunner.query(`ALTER TABLE "assignment" DROP CONSTRAINT "FK_f79d463ee8582fff0e1f34168df"`);
    await queryRunner.query(`ALTER TABLE "assignment" DROP CONSTRAINT "FK_98e49e557183a29c3ccff068b5c"`);
    await queryRunner.query(`ALTER TABLE "private_ruling" DROP CONSTRAINT "FK_28c43931374db19e9d2d184db7e"`);
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "FK_27e4714c368484c2ad49561565c"`);
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "FK_e4bbf79e6755da95ba19e8e1939"`);
    await queryRunner.query(`ALTER TABLE "notification" DROP CONSTRAINT "FK_ac5f81d86d3eeb07664b674f794"`);
    await queryRunner.query(`ALTER TABLE "hearing" DROP CONSTRAINT "FK_29d80929f2203bf71a3c3e18991"`);
    await queryRunner.query(`ALTER TABLE "hearing" DROP CONSTRAINT "FK_0dae22ca8c83c92f6a30cebe270"`);
    await queryRunner.query(`ALTER TABLE "hearing" DROP CONSTRAINT "FK_2025207f153dc71df16fddd0730"`);
    await queryRunner.query(`ALTER TABLE "hearing" DROP CONSTRAINT "FK_2539ae902be48fb9de0240010bd"`);
    await queryRunner.query(`ALTER TABLE "deadline" DROP CONSTRAINT "FK_cbb592772e30b5d3f2a65438d01"`);
    await queryRunner.query(`ALTER TABLE "deadline" DROP CONSTRAINT "FK_5ed856abd22976fe8eb85dfc6a1"`);
    await queryRunner.query(`ALTER TABLE "court_act" DROP CONSTRAINT "FK_85858d15b776f6ac5e0a571a45b"`);
    await queryRunner.query(`ALTER TABLE "court_act" DROP CONSTRAINT "FK_f86eec8c07be1bc003c73ddee40"`);
    await queryRunner.query(`ALTER TABLE "conclusion" DROP CONSTRAINT "FK_a87ab045d722de1e7e58760bbbd"`);
    await queryRunner.query(`ALTER TABLE "conclusion" DROP CONSTRAINT "FK_754817cbed3204dd0554b27c2e7"`);
    await queryRunner.query(`ALTER TABLE "conclusion" DROP CONSTRAINT "FK_a94a6c9f4bc48f13ba24f5040f1"`);
    await queryRunner.query(`ALTER TABLE "conclusion" DROP CONSTRAINT "FK_cec8e02d3e6f103a17660195778"`);
    await queryRunner.query(
      `ALTER TABLE "cassation_proposal" DROP CONSTRAINT "FK_e266f0029aa1165508a2dd4d326"`,
    );
    await queryRunner.query(
      `ALTER TABLE "cassation_proposal" DROP CONSTRAINT "FK_7e92ae1119aa406bd2cd7fed592"`,
    );
    await queryRunner.query(
      `ALTER TABLE "cassation_proposal" DROP CONSTRAINT "FK_f70c6fcb65d4d18e19650ea2761"`,
    );
    await queryRunner.query(
      `ALTER TABLE "cassation_proposal" DROP CONSTRAINT "FK_8eead17595fb3638943ba0767a9"`,
    );
    await queryRunner.query(`ALTER TABLE "court_case" DROP CONSTRAINT "FK_ac948fdf759cd322c3603c1266e"`);
    await queryRunner.query(`ALTER TABLE "court_case" DROP CONSTRAINT "FK_8de838eca84491bb4cf923f3e76"`);
    await queryRunner.query(`ALTER TABLE "court_case" DROP CONSTRAINT "FK_1393ad14e83b9cb6fb1da3e554c"`);
    await queryRunner.query(`ALTER TABLE "court_case" DROP CONSTRAINT "FK_02521c9963c5073cb2bedd7f529"`);
    await queryRunner.query(`ALTER TABLE "court_case" DROP CONSTRAINT "FK_2aae7855a56a792bfe98637e456"`);
    await queryRunner.query(`ALTER TABLE "court_case" DROP CONSTRAINT "FK_a01aa001ba21808e6c3cc18769c"`);
    await queryRunner.query(`ALTER TABLE "requisition" DROP CONSTRAINT "FK_e75485b7ac7ac157bf8f044d6f5"`);
    await queryRunner.query(`ALTER TABLE "requisition" DROP CONSTRAINT "FK_d492c4fb8fcf63913fcbc290090"`);
    await queryRunner.query(`ALTER TABLE "requisition" DROP CONSTRAINT "FK_48441c0c66224461a4b949f63a6"`);
    await queryRunner.query(`ALTER TABLE "application" DROP CONSTRAINT "FK_732da754342a51afcf76ca4fbf2"`);
    await queryRunner.query(`ALTER TABLE "application" DROP CONSTRAINT "FK_4777b945d61f6bbad38cf86deff"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_c480e576dd71729addbc2d51b6"`);
    await queryRunner.query(`DROP TABLE "app_user"`);
    await queryRunner.query(`DROP TYPE "public"."role"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_279da66b5fef20c1ed0d3f76c6"`);
    await queryRunner.query(`DROP TABLE "register_entry"`);
    await queryRunner.query(`DROP TYPE "public"."register_entry_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_1291fb1a4a1e3829991be76891"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_3fbe54c269741b2e701d289a8f"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9d6cbd260d7d645ee76fcdd1ec"`);
    await queryRunner.query(`DROP TABLE "protest"`);
    await queryRunner.query(`DROP TYPE "public"."protest_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_6d551e4e8323f8832e3216c3a6"`);
    await queryRunner.query(`DROP TABLE "prosecutor"`);
    await queryRunner.query(`DROP TYPE "public"."prosecutor_position"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f8704f9c9abc4e273693de1e28"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f79d463ee8582fff0e1f34168d"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_98e49e557183a29c3ccff068b5"`);
    await queryRunner.query(`DROP TABLE "assignment"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_28c43931374db19e9d2d184db7"`);
    await queryRunner.query(`DROP TABLE "private_ruling"`);
    await queryRunner.query(`DROP TYPE "public"."motion_evidence"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_27e4714c368484c2ad49561565"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ac5f81d86d3eeb07664b674f79"`);
    await queryRunner.query(`DROP TABLE "notification"`);
    await queryRunner.query(`DROP TYPE "public"."notification_channel"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5c946d263d91d15d584b79e5a2"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_87bb877063ae74097413c0a8f6"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2539ae902be48fb9de0240010b"`);
    await queryRunner.query(`DROP TABLE "hearing"`);
    await queryRunner.query(`DROP TYPE "public"."hearing_status"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2cde5bb51331cdeda47830e5d9"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a7fef65833b805c400c262391b"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_5ed856abd22976fe8eb85dfc6a"`);
    await queryRunner.query(`DROP TABLE "deadline"`);
    await queryRunner.query(`DROP TYPE "public"."deadline_status"`);
    await queryRunner.query(`DROP TYPE "public"."day_unit"`);
    await queryRunner.query(`DROP TYPE "public"."deadline_code"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_9e754a834988257e8d0a4beeaa"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_f86eec8c07be1bc003c73ddee4"`);
    await queryRunner.query(`DROP TABLE "court_act"`);
    await queryRunner.query(`DROP TYPE "public"."exclusion"`);
    await queryRunner.query(`DROP TYPE "public"."appeal_basis"`);
    await queryRunner.query(`DROP TYPE "public"."appeal_result"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_cec8e02d3e6f103a1766019577"`);
    await queryRunner.query(`DROP TABLE "conclusion"`);
    await queryRunner.query(`DROP TYPE "public"."conclusion_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_8eead17595fb3638943ba0767a"`);
    await queryRunner.query(`DROP TABLE "cassation_proposal"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_fd4417e71821ec57d21c3cc562"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_47144941fbacc4cfe0f0232638"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_06da08b720369a58fb00777d50"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_02521c9963c5073cb2bedd7f52"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_2aae7855a56a792bfe98637e45"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_a01aa001ba21808e6c3cc18769"`);
    await queryRunner.query(`DROP TABLE "court_case"`);
    await queryRunner.query(`DROP TYPE "public"."responsible_kind"`);
    await queryRunner.query(`DROP TYPE "public"."ground"`);
    await queryRunner.query(`DROP TYPE "public"."act_kind"`);
    await queryRunner.query(`DROP TYPE "public"."initiator"`);
    await queryRunner.query(`DROP TYPE "public"."military_status"`);
    await queryRunner.query(`DROP TYPE "public"."sanction"`);
    await queryRunner.query(`DROP TYPE "public"."sphere"`);
    await queryRunner.query(`DROP TYPE "public"."proceeding"`);
    await queryRunner.query(`DROP TYPE "public"."instance"`);
    await queryRunner.query(`DROP TABLE "calendar_override"`);
    await queryRunner.query(`DROP TYPE "public"."day_kind"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_40c0e9a60edcd0f680b0e94b60"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_ba27cef5b8b2b1a756e06ebcc5"`);
    await queryRunner.query(`DROP TABLE "audit_log"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_48441c0c66224461a4b949f63a"`);
    await queryRunner.query(`DROP TABLE "requisition"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_732da754342a51afcf76ca4fbf"`);
    await queryRunner.query(`DROP INDEX "public"."IDX_4777b945d61f6bbad38cf86def"`);
    await queryRunner.query(`DROP TABLE "application"`);
    await queryRunner.query(`DROP TYPE "public"."application_status"`);
    await queryRunner.query(`DROP TYPE "public"."applicant_kind"`);
    await queryRunner.query(`DROP TYPE "public"."protest_kind"`);
  }
}
