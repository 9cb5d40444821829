// Every type-graphql resolver of the API, in one list for buildSchema.
import type { NonEmptyArray } from 'type-graphql';

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export const moduleResolvers: Function[] = [];

// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
export type ResolverList = NonEmptyArray<Function>;
