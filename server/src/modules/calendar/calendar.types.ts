import { DayKind, DeadlineCode } from '@qadagalau/shared';
import { IsBoolean, IsEnum, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ExplanationType, LocalizedTextType } from '../../common/explanation.types';
import { IsCalendarDate, IsNonBlankText } from '../../common/validators';

@ObjectType({ description: 'One day of the working-day calendar, with why it is (not) working' })
export class CalendarDay {
  @Field(() => String, { description: 'YYYY-MM-DD' })
  date!: string;

  @Field(() => Int, { description: 'ISO weekday, 1 = Monday … 7 = Sunday' })
  weekday!: number;

  @Field(() => Boolean, { description: 'A working day' })
  working!: boolean;

  @Field(() => DayKind, { description: 'Why' })
  kind!: DayKind;

  @Field(() => String, { nullable: true, description: 'The holiday on (or carried over to) this day' })
  holiday!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Carry-over: the holiday’s date; transfer: the other day',
  })
  relatedDate!: string | null;

  @Field(() => Boolean, { description: 'Set by an administrator at run time' })
  overridden!: boolean;

  @Field(() => Boolean, { description: 'An estimate not yet fixed by the authorities' })
  unconfirmed!: boolean;

  @Field(() => LocalizedTextType, { description: 'Why the day is (not) working, citing the law' })
  reason!: LocalizedTextType;

  @Field(() => LocalizedTextType, { description: 'A short label' })
  label!: LocalizedTextType;
}

@ObjectType({ description: 'Working days of one month' })
export class CalendarMonthType {
  @Field(() => Int, { description: 'Month, 1–12' })
  month!: number;

  @Field(() => Int, { description: 'Working days' })
  workingDays!: number;
}

@ObjectType({ description: 'A year of the working-day calendar (rules contract, Decision 4)' })
export class WorkingCalendarYear {
  @Field(() => Int, { description: 'The year' })
  year!: number;

  @Field(() => Int, { description: 'Working days in the year' })
  workingDays!: number;

  @Field(() => [CalendarMonthType], { description: 'Working days per month, January first' })
  months!: CalendarMonthType[];

  @Field(() => [CalendarDay], {
    description: 'Days that differ from the plain five-day week: holidays, carry-overs, transfers, overrides',
  })
  exceptions!: CalendarDay[];

  @Field(() => [CalendarDay], { description: 'The weekdays that are days off, with their reasons' })
  nonWorkingDays!: CalendarDay[];

  @Field(() => [String], { description: 'Provenance of the data and items not yet confirmed' })
  notes!: string[];
}

@InputType({ description: 'An administrator’s change to one calendar day' })
export class SetCalendarDayInput {
  @Field(() => String, { description: 'The day, YYYY-MM-DD' })
  @IsCalendarDate()
  date!: string;

  @Field(() => Boolean, { description: 'Working (true) or a day off (false)' })
  @IsBoolean()
  working!: boolean;

  @Field(() => DayKind, { nullable: true, description: 'Why (default OVERRIDE); must fit `working`' })
  @IsOptional()
  @IsEnum(DayKind)
  kind?: DayKind | null;

  @Field(() => String, {
    nullable: true,
    description: 'Name of the day in Kazakh (give all three names or none)',
  })
  @IsOptional()
  @IsNonBlankText(200)
  nameKk?: string | null;

  @Field(() => String, { nullable: true, description: 'Name of the day in Russian' })
  @IsOptional()
  @IsNonBlankText(200)
  nameRu?: string | null;

  @Field(() => String, { nullable: true, description: 'Name of the day in English' })
  @IsOptional()
  @IsNonBlankText(200)
  nameEn?: string | null;

  @Field(() => String, { nullable: true, description: 'For a transfer, the other day of the pair' })
  @IsOptional()
  @IsCalendarDate()
  relatedDate?: string | null;
}

@ArgsType()
export class CalendarYearArgs {
  @Field(() => Int, { description: 'The year' })
  @IsInt()
  @Min(1900)
  @Max(2100)
  year!: number;
}

@ArgsType()
export class ReportingCalendarArgs extends CalendarYearArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'The office (its own deadlines are the same for every office)',
  })
  @IsOptional()
  @IsUUID()
  officeId?: string | null;
}

@ObjectType({ description: 'The effect of a calendar change' })
export class CalendarDayChange {
  @Field(() => CalendarDay, { description: 'The day as it now stands' })
  day!: CalendarDay;

  @Field(() => Int, { description: 'Cases whose open deadlines span the day and were recomputed' })
  refreshedCases!: number;
}

@ObjectType({ description: 'A reporting deadline of an office (paras 7, 20, 28)' })
export class ReportingItemType extends ExplanationType {
  @Field(() => DeadlineCode, { description: 'Which report' })
  code!: DeadlineCode;

  @Field(() => String, { description: 'The period: 2025-Q1 or 2025-03' })
  period!: string;

  @Field(() => String, { description: 'The date the instruction names' })
  nominal!: string;

  @Field(() => String, {
    description: 'Due (the last working day on or before the nominal date, Decision 2)',
  })
  due!: string;
}
