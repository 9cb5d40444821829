// The authentication hook every request goes through, over HTTP and over WebSocket. The session work replaces
// the body of resolveUser; callers and the context shape stay as they are.

/** Who is calling. Extended by the session work (role, office, jurisdiction). */
export interface AuthUser {
  id: string;
}

/**
 * The user an `Authorization: Bearer …` header (or the graphql-ws `authorization` connection parameter)
 * identifies; null when absent or not valid. Never throws for a bad token: unauthenticated callers still reach
 * public fields, and guarded fields answer UNAUTHENTICATED themselves.
 */
export async function resolveUser(_authorizationHeader: string | undefined): Promise<AuthUser | null> {
  // Placeholder until sign-in exists: nobody is authenticated.
  return null;
}
