import { Field, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { Case } from '../case/case.entity';
import { Court } from '../court/court.entity';
import { Hearing } from '../hearing/hearing.entity';
import { HearingScopeFilter } from '../hearing/hearing.inputs';
import { Office } from '../office/office.entity';

export enum HearingEventKind {
  SCHEDULED = 'SCHEDULED',
  RESCHEDULED = 'RESCHEDULED',
  CANCELLED = 'CANCELLED',
}

registerEnumType(HearingEventKind, {
  name: 'HearingEventKind',
  description: 'What happened to a hearing: newly set, moved to another time, or called off',
});

@InputType({ description: 'Which hearing events to receive; every criterion is optional' })
export class HearingEventFilter extends HearingScopeFilter {}

@ObjectType({ description: 'A hearing set, moved or called off, as a live event' })
export class HearingEvent {
  @Field(() => String, {
    description: 'The event’s position: pass it as `after` when resubscribing to receive what you missed',
  })
  cursor!: string;

  @Field(() => HearingEventKind, { description: 'What happened' })
  kind!: HearingEventKind;

  @Field(() => Hearing, { description: 'The hearing as it was right after the change' })
  hearing!: Hearing;

  @Field(() => Case, { description: 'The case heard' })
  case!: Case;

  @Field(() => Court, { description: 'The court that sits' })
  court!: Court;

  @Field(() => Date, { description: 'When the hearing is (or was) set' })
  scheduledAt!: Date;

  @Field(() => Office, { description: 'The office that answers for the case' })
  responsibleOffice!: Office;
}

/** What a hearing event carries in the outbox (payload). */
export interface HearingEventPayload {
  hearing: Record<string, unknown>;
  caseId: string;
  courtId: string;
  scheduledAt: string;
  responsibleOfficeId: string;
  mandatory: boolean;
}
