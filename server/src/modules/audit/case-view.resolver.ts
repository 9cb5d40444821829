// Who viewed a case — itself personal data of the viewers (who looked at what, from which address), so it is
// shown to few. Decision: the administrator (who answers for the information system's security and
// investigates a suspected leak) and the users of the office that answers for the case (the holder of the
// case's personal data, who should learn that someone looked at "their" offender). Not the Department or the
// regional office as such, not the monitoring territorial/specialized offices: they supervise the case, not its
// readers. Everyone else: FORBIDDEN; a case outside the caller's jurisdiction: NOT_FOUND, like a missing one.
import { DomainError, ErrorCode, Role } from '@qadagalau/shared';
import { Arg, Ctx, Field, ID, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { AppContext } from '../../app/context';
import { recordAudit } from '../../common/audit';
import { requireUser } from '../../common/guards';
import { Jurisdiction } from '../../common/jurisdiction';
import { MAX_PAGE_SIZE } from '../../common/relay';
import { CaseService } from '../case/case.service';
import { Office } from '../office/office.entity';

@ObjectType({ description: 'One view of a case’s details: who, from which office and address, when' })
export class CaseViewEntry {
  @Field(() => Date, { description: 'When' })
  at!: Date;

  @Field(() => ID, { description: 'The user who viewed it' })
  userId!: string;

  @Field(() => String, { description: 'Their sign-in name' })
  username!: string;

  @Field(() => String, { description: 'Their name as shown' })
  displayName!: string;

  @Field(() => ID, { nullable: true, description: 'Their office at the time' })
  officeId!: string | null;

  @Field(() => Office, { nullable: true, description: 'Their office at the time' })
  office!: Office | null;

  @Field(() => String, { description: 'The network address the request came from' })
  clientAddress!: string;

  @Field(() => String, { description: 'The entry point: case (case(id)) or node (node(id))' })
  via!: string;
}

@Resolver()
export class CaseViewResolver {
  @Query(() => [CaseViewEntry], {
    description:
      'Who viewed the case’s details, newest first — for the administrator and the office that answers for the ' +
      'case (FORBIDDEN otherwise; NOT_FOUND outside your jurisdiction)',
  })
  async caseViews(
    @Ctx() ctx: AppContext,
    @Arg('caseId', () => ID) caseId: string,
    @Arg('first', () => Int, { defaultValue: 20, description: 'How many, at most 100' })
    first: number,
  ): Promise<CaseViewEntry[]> {
    const user = requireUser(ctx);
    checkFirst(first);
    const jurisdiction = await Jurisdiction.of(user, ctx.dataSource);
    const kase = await new CaseService(ctx.dataSource.manager, ctx.calendar.calendar).visibleCase(
      caseId,
      jurisdiction,
    );
    const allowed =
      user.role === Role.ADMIN || (user.officeId !== null && user.officeId === kase.responsibleOfficeId);
    if (!allowed) {
      throw new DomainError(
        ErrorCode.FORBIDDEN,
        'Only the administrator and the office that answers for the case see who viewed it',
      );
    }
    const rows = (await ctx.dataSource.query(
      `SELECT v.at, v.user_id AS "userId", u.username, u.display_name AS "displayName", v.office_id AS "officeId",
              v.client_address AS "clientAddress", v.via
         FROM case_view v JOIN app_user u ON u.id = v.user_id
        WHERE v.case_id = $1 ORDER BY v.at DESC, v.id DESC LIMIT $2`,
      [kase.id, first],
    )) as Omit<CaseViewEntry, 'office'>[];
    // Reading who viewed a case is itself a read of personal data (the viewers'): it leaves a trace too.
    await recordAudit(ctx.dataSource.manager, user, 'readCaseViews', 'Case', kase.id, null, {
      rows: rows.length,
      clientAddress: ctx.clientAddress,
    });
    return Promise.all(
      rows.map(async (r) => ({
        ...r,
        at: new Date(r.at),
        office: r.officeId ? await ctx.loaders.office.load(r.officeId) : null,
      })),
    );
  }
}

/** `first` within 1..MAX_PAGE_SIZE, like every page of the API. */
function checkFirst(first: number): void {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw new DomainError(ErrorCode.BAD_USER_INPUT, `first: from 1 to ${MAX_PAGE_SIZE}`, { field: 'first' });
  }
}
