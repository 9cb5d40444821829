// Issue 8 (GraphQL limits), first part: a maximum depth for every operation, over HTTP and WebSocket alike, so a
// hostile document cannot make the server walk case → hearings → case → … without end. Fragments count where
// they are spread; introspection fields (`__schema`, `__type`) do not count (introspection is off in production).
import { GraphQLError, Kind, type ASTVisitor, type SelectionSetNode, type ValidationContext } from 'graphql';
import { ErrorCode } from '@qadagalau/shared';

/** The dashboard's deepest operation is 7 levels (AssignmentsMatrix, HearingsPage); 10 leaves room. */
export const MAX_QUERY_DEPTH = 10;

function depthOf(
  selectionSet: SelectionSetNode | undefined,
  context: ValidationContext,
  seen: Set<string>,
): number {
  if (!selectionSet) return 0;
  let deepest = 0;
  for (const selection of selectionSet.selections) {
    switch (selection.kind) {
      case Kind.FIELD:
        if (!selection.name.value.startsWith('__')) {
          deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, context, seen));
        }
        break;
      case Kind.INLINE_FRAGMENT:
        deepest = Math.max(deepest, depthOf(selection.selectionSet, context, seen));
        break;
      case Kind.FRAGMENT_SPREAD: {
        const name = selection.name.value;
        // A fragment that spreads itself is graphql-js's own error (NoFragmentCycles); here it just stops.
        if (seen.has(name)) break;
        const fragment = context.getFragment(name);
        if (fragment)
          deepest = Math.max(deepest, depthOf(fragment.selectionSet, context, new Set([...seen, name])));
        break;
      }
    }
  }
  return deepest;
}

/** A validation rule: an operation nested deeper than `max` fields is refused with BAD_USER_INPUT. */
export function depthLimit(max: number = MAX_QUERY_DEPTH) {
  return (context: ValidationContext): ASTVisitor => ({
    OperationDefinition(node) {
      const depth = depthOf(node.selectionSet, context, new Set());
      if (depth > max) {
        context.reportError(
          new GraphQLError(`The operation is ${depth} levels deep; at most ${max} are allowed`, {
            nodes: [node],
            extensions: { code: ErrorCode.BAD_USER_INPUT },
          }),
        );
      }
    },
  });
}
