import { DomainError, ErrorCode } from '@qadagalau/shared';
import { IsOptional, IsUUID } from 'class-validator';
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
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { AppContext } from '../../app/context';
import { requireRole, requireUser } from '../../common/guards';
import { ConnectionArgs, ConnectionType, paginate, type Connection } from '../../common/relay';
import { IsCalendarDate } from '../../common/validators';
import { Office } from '../office/office.entity';
import { Region } from '../region/region.entity';
import { ThematicDirection } from '../theme/thematic-direction.entity';
import { Assignment } from './assignment.entity';
import { Prosecutor } from './prosecutor.entity';
import { AssignProsecutorInput, UnassignProsecutorArgs } from './prosecutor.inputs';
import { ASSIGNMENT_MANAGERS, ProsecutorService } from './prosecutor.service';
import { idempotent } from '../../common/idempotency';

const ProsecutorConnection = ConnectionType(Prosecutor, 'Prosecutor');

@ArgsType()
class ProsecutorsArgs extends ConnectionArgs {
  @Field(() => ID, { description: 'The office' })
  @IsUUID()
  officeId!: string;
}

@ArgsType()
class AssignmentMatrixArgs {
  @Field(() => [ID], { nullable: true, description: 'Only these regions (default: all you may see)' })
  @IsOptional()
  @IsUUID('all', { each: true })
  regionIds?: string[] | null;

  @Field(() => String, { nullable: true, description: 'The day, YYYY-MM-DD (default: today in Almaty)' })
  @IsOptional()
  @IsCalendarDate()
  asOf?: string | null;
}

@ObjectType({ description: 'One region × theme cell of the assignment matrix (para 5)' })
export class AssignmentMatrixCell {
  @Field(() => Region, { description: 'The region (row)' })
  region!: Region;

  @Field(() => ThematicDirection, { description: 'The thematic direction (column)' })
  theme!: ThematicDirection;

  @Field(() => [Assignment], { description: 'The assignments holding on the day' })
  assignments!: Assignment[];

  @Field(() => Int, { description: 'Open cases of the theme in the region (cases with an OPEN deadline)' })
  workload!: number;

  @Field(() => Boolean, { description: 'Nobody answers for the theme in the region on the day' })
  gap!: boolean;
}

@ObjectType({ description: 'One region of the assignment matrix' })
export class AssignmentMatrixRow {
  @Field(() => Region, { description: 'The region' })
  region!: Region;

  @Field(() => [AssignmentMatrixCell], { description: 'Its cells, in the order of `themes`' })
  cells!: AssignmentMatrixCell[];
}

@ObjectType({ description: 'Counts over the whole matrix' })
export class AssignmentMatrixTotals {
  @Field(() => Int, { description: 'Cells (regions × themes)' })
  cells!: number;

  @Field(() => Int, { description: 'Cells nobody answers for' })
  gaps!: number;

  @Field(() => Int, { description: 'Open cases over all cells' })
  workload!: number;

  @Field(() => Int, { description: 'Open cases in cells nobody answers for' })
  uncoveredWorkload!: number;
}

@ObjectType({ description: 'Regions × thematic directions → the prosecutors answering for them (para 5)' })
export class AssignmentMatrix {
  @Field(() => String, { description: 'The day the matrix shows, YYYY-MM-DD' })
  asOf!: string;

  @Field(() => Boolean, { description: 'You may assign and unassign prosecutors (within your scope)' })
  editable!: boolean;

  @Field(() => [ThematicDirection], { description: 'The columns' })
  themes!: ThematicDirection[];

  @Field(() => [AssignmentMatrixRow], { description: 'The rows' })
  rows!: AssignmentMatrixRow[];

  @Field(() => AssignmentMatrixTotals, { description: 'Totals' })
  totals!: AssignmentMatrixTotals;
}

@Resolver(() => Prosecutor)
export class ProsecutorResolver {
  @Query(() => ProsecutorConnection, { description: 'Prosecutors of an office in your region, by name' })
  async prosecutors(
    @Ctx() ctx: AppContext,
    @Args(() => ProsecutorsArgs) args: ProsecutorsArgs,
  ): Promise<Connection<Prosecutor>> {
    const user = requireUser(ctx);
    const office = await ctx.loaders.office.load(args.officeId);
    if (!office)
      throw new DomainError(ErrorCode.BAD_USER_INPUT, 'officeId: no such office', { field: 'officeId' });
    if (!(await new ProsecutorService(ctx.dataSource).seesOfficeStaff(user, office))) {
      throw new DomainError(ErrorCode.FORBIDDEN, 'The office is outside your region');
    }
    const qb = ctx.dataSource
      .getRepository(Prosecutor)
      .createQueryBuilder('p')
      .where('p.office_id = :officeId', { officeId: office.id });
    return paginate(qb, args, 'p.full_name', (p) => p.fullName, 'ASC');
  }

  @Query(() => AssignmentMatrix, {
    description:
      'Regions × themes → prosecutors, gaps and workload (para 5); your region unless republic-wide',
  })
  async assignmentMatrix(
    @Ctx() ctx: AppContext,
    @Args(() => AssignmentMatrixArgs) args: AssignmentMatrixArgs,
  ): Promise<AssignmentMatrix> {
    const user = requireUser(ctx);
    const matrix = await new ProsecutorService(ctx.dataSource).matrix(
      user,
      args.regionIds ?? null,
      args.asOf ?? null,
    );
    const cells = matrix.rows.flatMap((r) => r.cells);
    return {
      ...matrix,
      totals: {
        cells: cells.length,
        gaps: cells.filter((c) => c.gap).length,
        workload: cells.reduce((sum, c) => sum + c.workload, 0),
        uncoveredWorkload: cells.filter((c) => c.gap).reduce((sum, c) => sum + c.workload, 0),
      },
    };
  }

  @Mutation(() => Assignment, {
    description: 'Assigns a prosecutor to a theme in a zone (regional office: its region; Department: any)',
  })
  async assignProsecutor(
    @Ctx() ctx: AppContext,
    @Arg('input', () => AssignProsecutorInput) input: AssignProsecutorInput,
  ): Promise<Assignment> {
    const user = requireRole(ctx, ASSIGNMENT_MANAGERS);
    return ctx.dataSource.transaction((manager) =>
      idempotent(manager, user, { mutation: 'assignProsecutor', input }, Assignment, () =>
        new ProsecutorService(manager).assign(input, user),
      ),
    );
  }

  @Mutation(() => Assignment, {
    description:
      'Ends an assignment on validTo (default today); the record stays (CONFLICT on a stale version)',
  })
  async unassignProsecutor(
    @Ctx() ctx: AppContext,
    @Args(() => UnassignProsecutorArgs) args: UnassignProsecutorArgs,
  ): Promise<Assignment> {
    const user = requireRole(ctx, ASSIGNMENT_MANAGERS);
    return ctx.dataSource.transaction((manager) =>
      new ProsecutorService(manager).unassign(args.id, args.version, args.validTo ?? null, user),
    );
  }

  @FieldResolver(() => Office, { description: 'The office' })
  async office(@Root() prosecutor: Prosecutor, @Ctx() ctx: AppContext): Promise<Office | null> {
    return ctx.loaders.office.load(prosecutor.officeId);
  }
}

@Resolver(() => Assignment)
export class AssignmentResolver {
  @FieldResolver(() => Prosecutor, { description: 'The prosecutor' })
  async prosecutor(@Root() assignment: Assignment, @Ctx() ctx: AppContext): Promise<Prosecutor | null> {
    return ctx.loaders.prosecutor.load(assignment.prosecutorId);
  }

  @FieldResolver(() => Region, { nullable: true, description: 'The region (zone)' })
  async region(@Root() assignment: Assignment, @Ctx() ctx: AppContext): Promise<Region | null> {
    return assignment.regionId ? ctx.loaders.region.load(assignment.regionId) : null;
  }

  @FieldResolver(() => Office, { nullable: true, description: 'The office whose zone it is' })
  async office(@Root() assignment: Assignment, @Ctx() ctx: AppContext): Promise<Office | null> {
    return assignment.officeId ? ctx.loaders.office.load(assignment.officeId) : null;
  }

  @FieldResolver(() => ThematicDirection, { description: 'The thematic direction' })
  async theme(@Root() assignment: Assignment, @Ctx() ctx: AppContext): Promise<ThematicDirection | null> {
    return ctx.loaders.thematicDirection.load(assignment.themeId);
  }
}

@Resolver(() => AssignmentMatrixCell)
export class AssignmentMatrixCellResolver {
  @FieldResolver(() => [Prosecutor], {
    description: 'The prosecutors answering for the cell, with their office',
  })
  async prosecutors(@Root() cell: AssignmentMatrixCell, @Ctx() ctx: AppContext): Promise<Prosecutor[]> {
    const ids = [...new Set(cell.assignments.map((a) => a.prosecutorId))];
    const found = await ctx.loaders.prosecutor.loadMany(ids);
    return found.filter((p): p is Prosecutor => p instanceof Prosecutor);
  }
}
