import { Field, ObjectType, Query, Resolver } from 'type-graphql';

/** Facts about the running server; also keeps the schema valid before any module registers a query. */
@ObjectType({ description: 'The running server' })
export class ServerInfo {
  @Field(() => String, { description: 'Server package version' })
  version!: string;

  @Field(() => Date, { description: 'When this server process started' })
  startedAt!: Date;
}

const startedAt = new Date();
// eslint-disable-next-line @typescript-eslint/no-require-imports -- package.json sits outside rootDir
const { version } = require('../../package.json') as { version: string };

@Resolver(() => ServerInfo)
export class ServerInfoResolver {
  @Query(() => ServerInfo, { description: 'Version and start time of the server' })
  serverInfo(): ServerInfo {
    return { version, startedAt };
  }
}
