import { DomainError, ErrorCode } from '@qadagalau/shared';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: `Page size, 1–${MAX_PAGE_SIZE}` })
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  first: number = DEFAULT_PAGE_SIZE;

  @Field(() => String, { nullable: true, description: 'The endCursor of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  after?: string | null;
}

@ObjectType({ description: 'Where a page stands in the whole list (Relay)' })
export class PageInfo {
  @Field(() => Boolean, { description: 'More items follow this page' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'Always false: lists page forwards only' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item of the page' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item: pass it as `after`' })
  endCursor!: string | null;
}

export interface Edge<T> {
  node: T;
  cursor: string;
}

export interface Connection<T> {
  edges: Edge<T>[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A Relay connection type `<Name>Connection` with `<Name>Edge` for a node type. */
export function ConnectionType<T extends object>(
  nodeType: ClassType<T>,
  name: string,
): ClassType<Connection<T>> {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a page` })
  class EdgeType {
    @Field(() => nodeType, { description: 'The item' })
    node!: T;

    @Field(() => String, { description: 'Opaque position of the item' })
    cursor!: string;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${name} items` })
  class ConnectionClass {
    @Field(() => [EdgeType], { description: 'The items of this page' })
    edges!: EdgeType[];

    @Field(() => PageInfo, { description: 'Paging state' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'How many items the whole filtered list holds' })
    totalCount!: number;
  }
  return ConnectionClass;
}

type SortValue = string | number;

function encodeCursor(sort: SortValue, id: string): string {
  return Buffer.from(JSON.stringify([sort, id])).toString('base64url');
}

function decodeCursor(cursor: string): [SortValue, string] {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      (typeof value[0] === 'string' || typeof value[0] === 'number') &&
      typeof value[1] === 'string'
    ) {
      return [value[0], value[1]];
    }
  } catch {
    // fall through
  }
  throw new DomainError(ErrorCode.BAD_USER_INPUT, 'after: not a cursor of this list', { field: 'after' });
}

/**
 * Keyset pagination: orders by `sortColumn` then id (both in `direction`), starts after the cursor, and reads
 * one row more than asked to know whether another page follows. `sortKey` gives a row's value of `sortColumn`.
 */
export async function paginate<T extends ObjectLiteral & { id: string }>(
  qb: SelectQueryBuilder<T>,
  args: ConnectionArgs,
  sortColumn: string,
  sortKey: (row: T) => SortValue,
  direction: 'ASC' | 'DESC' = 'ASC',
): Promise<Connection<T>> {
  const alias = qb.alias;
  const totalCount = await qb.clone().getCount();
  if (args.after) {
    const [sort, id] = decodeCursor(args.after);
    const comparison = direction === 'ASC' ? '>' : '<';
    qb.andWhere(`(${sortColumn}, ${alias}.id) ${comparison} (:cursorSort, :cursorId)`, {
      cursorSort: sort,
      cursorId: id,
    });
  }
  const rows = await qb
    .orderBy(sortColumn, direction)
    .addOrderBy(`${alias}.id`, direction)
    .take(args.first + 1)
    .getMany();
  const page = rows.slice(0, args.first);
  const edges = page.map((node) => ({ node, cursor: encodeCursor(sortKey(node), node.id) }));
  return {
    edges,
    totalCount,
    pageInfo: {
      hasNextPage: rows.length > args.first,
      hasPreviousPage: false,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
  };
}
