// A tiny GraphQL-over-HTTP client for assertions (no caching, no retries: what the server said, as it said it).
export interface GraphQLResponse<T> {
  status: number;
  data?: T;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

export async function graphql<T = Record<string, unknown>>(
  baseUrl: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(15_000),
  });
  const body = (await response.json()) as Omit<GraphQLResponse<T>, 'status'>;
  return { status: response.status, ...body };
}

/** The demo users' password (DEMO_PASSWORD in server/src/database/seeds/demo/demo.builder.ts; not imported: that
 * module brings the whole domain model into every test that only wants to send a query). */
export const DEMO_PASSWORD = 'qadagalau';

/** Signs a demo user in: the token, or undefined when the server refused (the answer is left to the caller). */
export async function demoToken(baseUrl: string, username: string): Promise<string | undefined> {
  const answer = await graphql<{ login: { token: string } }>(
    baseUrl,
    'mutation ($input: LoginInput!) { login(input: $input) { token } }',
    { input: { username, password: DEMO_PASSWORD } },
  );
  return answer.data?.login.token;
}
