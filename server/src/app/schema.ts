// Builds the GraphQL schema from the type-graphql resolvers and renders the committed server/schema.graphql.
import { writeFile } from 'node:fs/promises';
import { lexicographicSortSchema, printSchema, type GraphQLSchema } from 'graphql';
import { buildSchema } from 'type-graphql';
import '../common/graphql-enums';
import { moduleResolvers, type ResolverList } from '../modules/resolvers';
import type { AppPubSub } from './pubsub';
import { createAppPubSub } from './pubsub';
import { schemaFilePath } from './paths';
import { ServerInfoResolver } from './server-info.resolver';

export const resolvers: ResolverList = [ServerInfoResolver, ...moduleResolvers];

export async function buildAppSchema(pubSub: AppPubSub = createAppPubSub()): Promise<GraphQLSchema> {
  return buildSchema({
    resolvers,
    // class-validator runs on every @InputType/@ArgsType; failures become BAD_USER_INPUT (common/errors.ts).
    validate: true,
    pubSub,
    // Written by emitSchemaFile below, so the file the test compares is produced by one function.
    emitSchemaFile: false,
  });
}

const HEADER = `# Generated from the type-graphql resolvers by \`npm run schema -w server\`; do not edit by hand.
# Committed so schema changes show in review; a unit test fails when it differs from the code.

`;

/** The text of server/schema.graphql: sorted, so the order of resolver registration does not churn the diff. */
export function renderSchemaFile(schema: GraphQLSchema): string {
  return `${HEADER}${printSchema(lexicographicSortSchema(schema))}\n`;
}

export async function emitSchemaFile(schema: GraphQLSchema, file: string = schemaFilePath): Promise<void> {
  await writeFile(file, renderSchemaFile(schema));
}
