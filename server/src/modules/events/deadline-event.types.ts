import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Deadline } from '../deadline/deadline.entity';

export enum DeadlineEventKind {
  CREATED = 'CREATED',
  MET = 'MET',
  WAIVED = 'WAIVED',
  DUE_SOON = 'DUE_SOON',
  DUE_TODAY = 'DUE_TODAY',
  OVERDUE = 'OVERDUE',
}

registerEnumType(DeadlineEventKind, {
  name: 'DeadlineEventKind',
  description:
    'What happened to a deadline: created, met or waived, or (at a day boundary) now due soon, due today or overdue',
});

@ObjectType({ description: 'A deadline of an office that changed, as a live event' })
export class DeadlineEvent {
  @Field(() => String, {
    description: 'The event’s position: pass it as `after` when resubscribing to receive what you missed',
  })
  cursor!: string;

  @Field(() => DeadlineEventKind, { description: 'What happened' })
  kind!: DeadlineEventKind;

  @Field(() => ID, { description: 'The office that must meet the deadline' })
  officeId!: string;

  @Field(() => Deadline, { description: 'The deadline as it stands now' })
  deadline!: Deadline;
}
