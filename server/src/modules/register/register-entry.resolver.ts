import { Role, assertUnreachable } from '@qadagalau/shared';
import { Arg, Args, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../app/context';
import { requireUser } from '../../common/guards';
import { Jurisdiction } from '../../common/jurisdiction';
import { ConnectionArgs, ConnectionType, paginate, type Connection } from '../../common/relay';
import { Case } from '../case/case.entity';
import { caseRecordLoaders } from '../court-act/case-records.loaders';
import { Office } from '../office/office.entity';
import { RegisterEntry } from './register-entry.entity';
import { AddRegisterEntryInput, RegisterEntryFilter } from './register-entry.inputs';
import { RegisterEntryService } from './register-entry.service';
import { idempotent } from '../../common/idempotency';

const RegisterEntryConnection = ConnectionType(RegisterEntry, 'RegisterEntry');

@Resolver(() => RegisterEntry)
export class RegisterEntryResolver {
  @Query(() => RegisterEntryConnection, {
    description: 'The para-28 register of the offices you see (yours; a regional office’s region; all)',
  })
  async registerEntries(
    @Ctx() ctx: AppContext,
    @Args(() => ConnectionArgs) page: ConnectionArgs,
    @Arg('filter', () => RegisterEntryFilter, { nullable: true }) filter?: RegisterEntryFilter | null,
  ): Promise<Connection<RegisterEntry>> {
    const user = requireUser(ctx);
    const jurisdiction = await Jurisdiction.of(user, ctx.dataSource);
    const qb = ctx.dataSource.getRepository(RegisterEntry).createQueryBuilder('r');
    switch (user.role) {
      case Role.ADMIN:
      case Role.DEPARTMENT:
        break;
      case Role.REGIONAL:
        qb.andWhere('r.office_id IN (SELECT id FROM office WHERE region_id = :jRegion)', {
          jRegion: jurisdiction.regionId,
        });
        break;
      case Role.DISTRICT:
      case Role.SPECIALIZED:
        qb.andWhere('r.office_id = :jOffice', { jOffice: user.officeId });
        break;
      default:
        assertUnreachable(user.role);
    }
    if (filter?.officeId) qb.andWhere('r.office_id = :officeId', { officeId: filter.officeId });
    if (filter?.kind) qb.andWhere('r.kind = :kind', { kind: filter.kind });
    return paginate(qb, page, 'r.recorded_on', (r) => r.recordedOn, 'DESC');
  }

  @Mutation(() => RegisterEntry, {
    description: 'Enters a violation or good practice found in supervision into the register (para 28)',
  })
  async addRegisterEntry(
    @Ctx() ctx: AppContext,
    @Arg('input', () => AddRegisterEntryInput) input: AddRegisterEntryInput,
  ): Promise<RegisterEntry> {
    const user = requireUser(ctx);
    return ctx.dataSource.transaction(async (manager) =>
      idempotent(manager, user, { mutation: 'addRegisterEntry', input: input }, RegisterEntry, async () =>
        new RegisterEntryService(manager, ctx.calendar.calendar).add(
          input,
          user,
          await Jurisdiction.of(user, manager),
        ),
      ),
    );
  }

  @FieldResolver(() => Office, { nullable: true, description: 'The office that made the finding' })
  async office(@Root() entry: RegisterEntry, @Ctx() ctx: AppContext): Promise<Office | null> {
    return ctx.loaders.office.load(entry.officeId);
  }
}

@Resolver(() => Case)
export class CaseRegisterEntriesResolver {
  @FieldResolver(() => [RegisterEntry], { description: 'Register entries made on the case (para 28)' })
  async registerEntries(@Root() kase: Case, @Ctx() ctx: AppContext): Promise<RegisterEntry[]> {
    return caseRecordLoaders(ctx).registerEntriesByCase.load(kase.id);
  }
}
