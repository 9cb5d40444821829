// The signed-in user: token and viewer kept in localStorage (so a reload stays signed in until the token
// expires), the viewer's office for role-aware navigation, sign-in and sign-out (which revokes the token on the
// server, so a copy of it — another tab, a stolen one — is refused from then on).
import { reactive } from 'vue';
import { closeLive, credentials, request } from '../api/client';
import { graphql } from '../gql';
import type { MeQuery, Role } from '../gql/graphql';

const STORAGE_KEY = 'qadagalau.session';

export type Viewer = MeQuery['me'];

interface Stored {
  token: string;
  expiresAt: string;
}

export const session = reactive<{ token: string | null; expiresAt: string | null; viewer: Viewer | null }>({
  token: null,
  expiresAt: null,
  viewer: null,
});

const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      token
      expiresAt
    }
  }
`);

const LogoutMutation = graphql(`
  mutation Logout {
    logout
  }
`);

const MeQueryDoc = graphql(`
  query Me {
    me {
      id
      username
      displayName
      role
      officeId
      office {
        id
        code
        kind
        nameKk
        nameRu
        nameEn
        shortNameKk
        shortNameRu
        shortNameEn
        region {
          id
          code
          nameKk
          nameRu
          nameEn
        }
      }
    }
  }
`);

function readStored(): Stored | null {
  try {
    const stored = JSON.parse(localStorage.getItem(STORAGE_KEY) ?? 'null') as Stored | null;
    if (!stored || Date.parse(stored.expiresAt) <= Date.now()) return null;
    return stored;
  } catch {
    return null;
  }
}

credentials.token = () => {
  if (session.expiresAt && Date.parse(session.expiresAt) <= Date.now()) return null;
  return session.token;
};

/** Listeners told when the session ends without the user asking (the router sends them to the login page). */
const expiredListeners = new Set<() => void>();
export function onSessionExpired(listener: () => void): () => void {
  expiredListeners.add(listener);
  return () => expiredListeners.delete(listener);
}

credentials.onUnauthenticated = () => {
  // The server no longer accepts the token: nothing to revoke, only forget it here.
  void endSession().then(() => expiredListeners.forEach((listener) => listener()));
};

/** Restores a stored session (the token is checked by asking the server who we are). */
export async function restoreSession(): Promise<boolean> {
  if (session.viewer) return true;
  const stored = readStored();
  if (!stored) return false;
  session.token = stored.token;
  session.expiresAt = stored.expiresAt;
  try {
    session.viewer = (await request(MeQueryDoc)).me;
    return true;
  } catch {
    await endSession();
    return false;
  }
}

export async function signIn(username: string, password: string): Promise<Viewer> {
  const { login } = await request(LoginMutation, { input: { username, password } });
  session.token = login.token;
  session.expiresAt = login.expiresAt;
  localStorage.setItem(STORAGE_KEY, JSON.stringify({ token: login.token, expiresAt: login.expiresAt }));
  const { me } = await request(MeQueryDoc);
  session.viewer = me;
  return me;
}

/**
 * Signs out: asks the server to revoke the token (on every instance; the live connection closes), then forgets
 * the session here. The session is forgotten even when the server cannot be reached: the user asked to leave.
 */
export async function signOut(): Promise<void> {
  // The live connection first: the server closes it with 4401 on logout, which would read as an expired session.
  await closeLive();
  if (credentials.token()) {
    try {
      await request(LogoutMutation);
    } catch {
      // Unreachable server or an already refused token: forgetting it here is all that is left to do.
    }
  }
  await endSession();
}

/** Forgets the session in this tab: token, viewer, stored copy and live connection. */
async function endSession(): Promise<void> {
  session.token = null;
  session.expiresAt = null;
  session.viewer = null;
  localStorage.removeItem(STORAGE_KEY);
  await closeLive();
}

export function hasRole(...roles: Role[]): boolean {
  return session.viewer != null && roles.includes(session.viewer.role);
}
