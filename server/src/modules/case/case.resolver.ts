import {
  DayUnit,
  DeadlineCode,
  Ground,
  ResponsibleKind,
  SpecializedKind,
  type Explanation,
} from '@qadagalau/shared';
import { IsEnum, IsOptional, ValidateNested } from 'class-validator';
import {
  Arg,
  Args,
  Ctx,
  Field,
  FieldResolver,
  ID,
  InputType,
  Int,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { AppContext } from '../../app/context';
import {
  ExplanationType,
  GroundExplanation,
  RoutingExplanation,
  toExplanationType,
} from '../../common/explanation.types';
import { requireUser } from '../../common/guards';
import { Jurisdiction } from '../../common/jurisdiction';
import { ConnectionArgs, ConnectionType, paginate, type Connection } from '../../common/relay';
import { IsCalendarDate } from '../../common/validators';
import { Court } from '../court/court.entity';
import { Deadline } from '../deadline/deadline.entity';
import { Office } from '../office/office.entity';
import { recordCaseView } from '../audit/case-view';
import { Region } from '../region/region.entity';
import { CaseRules } from './case-rules';
import { TimelineEntry, caseTimeline } from './case-timeline';
import { Case } from './case.entity';
import { CaseFactsInput, CaseFilter, RegisterCaseInput, UpdateCaseInput } from './case.inputs';
import { CaseService } from './case.service';

const CaseConnection = ConnectionType(Case, 'Case');

@InputType({ description: 'Dates that trigger deadlines (rules contract); each optional' })
export class CaseEventsInput {
  @Field(() => String, { nullable: true, description: 'Copy of the first-instance resolution delivered' })
  @IsOptional()
  @IsCalendarDate()
  copyDelivered?: string | null;

  @Field(() => String, { nullable: true, description: 'The act entered into legal force' })
  @IsOptional()
  @IsCalendarDate()
  enteredIntoForce?: string | null;

  @Field(() => String, { nullable: true, description: 'An application to bring a protest was received' })
  @IsOptional()
  @IsCalendarDate()
  applicationReceived?: string | null;

  @Field(() => String, { nullable: true, description: 'The court received the request for the case file' })
  @IsOptional()
  @IsCalendarDate()
  requisitionReceivedByCourt?: string | null;

  @Field(() => String, { nullable: true, description: 'The court decision an exclusion petition refers to' })
  @IsOptional()
  @IsCalendarDate()
  courtDecision?: string | null;
}

@InputType({ description: 'Facts for a dry run of the rules: nothing is stored' })
export class EvaluateCaseInput extends CaseFactsInput {
  @Field(() => [SpecializedKind], {
    defaultValue: [],
    description: 'Specialized offices where the court sits',
  })
  @IsEnum(SpecializedKind, { each: true })
  specializedAtCourt!: SpecializedKind[];

  @Field(() => Boolean, {
    defaultValue: true,
    description: 'The territorial office notified the specialized one',
  })
  specializedNotified = true;

  @Field(() => CaseEventsInput, { nullable: true, description: 'Trigger dates' })
  @IsOptional()
  @ValidateNested()
  events?: CaseEventsInput | null;
}

@ObjectType({ description: 'A deadline the rules set, explained' })
export class RuleDeadline {
  @Field(() => DeadlineCode, { description: 'Which obligation' })
  code!: DeadlineCode;

  @Field(() => String, { description: 'Trigger day (not counted)' })
  triggerOn!: string;

  @Field(() => String, { description: 'The last day' })
  dueOn!: string;

  @Field(() => Int, { description: 'How many days' })
  length!: number;

  @Field(() => DayUnit, { description: 'Calendar or working days' })
  unit!: DayUnit;

  @Field(() => ExplanationType, {
    description: 'Paragraph, article and reason, including what moved the date',
  })
  explanation!: ExplanationType;
}

@ObjectType({ description: 'What the rules say of a case (a dry run)' })
export class CaseEvaluationResult {
  @Field(() => Boolean, { description: 'The prosecutor must take part' })
  mandatory!: boolean;

  @Field(() => [Ground], { description: 'Why' })
  grounds!: Ground[];

  @Field(() => [GroundExplanation], { description: 'Each ground explained' })
  groundExplanations!: GroundExplanation[];

  @Field(() => ResponsibleKind, { description: 'Kind of office that answers for the case' })
  responsible!: ResponsibleKind;

  @Field(() => Boolean, { description: 'The initiating unit answers (para 9)' })
  initiatingUnit!: boolean;

  @Field(() => Boolean, { description: 'Fell back to the territorial office (para 7)' })
  fallback!: boolean;

  @Field(() => Boolean, { description: 'The territorial office must notify the specialized one (para 7)' })
  notifySpecialized!: boolean;

  @Field(() => RoutingExplanation, { description: 'The routing choice explained' })
  routing!: RoutingExplanation;

  @Field(() => [RuleDeadline], { description: 'The deadlines the given dates trigger' })
  deadlines!: RuleDeadline[];
}

interface StoredExplanation {
  grounds?: (Explanation & { ground: Ground })[];
  routing?: Explanation & { jurisdiction: ResponsibleKind };
}

@Resolver(() => Case)
export class CaseResolver {
  @Query(() => CaseConnection, { description: 'Cases in your jurisdiction, newest first' })
  async cases(
    @Ctx() ctx: AppContext,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('filter', () => CaseFilter, { nullable: true }) filter?: CaseFilter | null,
  ): Promise<Connection<Case>> {
    const jurisdiction = await Jurisdiction.of(requireUser(ctx), ctx.dataSource);
    const qb = ctx.dataSource.getRepository(Case).createQueryBuilder('c');
    jurisdiction.whereCase(qb);
    if (filter?.regionId) qb.andWhere('c.region_id = :regionId', { regionId: filter.regionId });
    if (filter?.officeId) qb.andWhere('c.responsible_office_id = :officeId', { officeId: filter.officeId });
    if (filter?.courtId) qb.andWhere('c.court_id = :courtId', { courtId: filter.courtId });
    if (filter?.mandatory != null) qb.andWhere('c.mandatory = :mandatory', { mandatory: filter.mandatory });
    if (filter?.theme) qb.andWhere(':theme = ANY(c.theme_codes)', { theme: filter.theme });
    if (filter?.deadlineStatus) {
      qb.andWhere('EXISTS (SELECT 1 FROM deadline d WHERE d.case_id = c.id AND d.status = :deadlineStatus)', {
        deadlineStatus: filter.deadlineStatus,
      });
    }
    if (filter?.registeredFrom) qb.andWhere('c.registered_on >= :from', { from: filter.registeredFrom });
    if (filter?.registeredTo) qb.andWhere('c.registered_on <= :to', { to: filter.registeredTo });
    return paginate(qb, page, 'c.registered_on', (c) => c.registeredOn, 'DESC');
  }

  @Query(() => Case, {
    description: 'One case in your jurisdiction (NOT_FOUND otherwise); each view is audited (caseViews)',
  })
  async case(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string): Promise<Case> {
    const user = requireUser(ctx);
    const jurisdiction = await Jurisdiction.of(user, ctx.dataSource);
    const kase = await new CaseService(ctx.dataSource.manager, ctx.calendar.calendar).visibleCase(
      id,
      jurisdiction,
    );
    // Issue 8: the detail view is audited before it is returned (fail closed); lists are not (case-view.ts).
    await recordCaseView(ctx.dataSource, user, kase.id, ctx.clientAddress, 'case');
    return kase;
  }

  @Query(() => CaseEvaluationResult, {
    description: 'A dry run of the rules on given facts; nothing is stored',
  })
  evaluateCase(
    @Ctx() ctx: AppContext,
    @Arg('facts', () => EvaluateCaseInput) facts: EvaluateCaseInput,
  ): CaseEvaluationResult {
    requireUser(ctx);
    const result = new CaseRules(ctx.calendar.calendar).evaluate({
      id: 'dry-run',
      instance: facts.instance,
      proceeding: facts.proceeding,
      spheres: facts.spheres,
      sanctions: facts.sanctions,
      offender: {
        minor: facts.offenderMinor,
        military: facts.offenderMilitary,
        dutyRelated: facts.offenderDutyRelated,
      },
      initiator: facts.initiator,
      higherProsecutorRequired: facts.higherProsecutorRequired,
      specializedAtCourt: facts.specializedAtCourt,
      specializedNotified: facts.specializedNotified,
      actKind: facts.actKind ?? null,
      prosecutorAgrees: facts.prosecutorAgrees,
      events: {
        copyDelivered: facts.events?.copyDelivered ?? null,
        enteredIntoForce: facts.events?.enteredIntoForce ?? null,
        applicationReceived: facts.events?.applicationReceived ?? null,
        requisitionReceivedByCourt: facts.events?.requisitionReceivedByCourt ?? null,
        courtDecision: facts.events?.courtDecision ?? null,
      },
    });
    return {
      mandatory: result.mandatory,
      grounds: result.grounds,
      groundExplanations: result.explanation.grounds.map(toExplanationType),
      responsible: result.responsible,
      initiatingUnit: result.initiatingUnit,
      fallback: result.fallback,
      notifySpecialized: result.notifySpecialized,
      routing: toExplanationType(result.explanation.routing),
      deadlines: result.deadlines.map((d) => ({ ...d, explanation: toExplanationType(d.explanation) })),
    };
  }

  @Mutation(() => Case, {
    description: 'Registers a case; the rules compute its grounds, routing and deadlines',
  })
  async registerCase(
    @Ctx() ctx: AppContext,
    @Arg('input', () => RegisterCaseInput) input: RegisterCaseInput,
  ): Promise<Case> {
    const user = requireUser(ctx);
    return ctx.dataSource.transaction(async (manager) => {
      const jurisdiction = await Jurisdiction.of(user, manager);
      return new CaseService(manager, ctx.calendar.calendar).register(
        {
          ...input,
          koapPart: input.koapPart ?? null,
          offenderBirthDate: input.offenderBirthDate ?? null,
          actKind: input.actKind ?? null,
        },
        user,
        jurisdiction,
      );
    });
  }

  @Mutation(() => Case, {
    description: 'Changes a case’s facts; the rules re-run (CONFLICT on a stale version)',
  })
  async updateCase(
    @Ctx() ctx: AppContext,
    @Arg('input', () => UpdateCaseInput) input: UpdateCaseInput,
  ): Promise<Case> {
    const user = requireUser(ctx);
    const { id, version, ...changes } = input;
    const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
    return ctx.dataSource.transaction(async (manager) => {
      const jurisdiction = await Jurisdiction.of(user, manager);
      return new CaseService(manager, ctx.calendar.calendar).update(id, version, defined, user, jurisdiction);
    });
  }

  @FieldResolver(() => Court, { description: 'The court hearing the case' })
  async court(@Root() kase: Case, @Ctx() ctx: AppContext): Promise<Court | null> {
    return ctx.loaders.court.load(kase.courtId);
  }

  @FieldResolver(() => Region, { description: 'Region of the court' })
  async region(@Root() kase: Case, @Ctx() ctx: AppContext): Promise<Region | null> {
    return ctx.loaders.region.load(kase.regionId);
  }

  @FieldResolver(() => Office, { description: 'The office that answers for the case' })
  async responsibleOffice(@Root() kase: Case, @Ctx() ctx: AppContext): Promise<Office | null> {
    return ctx.loaders.office.load(kase.responsibleOfficeId);
  }

  @FieldResolver(() => Office, { description: 'The territorial office at the court’s location' })
  async territorialOffice(@Root() kase: Case, @Ctx() ctx: AppContext): Promise<Office | null> {
    return ctx.loaders.office.load(kase.territorialOfficeId);
  }

  @FieldResolver(() => Office, {
    nullable: true,
    description: 'The specialized office the case falls to by category',
  })
  async specializedOffice(@Root() kase: Case, @Ctx() ctx: AppContext): Promise<Office | null> {
    return kase.specializedOfficeId ? ctx.loaders.office.load(kase.specializedOfficeId) : null;
  }

  @FieldResolver(() => [GroundExplanation], { description: 'Each ground with its paragraph and reason' })
  groundExplanations(@Root() kase: Case): GroundExplanation[] {
    return ((kase.explanation as StoredExplanation).grounds ?? []).map(toExplanationType);
  }

  @FieldResolver(() => RoutingExplanation, { nullable: true, description: 'The routing choice explained' })
  routingExplanation(@Root() kase: Case): RoutingExplanation | null {
    const routing = (kase.explanation as StoredExplanation).routing;
    return routing ? toExplanationType(routing) : null;
  }

  @FieldResolver(() => [TimelineEntry], {
    description:
      'Everything that happened in the case, oldest first: hearings, acts, conclusions, protests, deadlines …',
  })
  async timeline(@Root() kase: Case, @Ctx() ctx: AppContext): Promise<TimelineEntry[]> {
    return caseTimeline(ctx.dataSource.manager, kase.id);
  }

  @FieldResolver(() => [Deadline], { description: 'The case’s deadlines, soonest first' })
  async deadlines(@Root() kase: Case, @Ctx() ctx: AppContext): Promise<Deadline[]> {
    return ctx.dataSource
      .getRepository(Deadline)
      .find({ where: { caseId: kase.id }, order: { dueOn: 'ASC' } });
  }
}

@Resolver(() => Deadline)
export class DeadlineExplanationResolver {
  @FieldResolver(() => ExplanationType, {
    description: 'Paragraph, article and reason, including what moved the date',
  })
  explanation(@Root() deadline: Deadline): ExplanationType {
    return toExplanationType(deadline.explanation as unknown as Explanation);
  }
}
