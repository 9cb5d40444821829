import {
  DomainError,
  ErrorCode,
  Role,
  reportingCalendar,
  todayInAlmaty,
  type DayInfo,
  type DayOverride,
} from '@qadagalau/shared';
import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../app/context';
import { toExplanationType } from '../../common/explanation.types';
import { notFound, requireRole, requireUser } from '../../common/guards';
import { Jurisdiction } from '../../common/jurisdiction';
import { IsCalendarDate } from '../../common/validators';
import { CalendarEditService } from './calendar-edit.service';
import {
  CalendarDay,
  CalendarDayChange,
  CalendarYearArgs,
  ReportingCalendarArgs,
  ReportingItemType,
  SetCalendarDayInput,
  WorkingCalendarYear,
} from './calendar.types';
import { ArgsType, Field } from 'type-graphql';

@ArgsType()
class CalendarDateArgs {
  @Field(() => String, { description: 'The day, YYYY-MM-DD' })
  @IsCalendarDate()
  date!: string;
}

function toCalendarDay(info: DayInfo): CalendarDay {
  return { ...info, holiday: info.holiday ?? null, relatedDate: info.relatedDate ?? null };
}

@Resolver()
export class CalendarResolver {
  @Query(() => WorkingCalendarYear, {
    description:
      'A year of the working-day calendar: working days per month and the days off with their reasons',
  })
  workingCalendar(
    @Ctx() ctx: AppContext,
    @Args(() => CalendarYearArgs) { year }: CalendarYearArgs,
  ): WorkingCalendarYear {
    requireUser(ctx);
    const calendar = ctx.calendar.calendar;
    const summary = calendar.yearSummary(year); // BAD_USER_INPUT outside the calendar
    const exceptions = calendar.exceptionsBetween(`${year}-01-01`, `${year}-12-31`).map(toCalendarDay);
    return {
      ...summary,
      exceptions,
      nonWorkingDays: exceptions.filter((d) => !d.working),
      notes: [...(calendar.notes.get(year) ?? [])],
    };
  }

  @Query(() => [ReportingItemType], {
    description:
      'The office reporting calendar of a year: monthly studies and quarterly memos (para 28), quarterly analyses (para 20), reconciliations (para 7)',
  })
  async reportingCalendar(
    @Ctx() ctx: AppContext,
    @Args(() => ReportingCalendarArgs) args: ReportingCalendarArgs,
  ): Promise<ReportingItemType[]> {
    const user = requireUser(ctx);
    if (args.officeId) {
      const jurisdiction = await Jurisdiction.of(user, ctx.dataSource);
      const [office] = (await ctx.dataSource.query('SELECT id FROM office WHERE id = $1', [
        args.officeId,
      ])) as {
        id: string;
      }[];
      if (!office || !(await jurisdiction.seesOffice(args.officeId, ctx.dataSource))) {
        throw notFound('Office', args.officeId);
      }
    }
    return reportingCalendar(args.year, ctx.calendar.calendar).map(toExplanationType);
  }

  @Mutation(() => CalendarDayChange, {
    description:
      'Sets a calendar day working or off (administrator): open deadlines running over it are recomputed',
  })
  async setCalendarDay(
    @Ctx() ctx: AppContext,
    @Arg('input', () => SetCalendarDayInput) input: SetCalendarDayInput,
  ): Promise<CalendarDayChange> {
    const user = requireRole(ctx, [Role.ADMIN]);
    const names = [input.nameKk, input.nameRu, input.nameEn];
    const named = names.filter((n) => n != null).length;
    if (named !== 0 && named !== 3) {
      throw new DomainError(
        ErrorCode.BAD_USER_INPUT,
        'nameKk, nameRu, nameEn: give all three names or none',
        {
          field: input.nameKk == null ? 'nameKk' : input.nameRu == null ? 'nameRu' : 'nameEn',
        },
      );
    }
    const override: DayOverride = {
      working: input.working,
      ...(input.kind ? { kind: input.kind } : {}),
      ...(named === 3
        ? { name: { kk: input.nameKk ?? '', ru: input.nameRu ?? '', en: input.nameEn ?? '' } }
        : {}),
      ...(input.relatedDate ? { relatedDate: input.relatedDate } : {}),
    };
    return this.edit(ctx, user, input.date, override);
  }

  @Mutation(() => CalendarDayChange, {
    description:
      'Removes an administrator’s change to a calendar day; open deadlines running over it are recomputed',
  })
  async clearCalendarDay(
    @Ctx() ctx: AppContext,
    @Args(() => CalendarDateArgs) { date }: CalendarDateArgs,
  ): Promise<CalendarDayChange> {
    const user = requireRole(ctx, [Role.ADMIN]);
    return this.edit(ctx, user, date, null);
  }

  private async edit(
    ctx: AppContext,
    user: ReturnType<typeof requireUser>,
    date: string,
    override: DayOverride | null,
  ): Promise<CalendarDayChange> {
    const previous = ctx.calendar.calendar;
    const next = ctx.calendar.withDay(date, override);
    const result = await ctx.dataSource.transaction((manager) =>
      new CalendarEditService(manager).apply(date, override, next, user, previous, todayInAlmaty(ctx.now())),
    );
    // Only after the commit: a failed edit leaves the process calendar as it was.
    ctx.calendar.adopt(next);
    return { day: toCalendarDay(result.day), refreshedCases: result.refreshedCases };
  }
}
