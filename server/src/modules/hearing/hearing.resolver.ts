import { Role } from '@qadagalau/shared';
import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../app/context';
import { requireUser } from '../../common/guards';
import { Jurisdiction } from '../../common/jurisdiction';
import { ConnectionArgs, ConnectionType, paginate, type Connection } from '../../common/relay';
import { Case } from '../case/case.entity';
import { Court } from '../court/court.entity';
import { Office } from '../office/office.entity';
import { Prosecutor } from '../prosecutor/prosecutor.entity';
import { Hearing } from './hearing.entity';
import {
  CancelHearingInput,
  HearingFilter,
  RecordAttendanceInput,
  RescheduleHearingInput,
  ScheduleHearingInput,
} from './hearing.inputs';
import { HearingService } from './hearing.service';
import { idempotent } from '../../common/idempotency';

const HearingConnection = ConnectionType(Hearing, 'Hearing');

@Resolver(() => Hearing)
export class HearingResolver {
  @Query(() => HearingConnection, {
    description: 'Hearings of cases in your jurisdiction, soonest first',
  })
  async hearings(
    @Ctx() ctx: AppContext,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('filter', () => HearingFilter, { nullable: true }) filter?: HearingFilter | null,
  ): Promise<Connection<Hearing>> {
    const jurisdiction = await Jurisdiction.of(requireUser(ctx), ctx.dataSource);
    // The cases the caller may see (and the filters on them), as a semi-join: no row duplication, no join
    // for the keyset paging to reckon with.
    const cases = ctx.dataSource.createQueryBuilder().select('c.id').from(Case, 'c');
    jurisdiction.whereCase(cases);
    if (filter?.regionIds) {
      if (jurisdiction.user.role === Role.REGIONAL) {
        // A regional office's jurisdiction already is `c.region_id = :jRegion`: repeating the column with
        // `= ANY(:regionIds)` makes PostgreSQL multiply the two selectivities and hash the whole region's cases
        // instead of starting from the few hearings of the window (test/bench/QUERY-PLANS.md). Either the
        // filter names the region (nothing to add) or it names none the office sees (nothing to return).
        if (!filter.regionIds.includes(jurisdiction.regionId ?? '')) cases.andWhere('false');
      } else {
        cases.andWhere('c.region_id = ANY(:regionIds::uuid[])', { regionIds: filter.regionIds });
      }
    }
    if (filter?.officeIds) {
      cases.andWhere('c.responsible_office_id = ANY(:officeIds::uuid[])', { officeIds: filter.officeIds });
    }
    if (filter?.mandatoryOnly) cases.andWhere('c.mandatory');
    if (filter?.theme) cases.andWhere(':theme = ANY(c.theme_codes)', { theme: filter.theme });

    const qb = ctx.dataSource.getRepository(Hearing).createQueryBuilder('h');
    qb.where(`h.case_id IN (${cases.getQuery()})`).setParameters(cases.getParameters());
    if (filter?.courtIds) qb.andWhere('h.court_id = ANY(:courtIds::uuid[])', { courtIds: filter.courtIds });
    if (filter?.statuses)
      qb.andWhere('h.status::text = ANY(:statuses::text[])', { statuses: filter.statuses });
    if (filter?.from) qb.andWhere('h.scheduled_at >= :from', { from: filter.from });
    if (filter?.to) qb.andWhere('h.scheduled_at < :to', { to: filter.to });
    return paginate(qb, page, 'h.scheduled_at', (h) => h.scheduledAt.toISOString(), 'ASC');
  }

  @Mutation(() => Hearing, {
    description: 'Sets a hearing of a case in your jurisdiction (the court defaults to the case’s court)',
  })
  async scheduleHearing(
    @Ctx() ctx: AppContext,
    @Arg('input', () => ScheduleHearingInput) input: ScheduleHearingInput,
  ): Promise<Hearing> {
    const user = requireUser(ctx);
    // A retry with the same idempotency key answers with the first request's hearing: one row, one event.
    return ctx.dataSource.transaction(async (manager) =>
      idempotent(manager, user, { mutation: 'scheduleHearing', input }, Hearing, async () => {
        const jurisdiction = await Jurisdiction.of(user, manager);
        return new HearingService(manager).schedule(input, user, jurisdiction);
      }),
    );
  }

  @Mutation(() => Hearing, {
    description: 'Moves a hearing to a new time; it stays SCHEDULED (CONFLICT on a stale version)',
  })
  async rescheduleHearing(
    @Ctx() ctx: AppContext,
    @Arg('input', () => RescheduleHearingInput) input: RescheduleHearingInput,
  ): Promise<Hearing> {
    const user = requireUser(ctx);
    return ctx.dataSource.transaction(async (manager) => {
      const jurisdiction = await Jurisdiction.of(user, manager);
      return new HearingService(manager).reschedule(
        input.id,
        input.version,
        input.scheduledAt,
        input.reason?.trim() ?? null,
        user,
        jurisdiction,
      );
    });
  }

  @Mutation(() => Hearing, { description: 'Calls a hearing off, with the reason' })
  async cancelHearing(
    @Ctx() ctx: AppContext,
    @Arg('input', () => CancelHearingInput) input: CancelHearingInput,
  ): Promise<Hearing> {
    const user = requireUser(ctx);
    return ctx.dataSource.transaction(async (manager) => {
      const jurisdiction = await Jurisdiction.of(user, manager);
      return new HearingService(manager).cancel(input.id, input.version, input.reason, user, jurisdiction);
    });
  }

  @Mutation(() => Hearing, {
    description: 'Records that the hearing was held and whether (and whose) prosecutor took part',
  })
  async recordAttendance(
    @Ctx() ctx: AppContext,
    @Arg('input', () => RecordAttendanceInput) input: RecordAttendanceInput,
  ): Promise<Hearing> {
    const user = requireUser(ctx);
    return ctx.dataSource.transaction(async (manager) => {
      const jurisdiction = await Jurisdiction.of(user, manager);
      return new HearingService(manager).recordAttendance(
        input.id,
        input.version,
        input.attended,
        input.prosecutorId ?? null,
        user,
        jurisdiction,
      );
    });
  }

  @FieldResolver(() => Case, { description: 'The case heard' })
  async case(@Root() hearing: Hearing, @Ctx() ctx: AppContext): Promise<Case | null> {
    return ctx.loaders.case.load(hearing.caseId);
  }

  @FieldResolver(() => Court, { description: 'The court that sits' })
  async court(@Root() hearing: Hearing, @Ctx() ctx: AppContext): Promise<Court | null> {
    return ctx.loaders.court.load(hearing.courtId);
  }

  @FieldResolver(() => Prosecutor, {
    nullable: true,
    description: 'The prosecutor assigned (or who attended)',
  })
  async prosecutor(@Root() hearing: Hearing, @Ctx() ctx: AppContext): Promise<Prosecutor | null> {
    return hearing.prosecutorId ? ctx.loaders.prosecutor.load(hearing.prosecutorId) : null;
  }

  @FieldResolver(() => Office, {
    nullable: true,
    description: 'The office whose prosecutor attended (para 7 reconciliation)',
  })
  async attendedByOffice(@Root() hearing: Hearing, @Ctx() ctx: AppContext): Promise<Office | null> {
    return hearing.attendedByOfficeId ? ctx.loaders.office.load(hearing.attendedByOfficeId) : null;
  }
}

@Resolver(() => Case)
export class CaseHearingsResolver {
  @FieldResolver(() => [Hearing], { description: 'The case’s hearings, earliest first' })
  async hearings(@Root() kase: Case, @Ctx() ctx: AppContext): Promise<Hearing[]> {
    return ctx.loaders.hearingsByCase.load(kase.id);
  }
}
