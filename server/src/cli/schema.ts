// `npm run schema -w server` rewrites server/schema.graphql from the resolvers; `--check` only compares
// (exit 1 when the committed file is stale).
import 'reflect-metadata';
import { readFile } from 'node:fs/promises';
import { schemaFilePath } from '../app/paths';
import { buildAppSchema, emitSchemaFile, renderSchemaFile } from '../app/schema';

async function main(check: boolean): Promise<number> {
  const schema = await buildAppSchema();
  if (!check) {
    await emitSchemaFile(schema);
    process.stdout.write(`wrote ${schemaFilePath}\n`);
    return 0;
  }
  const committed = await readFile(schemaFilePath, 'utf8').catch(() => '');
  if (committed === renderSchemaFile(schema)) return 0;
  process.stderr.write(`${schemaFilePath} is out of date: run npm run schema -w server\n`);
  return 1;
}

main(process.argv.includes('--check')).then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`schema: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
