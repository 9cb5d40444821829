import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { schemaFilePath } from './paths';
import { buildAppSchema, renderSchemaFile } from './schema';

describe('server/schema.graphql', () => {
  it('should match the schema built from the resolvers (run `npm run schema -w server` when it does not)', async () => {
    const committed = readFileSync(schemaFilePath, 'utf8');
    expect(committed).toBe(renderSchemaFile(await buildAppSchema()));
  });
});
