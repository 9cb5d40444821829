// Locations inside the repository, resolved from this file rather than the working directory, so
// `node server/dist/main.js` behaves the same from any cwd. Compiled (server/dist/app) and source
// (server/src/app, under vitest) sit at the same depth.
import path from 'node:path';

export const repoRoot = path.resolve(__dirname, '..', '..', '..');
export const serverRoot = path.join(repoRoot, 'server');
export const schemaFilePath = path.join(serverRoot, 'schema.graphql');
export const dashboardDistDir = path.join(repoRoot, 'dashboard', 'dist');
