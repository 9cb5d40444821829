import { DomainError, ErrorCode, quarterRange } from '@qadagalau/shared';
import { IsInt, IsOptional, IsString, IsUUID, Matches, Min, isUUID } from 'class-validator';
import { JSONObjectResolver } from 'graphql-scalars';
import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { AppContext } from '../../app/context';
import { requireUser } from '../../common/guards';
import { Jurisdiction } from '../../common/jurisdiction';
import { Case } from '../case/case.entity';
import { Office } from '../office/office.entity';
import { ReconciliationItem } from './reconciliation-item.entity';
import { reconciliationLoaders } from './reconciliation.loaders';
import { Reconciliation } from './reconciliation.entity';
import { ReconciliationService } from './reconciliation.service';
import { IsNonBlankText } from '../../common/validators';
import { IdempotencyKeyField, idempotent } from '../../common/idempotency';

const QUARTER = /^\d{4}-Q[1-4]$/;

@ArgsType()
class BuildReconciliationArgs {
  @Field(() => String, { description: 'The quarter, e.g. 2026-Q3' })
  @IsString()
  @Matches(QUARTER, { message: 'quarter must look like 2026-Q3' })
  quarter!: string;

  @Field(() => ID, { description: 'The territorial (district, city or interdistrict) office' })
  @IsUUID()
  territorialOfficeId!: string;

  @Field(() => ID, { description: 'The specialized (military, transport or environmental) office' })
  @IsUUID()
  specializedOfficeId!: string;

  @Field(() => Int, {
    nullable: true,
    description:
      'When rebuilding a draft: the version you read (CONFLICT when it changed since); omit for a first build',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number | null;

  @IdempotencyKeyField()
  idempotencyKey?: string | null;
}

@ArgsType()
class ReconciliationsArgs {
  @Field(() => ID, { description: 'Either of the two offices' })
  @IsUUID()
  officeId!: string;

  @Field(() => String, { nullable: true, description: 'Only this quarter, e.g. 2026-Q3' })
  @IsOptional()
  @IsString()
  @Matches(QUARTER, { message: 'quarter must look like 2026-Q3' })
  quarter?: string | null;
}

@ArgsType()
class ResolveDiscrepancyArgs {
  @Field(() => ID, { description: 'The reconciliation item' })
  @IsUUID()
  itemId!: string;

  @Field(() => Int, { description: 'The version of the item you read (optimistic lock)' })
  @IsInt()
  @Min(1)
  version!: number;

  @Field(() => String, { description: 'How the discrepancy was resolved' })
  @IsNonBlankText(2000)
  note!: string;
}

@ArgsType()
class SignReconciliationArgs {
  @Field(() => ID, { description: 'The reconciliation' })
  @IsUUID()
  id!: string;

  @Field(() => Int, { description: 'The version you read (optimistic lock)' })
  @IsInt()
  @Min(1)
  version!: number;
}

@Resolver(() => Reconciliation)
export class ReconciliationResolver {
  @Query(() => Reconciliation, { description: 'One reconciliation you may see (NOT_FOUND otherwise)' })
  async reconciliation(@Ctx() ctx: AppContext, @Arg('id', () => ID) id: string): Promise<Reconciliation> {
    const jurisdiction = await Jurisdiction.of(requireUser(ctx), ctx.dataSource);
    if (!isUUID(id))
      throw new DomainError(ErrorCode.BAD_USER_INPUT, 'id: not an identifier', { field: 'id' });
    return new ReconciliationService(ctx.dataSource.manager).visible(id, jurisdiction);
  }

  @Query(() => [Reconciliation], { description: 'Reconciliations of an office, newest quarter first' })
  async reconciliations(
    @Ctx() ctx: AppContext,
    @Args(() => ReconciliationsArgs) args: ReconciliationsArgs,
  ): Promise<Reconciliation[]> {
    const jurisdiction = await Jurisdiction.of(requireUser(ctx), ctx.dataSource);
    if (!(await jurisdiction.seesOffice(args.officeId, ctx.dataSource))) {
      throw new DomainError(ErrorCode.FORBIDDEN, 'The office is outside your jurisdiction');
    }
    const qb = ctx.dataSource
      .getRepository(Reconciliation)
      .createQueryBuilder('r')
      .where('(r.territorial_office_id = :office OR r.specialized_office_id = :office)', {
        office: args.officeId,
      });
    if (args.quarter) qb.andWhere('r.quarter = :quarter', { quarter: args.quarter });
    return qb.orderBy('r.quarter', 'DESC').addOrderBy('r.id', 'ASC').take(200).getMany();
  }

  @Mutation(() => Reconciliation, {
    description: 'Builds (or, while a draft, rebuilds) the quarterly reconciliation of two offices (para 7)',
  })
  async buildReconciliation(
    @Ctx() ctx: AppContext,
    @Args(() => BuildReconciliationArgs) args: BuildReconciliationArgs,
  ): Promise<Reconciliation> {
    const user = requireUser(ctx);
    // A rebuild resets the signatures of a draft: a retried build with the same idempotency key answers with
    // the act the first request built instead of rebuilding it over a signature given in between.
    return ctx.dataSource.transaction(async (manager) =>
      idempotent(manager, user, { mutation: 'buildReconciliation', input: args }, Reconciliation, async () =>
        new ReconciliationService(manager).build(
          args.quarter,
          args.territorialOfficeId,
          args.specializedOfficeId,
          user,
          await Jurisdiction.of(user, manager),
          args.version ?? null,
        ),
      ),
    );
  }

  @Mutation(() => ReconciliationItem, { description: 'Resolves a discrepancy with a note (drafts only)' })
  async resolveDiscrepancy(
    @Ctx() ctx: AppContext,
    @Args(() => ResolveDiscrepancyArgs) args: ResolveDiscrepancyArgs,
  ): Promise<ReconciliationItem> {
    const user = requireUser(ctx);
    return ctx.dataSource.transaction(async (manager) =>
      new ReconciliationService(manager).resolve(
        args.itemId,
        args.version,
        args.note,
        user,
        await Jurisdiction.of(user, manager),
      ),
    );
  }

  @Mutation(() => Reconciliation, {
    description:
      'Signs for your office (territorial or specialized side); every discrepancy must be resolved. When both ' +
      'sides have signed the act is frozen (CONFLICT on any later change)',
  })
  async signReconciliation(
    @Ctx() ctx: AppContext,
    @Args(() => SignReconciliationArgs) args: SignReconciliationArgs,
  ): Promise<Reconciliation> {
    const user = requireUser(ctx);
    return ctx.dataSource.transaction(async (manager) =>
      new ReconciliationService(manager).sign(
        args.id,
        args.version,
        user,
        await Jurisdiction.of(user, manager),
      ),
    );
  }

  @FieldResolver(() => String, { description: 'First day of the quarter, YYYY-MM-DD' })
  periodFrom(@Root() rec: Reconciliation): string {
    return quarterRange(rec.quarter).from;
  }

  @FieldResolver(() => String, { description: 'Last day of the quarter, YYYY-MM-DD' })
  periodTo(@Root() rec: Reconciliation): string {
    return quarterRange(rec.quarter).to;
  }

  @FieldResolver(() => Office, { description: 'The territorial office' })
  async territorialOffice(@Root() rec: Reconciliation, @Ctx() ctx: AppContext): Promise<Office | null> {
    return ctx.loaders.office.load(rec.territorialOfficeId);
  }

  @FieldResolver(() => Office, { description: 'The specialized office' })
  async specializedOffice(@Root() rec: Reconciliation, @Ctx() ctx: AppContext): Promise<Office | null> {
    return ctx.loaders.office.load(rec.specializedOfficeId);
  }

  @FieldResolver(() => [ReconciliationItem], { description: 'The cases heard, with their discrepancies' })
  async items(@Root() rec: Reconciliation, @Ctx() ctx: AppContext): Promise<ReconciliationItem[]> {
    return reconciliationLoaders(ctx).items.load(rec.id);
  }

  @FieldResolver(() => Int, { description: 'Discrepancies not yet resolved' })
  async unresolvedCount(@Root() rec: Reconciliation, @Ctx() ctx: AppContext): Promise<number> {
    const items = await reconciliationLoaders(ctx).items.load(rec.id);
    return items.filter((i) => i.discrepancy !== null && i.resolvedAt === null).length;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The name of the user who signed for the territorial office',
  })
  async signedByTerritorialName(@Root() rec: Reconciliation, @Ctx() ctx: AppContext): Promise<string | null> {
    return rec.signedByTerritorialBy
      ? reconciliationLoaders(ctx).userName.load(rec.signedByTerritorialBy)
      : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'The name of the user who signed for the specialized office',
  })
  async signedBySpecializedName(@Root() rec: Reconciliation, @Ctx() ctx: AppContext): Promise<string | null> {
    return rec.signedBySpecializedBy
      ? reconciliationLoaders(ctx).userName.load(rec.signedBySpecializedBy)
      : null;
  }

  @FieldResolver(() => JSONObjectResolver, {
    nullable: true,
    description:
      'The full act frozen when both sides signed (items, resolutions, signatures); null for a draft',
  })
  frozenAct(@Root() rec: Reconciliation): Record<string, unknown> | null {
    return rec.frozenAct;
  }
}

@Resolver(() => ReconciliationItem)
export class ReconciliationItemResolver {
  @FieldResolver(() => Case, { description: 'The case heard' })
  async case(@Root() item: ReconciliationItem, @Ctx() ctx: AppContext): Promise<Case | null> {
    return ctx.loaders.case.load(item.caseId);
  }

  @FieldResolver(() => String, { nullable: true, description: 'The name of the user who resolved it' })
  async resolvedByName(@Root() item: ReconciliationItem, @Ctx() ctx: AppContext): Promise<string | null> {
    return item.resolvedBy ? reconciliationLoaders(ctx).userName.load(item.resolvedBy) : null;
  }
}
