// Issue 8 (GraphQL limits): a cost limit per operation, with a budget per role. The depth limit stops a document
// from nesting without end; the cost limit stops one from asking for too much at one level — a hundred aliased
// `cases(first: 100)` with every case's timeline, or the deadline board with `limit: 500` nested in a list.
//
// The cost is an upper estimate of the objects an operation can return, computed before anything runs:
// - every object returned costs 1 (a few expensive resolvers more, FIELD_COSTS); scalars and enums cost nothing;
// - a field that returns many items multiplies its selection's cost by the most it can return: `first` on a
//   connection (≤ 100, the page-size limit), `limit` on the deadline board (its five lists are bounded by it),
//   and for plain lists the bound LIST_BOUNDS declares (what the data can realistically hold);
// - fragments count where they are spread, @skip/@include are honoured, variables are applied.
// The same check runs over HTTP (an Apollo plugin, once the operation is known) and over WebSocket (graphql-ws
// onSubscribe), with the budget of the caller's role.
import type { ApolloServerPlugin } from '@apollo/server';
import { DomainError, ErrorCode, Role } from '@qadagalau/shared';
import {
  getNamedType,
  getVariableValues,
  parse,
  validate,
  getNullableType,
  GraphQLError,
  isLeafType,
  isListType,
  Kind,
  type DocumentNode,
  type OperationDefinitionNode,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import type { AppContext } from '../app/context';

/**
 * The most an operation may cost, by role. The dashboard's costliest screen (the republic's assignment matrix,
 * about 10,300) and every other one is priced in cost-limit.test.ts against the smallest budget of a signed-in
 * role, so the product's own screens always fit; a page of 100 cases with their timelines costs 5,300. Managers
 * get more room for analysis across offices.
 */
export const ROLE_BUDGETS: Readonly<Record<Role, number>> = {
  [Role.ADMIN]: 50_000,
  [Role.DEPARTMENT]: 50_000,
  [Role.REGIONAL]: 25_000,
  [Role.DISTRICT]: 15_000,
  [Role.SPECIALIZED]: 15_000,
};
/**
 * Not signed in: enough to sign in and to read the public reference lists (regions, offices, courts, thematic
 * directions — the official, published lists) a few at a time; anything else is guarded and needs a token.
 */
export const ANONYMOUS_BUDGET = 5_000;

/** Resolvers that do much more than read rows (aggregates over a quarter, a whole matrix): added once. */
const FIELD_COSTS: Readonly<Record<string, number>> = {
  'Query.indicators': 10,
  'Query.indicatorBreakdown': 20,
  'Query.indicatorTrend': 10,
  'Query.assignmentMatrix': 20,
  'Query.deadlineBoard': 10,
  'Query.evaluateCase': 5,
};

/**
 * How many items a plain list can hold, where the type does not say: the data's realistic bound (a case has a
 * handful of hearings; there are 20 regions and about 400 courts). A list not named here counts as 10.
 */
const LIST_BOUNDS: Readonly<Record<string, number>> = {
  'Query.regions': 20,
  'Query.courts': 400,
  'Query.localities': 250,
  'Query.offices': 300,
  'Query.thematicDirections': 30,
  'Query.reconciliations': 20,
  'Query.reportingCalendar': 40,
  'AssignmentMatrix.themes': 30,
  'AssignmentMatrixRow.cells': 30,
  'AssignmentMatrixCell.assignments': 5,
  'AssignmentMatrixCell.prosecutors': 5,
  'IndicatorBreakdown.rows': 300,
  'Reconciliation.items': 200,
  'Case.timeline': 50,
  'Case.deadlines': 20,
  'Case.hearings': 20,
  'WorkingCalendarYear.months': 12,
  'WorkingCalendarYear.exceptions': 40,
  'WorkingCalendarYear.nonWorkingDays': 120,
};
const DEFAULT_LIST_BOUND = 10;
/** The page-size limit of every connection (relay.ts refuses more). */
const MAX_PAGE = 100;

function count(value: unknown, fallback: number, max: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? Math.min(Math.max(value, 0), max) : fallback;
}

/** Roles that see the whole republic (the assignment matrix has a row per region for them, one for the others). */
const REPUBLIC_ROLES: ReadonlySet<Role | null> = new Set([Role.ADMIN, Role.DEPARTMENT]);

const estimator: ComplexityEstimator = ({ type, field, args, childComplexity, context }) => {
  if (isLeafType(getNamedType(field.type))) return 0;
  const key = `${type.name}.${field.name}`;
  let items = 1;
  if ('first' in args) items = count(args['first'], MAX_PAGE, MAX_PAGE);
  else if (key === 'Query.deadlineBoard') items = count(args['limit'], 100, 500);
  else if (key === 'Query.indicatorTrend') items = count(args['quarters'], 4, 40);
  else if (key === 'Query.assignmentMatrix') {
    // A row per region asked for; without a choice, the regions the caller sees.
    const role = (context as CostContext | undefined)?.role ?? null;
    const asked = args['regionIds'];
    items = Array.isArray(asked) ? count(asked.length, 20, 20) : REPUBLIC_ROLES.has(role) ? 20 : 1;
  }
  // A connection's edges, the board's lists and the matrix's rows are bounded by their parent, counted there.
  else if (
    type.name.endsWith('Connection') ||
    key === 'AssignmentMatrix.rows' ||
    type.name === 'DeadlineBoard'
  )
    items = 1;
  else if (isListType(getNullableType(field.type))) items = LIST_BOUNDS[key] ?? DEFAULT_LIST_BOUND;
  // Each object the field can return, with what is selected in it (a connection's own object is counted per
  // item too: a small overestimate that keeps the rule one line).
  return (FIELD_COSTS[key] ?? 0) + items * (1 + childComplexity);
};

/** What the estimate depends on besides the document: the caller's role (null: not signed in). */
export interface CostContext {
  role: Role | null;
}

/** The estimated cost of the operation `operationName` (or the only one) of a valid document, for a role. */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown> | undefined,
  operationName: string | null | undefined,
  context: CostContext,
): number {
  // Variables that do not coerce: nothing will run, and execution answers with the coercion error itself. Checked
  // first with an error limit of 1: getComplexity coerces without a limit, and graphql-js quotes the whole value
  // in each error, so an input of 5000 unknown fields took 30 s of CPU (quadratic) before execution refused it.
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode =>
      d.kind === Kind.OPERATION_DEFINITION && (!operationName || d.name?.value === operationName),
  );
  if (
    operation &&
    getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {}, { maxErrors: 1 }).errors
  ) {
    return 0;
  }
  try {
    return getComplexity({
      schema,
      query: document,
      variables: variables ?? {},
      ...(operationName ? { operationName } : {}),
      estimators: [estimator],
      context: { ...context },
    });
  } catch (error) {
    // Variables that do not coerce: nothing will run, and execution answers with the coercion error itself.
    if (error instanceof GraphQLError) return 0;
    throw error;
  }
}

export function budgetOf(role: Role | null | undefined): number {
  return role ? ROLE_BUDGETS[role] : ANONYMOUS_BUDGET;
}

/**
 * The error a caller gets for an operation over its budget: BAD_USER_INPUT with both figures; for a caller not
 * signed in, UNAUTHENTICATED — their budget only covers signing in, so that is what they need to do.
 */
export function costError(cost: number, budget: number, role: Role | null): GraphQLError {
  const code = role ? ErrorCode.BAD_USER_INPUT : ErrorCode.UNAUTHENTICATED;
  const message = role
    ? `The operation would cost ${cost}; your limit is ${budget}. Ask for fewer items (a smaller first or ` +
      'limit) or fewer fields, or split it'
    : `Sign in first: the operation would cost ${cost}; without signing in the limit is ${budget}`;
  return new GraphQLError(message, {
    // The formatter takes code and figures from the DomainError; Apollo takes the HTTP status from here.
    originalError: new DomainError(code, message, { cost, budget }),
    extensions: { code, http: { status: role ? 400 : 401 } },
  });
}

/** How many costs are remembered per document (variables and roles differ); the oldest half goes when full. */
const COSTS_PER_DOCUMENT = 64;

/**
 * Costs already computed, per parsed document: Apollo keeps one parsed document per query text, so a screen that
 * sends the same operation with the same variables again (a refresh, a live update, every request of a load
 * test) is priced once. Estimating takes about 0.35 ms for the Hearings page — some 3% of its CPU time.
 */
export class CostCache {
  private readonly byDocument = new WeakMap<DocumentNode, Map<string, number>>();

  cost(
    schema: GraphQLSchema,
    document: DocumentNode,
    variables: Record<string, unknown> | undefined,
    operationName: string | null | undefined,
    context: CostContext,
  ): number {
    let costs = this.byDocument.get(document);
    if (!costs) this.byDocument.set(document, (costs = new Map()));
    const key = `${context.role ?? ''}|${operationName ?? ''}|${JSON.stringify(variables ?? {})}`;
    const known = costs.get(key);
    if (known !== undefined) return known;
    const cost = operationCost(schema, document, variables, operationName, context);
    if (costs.size >= COSTS_PER_DOCUMENT) {
      for (const old of [...costs.keys()].slice(0, COSTS_PER_DOCUMENT / 2)) costs.delete(old);
    }
    costs.set(key, cost);
    return cost;
  }
}

/** The check over HTTP: after Apollo has parsed, validated and picked the operation, before anything runs. */
export function costLimitPlugin(schema: GraphQLSchema): ApolloServerPlugin<AppContext> {
  const cache = new CostCache();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, request, operationName, contextValue }) {
          const role = contextValue.user?.role ?? null;
          const cost = cache.cost(schema, document, request.variables, operationName, { role });
          const budget = budgetOf(role);
          if (cost > budget) throw costError(cost, budget, role);
        },
      };
    },
  };
}

/**
 * The check over WebSocket (graphql-ws onSubscribe): the errors to answer with, or undefined to go on. A document
 * that does not parse or validate is left to graphql-ws, which reports it the usual way.
 */
export function subscriptionCostErrors(
  schema: GraphQLSchema,
  payload: { query: string; operationName?: string | null; variables?: Record<string, unknown> | null },
  role: Role | null,
  rules: readonly ValidationRule[],
): GraphQLError[] | undefined {
  let cost: number;
  try {
    const document = parse(payload.query);
    // Invalid documents get graphql-ws's own answer, the validation errors first, as over HTTP.
    if (validate(schema, document, rules).length > 0) return undefined;
    cost = operationCost(schema, document, payload.variables ?? {}, payload.operationName, { role });
  } catch {
    return undefined;
  }
  const budget = budgetOf(role);
  return cost > budget ? [costError(cost, budget, role)] : undefined;
}
