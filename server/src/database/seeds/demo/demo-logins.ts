import type { DataSource } from 'typeorm';
import { DEMO_PASSWORD, DEMO_USERNAMES } from './demo.builder';

/** The demo users present in this database (none once an administrator removed or renamed them). */
export async function demoLogins(dataSource: DataSource): Promise<{ username: string; role: string }[]> {
  return dataSource.query(
    'SELECT username, role::text AS role FROM app_user WHERE username = ANY($1) AND active ORDER BY array_position($1, username)',
    [DEMO_USERNAMES],
  );
}

/** The lines the start command prints under the URL. */
export function formatDemoLogins(logins: readonly { username: string; role: string }[]): string {
  const width = Math.max(...logins.map((l) => l.username.length));
  const rows = logins.map((l) => `  ${l.username.padEnd(width)}  ${l.role}`);
  return `Demo logins (password "${DEMO_PASSWORD}"):\n${rows.join('\n')}\n`;
}
