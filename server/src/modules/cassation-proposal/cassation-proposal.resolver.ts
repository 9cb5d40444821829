import { Role } from '@qadagalau/shared';
import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../app/context';
import { requireRole } from '../../common/guards';
import { Jurisdiction } from '../../common/jurisdiction';
import { Case } from '../case/case.entity';
import { caseRecordLoaders } from '../court-act/case-records.loaders';
import { CourtAct } from '../court-act/court-act.entity';
import { Office } from '../office/office.entity';
import { CassationProposal } from './cassation-proposal.entity';
import { ProposeCassationProtestInput } from './cassation-proposal.inputs';
import { CassationProposalService } from './cassation-proposal.service';
import { idempotent } from '../../common/idempotency';

@Resolver(() => CassationProposal)
export class CassationProposalResolver {
  @Mutation(() => CassationProposal, {
    description:
      'A regional office proposes that the GPO bring a cassation protest (paras 14, 19: the resolutive part names a КоАП 839 decision)',
  })
  async proposeCassationProtest(
    @Ctx() ctx: AppContext,
    @Arg('input', () => ProposeCassationProtestInput) input: ProposeCassationProtestInput,
  ): Promise<CassationProposal> {
    // Para 14: oblast prosecutors submit the proposal.
    const user = requireRole(ctx, [Role.REGIONAL]);
    return ctx.dataSource.transaction(async (manager) =>
      idempotent(
        manager,
        user,
        { mutation: 'proposeCassationProtest', input: input },
        CassationProposal,
        async () =>
          new CassationProposalService(manager, ctx.calendar.calendar).propose(
            input,
            user,
            await Jurisdiction.of(user, manager),
          ),
      ),
    );
  }

  @FieldResolver(() => CourtAct, { nullable: true, description: 'The court act to protest' })
  async courtAct(@Root() proposal: CassationProposal, @Ctx() ctx: AppContext): Promise<CourtAct | null> {
    return caseRecordLoaders(ctx).courtAct.load(proposal.courtActId);
  }

  @FieldResolver(() => Office, { nullable: true, description: 'The regional office proposing' })
  async office(@Root() proposal: CassationProposal, @Ctx() ctx: AppContext): Promise<Office | null> {
    return ctx.loaders.office.load(proposal.officeId);
  }
}

@Resolver(() => Case)
export class CaseCassationProposalsResolver {
  @FieldResolver(() => [CassationProposal], {
    description: 'Proposals to the GPO to bring a cassation protest',
  })
  async cassationProposals(@Root() kase: Case, @Ctx() ctx: AppContext): Promise<CassationProposal[]> {
    return caseRecordLoaders(ctx).cassationProposalsByCase.load(kase.id);
  }
}
