// Operation types generated from the server's schema: `npm run codegen -w dashboard` after changing a query;
// `npm run check` fails (codegen --check) when src/gql is stale.
import type { CodegenConfig } from '@graphql-codegen/cli';

const config: CodegenConfig = {
  schema: '../server/schema.graphql',
  documents: ['src/**/*.ts', 'src/**/*.vue', '!src/gql/**/*'],
  ignoreNoDocuments: true,
  generates: {
    'src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        // Plain strings, not parsed ASTs: smaller bundle, and graphql-js stays out of the browser.
        documentMode: 'string',
        useTypeImports: true,
        enumsAsTypes: true,
        skipTypename: true,
        scalars: { DateTimeISO: 'string', Date: 'string', JSONObject: 'Record<string, unknown>' },
      },
    },
  },
};

export default config;
