import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** The workspace root: the first folder above this file whose package.json declares workspaces. */
function findRepoRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const pkg = path.join(dir, 'package.json');
    if (existsSync(pkg) && 'workspaces' in (JSON.parse(readFileSync(pkg, 'utf8')) as object)) return dir;
    if (path.dirname(dir) === dir) throw new Error(`no workspace root above ${from}`);
  }
}

// Found by walking up, so the same module works from test/support (vitest) and compiled under test/bench/dist.
export const repoRoot = findRepoRoot(__dirname);
export const serverMain = path.join(repoRoot, 'server', 'dist', 'main.js');
