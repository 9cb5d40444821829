// The one GraphQL client: HTTP for queries and mutations, graphql-ws for subscriptions, both carrying the token.
// A dropped WebSocket reconnects forever (with back-off) and every live subscription resumes from the last
// cursor it received, so the server replays what was missed, in order, exactly once.
import { createClient, type Client } from 'graphql-ws';
import { reactive } from 'vue';
import type { TypedDocumentString } from '../gql/graphql';
import { ApiError, toApiError } from './errors';

/** Where the token comes from and what happens when the server no longer accepts it (set by auth). */
export const credentials: { token: () => string | null; onUnauthenticated: () => void } = {
  token: () => null,
  onUnauthenticated: () => undefined,
};

export async function request<R, V>(document: TypedDocumentString<R, V>, variables?: V): Promise<R> {
  const token = credentials.token();
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      accept: 'application/graphql-response+json, application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
  });
  let body: { data?: R | null; errors?: Parameters<typeof toApiError>[0] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new ApiError(`HTTP ${response.status}`, response.status >= 500 ? 'INTERNAL' : 'BAD_USER_INPUT');
  }
  if (body.errors?.length) {
    const error = toApiError(body.errors);
    if (error.code === 'UNAUTHENTICATED' && token) credentials.onUnauthenticated();
    throw error;
  }
  if (!body.data) throw new ApiError(`HTTP ${response.status}`, 'INTERNAL');
  return body.data;
}

/** The live connection as the header shows it. */
export const connection = reactive({ state: 'idle' as 'idle' | 'connecting' | 'live' | 'offline' });

let ws: Client | null = null;

function wsClient(): Client {
  if (ws) return ws;
  const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
  ws = createClient({
    url,
    lazy: true,
    lazyCloseTimeout: 3000,
    retryAttempts: Number.POSITIVE_INFINITY,
    // Network loss, a restarted server: always try again (auth failures close with 4401/4403 and stop).
    shouldRetry: () => true,
    retryWait: async (retries) => {
      const ms = Math.min(1000 * 2 ** retries, 15_000) * (0.75 + Math.random() / 2);
      await new Promise((resolve) => setTimeout(resolve, ms));
    },
    connectionParams: () => {
      const token = credentials.token();
      return token ? { authorization: `Bearer ${token}` } : {};
    },
    on: {
      connecting: () => (connection.state = 'connecting'),
      connected: () => (connection.state = 'live'),
      closed: () => (connection.state = ws ? 'offline' : 'idle'),
    },
  });
  return ws;
}

/** Closes the WebSocket (sign-out): live subscriptions end. */
export async function closeLive(): Promise<void> {
  const client = ws;
  ws = null;
  connection.state = 'idle';
  await client?.dispose();
}

/** The server closes a live connection with 4401 when its token has expired or was revoked (sign-out elsewhere). */
function isUnauthorizedClose(cause: unknown): boolean {
  return typeof cause === 'object' && cause !== null && 'code' in cause && cause.code === 4401;
}

export interface LiveHandlers<R> {
  next: (data: R) => void;
  error?: (error: ApiError) => void;
}

/**
 * Subscribes and keeps the subscription alive across reconnects. `cursorOf` picks the event's cursor; it is
 * written into the variables' `after`, which graphql-ws re-sends on every retry, so a resumed subscription
 * starts right after the last event this page saw. Returns the function that ends it.
 */
export function subscribe<R, V extends { after?: string | null }>(
  document: TypedDocumentString<R, V>,
  variables: V,
  cursorOf: (data: R) => string | null | undefined,
  handlers: LiveHandlers<R>,
): () => void {
  const payload = { query: document.toString(), variables: { ...variables } as V };
  return wsClient().subscribe<R>(payload, {
    next: (result) => {
      if (result.errors?.length) {
        handlers.error?.(toApiError(result.errors as Parameters<typeof toApiError>[0]));
        return;
      }
      if (!result.data) return;
      const cursor = cursorOf(result.data);
      if (cursor) payload.variables.after = cursor;
      handlers.next(result.data);
    },
    error: (cause) => {
      const error = Array.isArray(cause)
        ? toApiError(cause as Parameters<typeof toApiError>[0])
        : isUnauthorizedClose(cause)
          ? new ApiError('session ended', 'UNAUTHENTICATED')
          : new ApiError(cause instanceof Error ? cause.message : 'connection closed', 'NETWORK');
      if (error.code === 'UNAUTHENTICATED') credentials.onUnauthenticated();
      handlers.error?.(error);
    },
    complete: () => undefined,
  });
}
