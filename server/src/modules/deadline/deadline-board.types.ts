import { IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, Int, ObjectType } from 'type-graphql';
import { IsCalendarDate } from '../../common/validators';
import { Office } from '../office/office.entity';
import { Deadline } from './deadline.entity';

export const BOARD_LIST_MAX = 500;

@ArgsType()
export class DeadlineBoardArgs {
  @Field(() => ID, { description: 'The office whose board to show' })
  @IsUUID()
  officeId!: string;

  @Field(() => String, {
    nullable: true,
    description: 'The day the board is seen from, YYYY-MM-DD (default: today in Almaty)',
  })
  @IsOptional()
  @IsCalendarDate()
  asOf?: string | null;

  @Field(() => Int, {
    defaultValue: 100,
    description: `Most items per list, 1–${BOARD_LIST_MAX} (counts are always whole)`,
  })
  @IsInt()
  @Min(1)
  @Max(BOARD_LIST_MAX)
  limit = 100;
}

@ObjectType({ description: 'A deadline on the board, with its case and the working days left' })
export class DeadlineBoardItem {
  @Field(() => Deadline, { description: 'The deadline' })
  deadline!: Deadline;

  @Field(() => Int, {
    nullable: true,
    description:
      'Working days from the board’s day to the due date (negative when overdue; null outside the calendar)',
  })
  workingDaysLeft!: number | null;
}

@ObjectType({ description: 'How many deadlines of the office stand where' })
export class DeadlineBoardCounts {
  @Field(() => Int, { description: 'OPEN past the due date, or MISSED and still not done' })
  overdue!: number;

  @Field(() => Int, { description: 'OPEN and due on the board’s day' })
  dueToday!: number;

  @Field(() => Int, { description: 'OPEN and due within the next 3 working days' })
  dueSoon!: number;

  @Field(() => Int, { description: 'OPEN and due later' })
  open!: number;

  @Field(() => Int, { description: 'MET within the last 30 days' })
  met!: number;

  @Field(() => Int, { description: 'MISSED (done late or not done), all time' })
  missed!: number;

  @Field(() => Int, { description: 'WAIVED, all time' })
  waived!: number;
}

@ObjectType({
  description: 'The deadline board of an office: what is overdue, due today, due soon, open and met',
})
export class DeadlineBoard {
  @Field(() => Office, { description: 'The office' })
  office!: Office;

  @Field(() => String, { description: 'The day the board is seen from, YYYY-MM-DD' })
  asOf!: string;

  @Field(() => String, { description: 'The last day counted as due soon (3 working days after asOf)' })
  dueSoonUntil!: string;

  @Field(() => DeadlineBoardCounts, { description: 'Whole counts (the lists may be cut at `limit`)' })
  counts!: DeadlineBoardCounts;

  @Field(() => [DeadlineBoardItem], { description: 'Overdue, most overdue first' })
  overdue!: DeadlineBoardItem[];

  @Field(() => [DeadlineBoardItem], { description: 'Due today' })
  dueToday!: DeadlineBoardItem[];

  @Field(() => [DeadlineBoardItem], { description: 'Due within 3 working days, soonest first' })
  dueSoon!: DeadlineBoardItem[];

  @Field(() => [DeadlineBoardItem], { description: 'Open and due later, soonest first' })
  open!: DeadlineBoardItem[];

  @Field(() => [DeadlineBoardItem], { description: 'Met within the last 30 days, latest first' })
  met!: DeadlineBoardItem[];
}
