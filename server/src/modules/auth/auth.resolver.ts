import { DomainError, ErrorCode } from '@qadagalau/shared';
import { Arg, Ctx, FieldResolver, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { AppContext } from '../../app/context';
import { Office } from '../office/office.entity';
import { User } from '../user/user.entity';
import { AuthService } from './auth.service';
import { LoginInput, LoginPayload, Viewer } from './auth.types';

function toViewer(user: User): Viewer {
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    officeId: user.officeId,
  };
}

@Resolver(() => Viewer)
export class AuthResolver {
  @Mutation(() => LoginPayload, {
    description:
      'Signs in and returns a bearer token. Repeated failures lock the username and the address for a while ' +
      '(RATE_LIMITED with extensions.retryAfterSeconds, even for the right password).',
  })
  async login(
    @Ctx() ctx: AppContext,
    @Arg('input', () => LoginInput) input: LoginInput,
  ): Promise<LoginPayload> {
    const { token, expiresAt, user } = await new AuthService(ctx.dataSource, ctx.tokens).login(
      input.username,
      input.password,
      ctx.clientAddress,
    );
    return { token, expiresAt, viewer: toViewer(user) };
  }

  @Mutation(() => Boolean, {
    description:
      'Signs out: revokes the token this request carries, on every instance (its open live connections close). ' +
      'False when the request carries no valid token.',
  })
  async logout(@Ctx() ctx: AppContext): Promise<boolean> {
    return new AuthService(ctx.dataSource, ctx.tokens).logout(ctx.user, ctx.clientAddress);
  }

  @Query(() => Viewer, { description: 'The signed-in user (UNAUTHENTICATED without a valid token)' })
  async me(@Ctx() ctx: AppContext): Promise<Viewer> {
    const user = ctx.user ? await ctx.dataSource.getRepository(User).findOneBy({ id: ctx.user.id }) : null;
    if (!user || !user.active) throw new DomainError(ErrorCode.UNAUTHENTICATED, 'Sign in first');
    return toViewer(user);
  }

  @FieldResolver(() => Office, {
    nullable: true,
    description: 'The user’s office (null for an administrator)',
  })
  async office(@Ctx() ctx: AppContext, @Root() viewer: Viewer): Promise<Office | null> {
    return viewer.officeId ? ctx.loaders.office.load(viewer.officeId) : null;
  }
}
