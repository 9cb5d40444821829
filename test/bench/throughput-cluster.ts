// The default database of `npm run bench:throughput` when no --database-url is given: a product server on its
// embedded PostgreSQL with the demo data (support/server.ts), kept idle while the benchmark's own product and
// floor reach the same cluster through its URL (DATA_DIR/pg-password, EMBEDDED_PG_PORT, database qadagalau).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { startServer } from '../support/server';

export async function startThrowawayCluster(): Promise<{ url: string; stop(): Promise<void> }> {
  const holder = await startServer({ env: { DEMO_DATA: 'on' }, readyTimeoutMs: 180_000 });
  const dataDir = holder.env['DATA_DIR']!;
  const password = readFileSync(path.join(dataDir, 'pg-password'), 'utf8').trim();
  const port = holder.env['EMBEDDED_PG_PORT']!;
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/qadagalau`,
    stop: async () => {
      await holder.stop();
    },
  };
}
