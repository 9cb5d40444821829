// The DataSource the TypeORM CLI loads (`npm run migration:generate -w server -- src/database/migrations/Name`).
// One export only: the CLI refuses files exporting several DataSources. Without DATABASE_URL it connects to
// the embedded PostgreSQL of a running server (`npm run dev` in another terminal).
import 'reflect-metadata';
import { parseEnv } from '../app/config';
import { createDataSource } from './data-source';
import { embeddedDatabaseUrl } from './embedded-postgres';

const config = parseEnv(process.env);

export const dataSource = createDataSource({
  url: config.databaseUrl ?? embeddedDatabaseUrl(config),
  statementTimeoutMs: 0,
  applicationName: 'qadagalau-typeorm-cli',
});
