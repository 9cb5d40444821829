import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import type { EntityManager } from 'typeorm';

/** What happened in a case, in the order it happened. */
export const TimelineKind = {
  REGISTERED: 'REGISTERED',
  NOTIFICATION: 'NOTIFICATION',
  HEARING: 'HEARING',
  COURT_ACT: 'COURT_ACT',
  CONCLUSION: 'CONCLUSION',
  PROTEST: 'PROTEST',
  CASSATION_PROPOSAL: 'CASSATION_PROPOSAL',
  APPLICATION: 'APPLICATION',
  REQUISITION: 'REQUISITION',
  PRIVATE_RULING: 'PRIVATE_RULING',
  DEADLINE: 'DEADLINE',
} as const;
export type TimelineKind = (typeof TimelineKind)[keyof typeof TimelineKind];

registerEnumType(TimelineKind, { name: 'TimelineKind', description: 'Kind of event in a case’s timeline' });

@ObjectType({ description: 'One event of a case, for its timeline' })
export class TimelineEntry {
  @Field(() => String, { description: 'When: a day (YYYY-MM-DD) or a moment (ISO 8601)' })
  at!: string;

  @Field(() => TimelineKind, { description: 'What kind of event' })
  kind!: TimelineKind;

  @Field(() => ID, { description: 'The record behind the event (usable with node(id) where it has a type)' })
  id!: string;

  @Field(() => String, { description: 'The event’s own kind or code, e.g. PENALTY_IMPOSED, APPEAL_PROTEST' })
  label!: string;

  @Field(() => String, { nullable: true, description: 'Its status where it has one, e.g. SATISFIED, MET' })
  status!: string | null;
}

// One UNION ALL: every source table contributes (at, kind, id, label, status); sorted by time in SQL.
const TIMELINE_SQL = `
  SELECT registered_on::text AS at, 'REGISTERED' AS kind, id, proceeding::text AS label, NULL AS status
    FROM court_case WHERE id = $1
  UNION ALL SELECT to_char(sent_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), 'NOTIFICATION', id, channel::text,
         CASE WHEN acknowledged_at IS NULL THEN 'SENT' ELSE 'ACKNOWLEDGED' END FROM notification WHERE case_id = $1
  UNION ALL SELECT to_char(scheduled_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), 'HEARING', id, instance::text,
         status::text FROM hearing WHERE case_id = $1
  UNION ALL SELECT issued_on::text, 'COURT_ACT', id, kind::text, appeal_result::text FROM court_act WHERE case_id = $1
  UNION ALL SELECT to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), 'CONCLUSION', id, kind::text,
         CASE WHEN approved_at IS NULL THEN 'AWAITING_APPROVAL' ELSE 'APPROVED' END FROM conclusion WHERE case_id = $1
  UNION ALL SELECT COALESCE(brought_on::text, to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')), 'PROTEST', id,
         kind::text, status::text FROM protest WHERE case_id = $1
  UNION ALL SELECT COALESCE(submitted_on::text, to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD')),
         'CASSATION_PROPOSAL', id, 'CASSATION_PROPOSAL', NULL FROM cassation_proposal WHERE case_id = $1
  UNION ALL SELECT received_on::text, 'APPLICATION', id, requested_protest::text, status::text
    FROM application WHERE case_id = $1
  UNION ALL SELECT requested_on::text, 'REQUISITION', id, 'REQUISITION',
         CASE WHEN file_received_on IS NULL THEN 'REQUESTED' ELSE 'FILE_RECEIVED' END FROM requisition WHERE case_id = $1
  UNION ALL SELECT issued_on::text, 'PRIVATE_RULING', id,
         CASE WHEN on_prosecutor_motion THEN 'ON_PROSECUTOR_MOTION' ELSE 'ON_COURT_INITIATIVE' END, NULL
    FROM private_ruling WHERE case_id = $1
  UNION ALL SELECT due_on::text, 'DEADLINE', id, code::text, status::text FROM deadline WHERE case_id = $1
  ORDER BY at, kind, id`;

/** The case's events, oldest first: hearings, acts, conclusions, protests, applications, deadlines and more. */
export async function caseTimeline(manager: EntityManager, caseId: string): Promise<TimelineEntry[]> {
  return (await manager.query(TIMELINE_SQL, [caseId])) as TimelineEntry[];
}
