// Temporary directories for data and clusters: under the system temp dir (never /root, which the postgres OS
// user cannot traverse), traversable by that user, removed at the end of the test file.
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const created = new Set<string>();

function baseDir(): string {
  const dir = tmpdir();
  return dir.startsWith('/root') ? '/tmp' : dir;
}

export function createTempDir(prefix: string): string {
  const dir = mkdtempSync(path.join(baseDir(), `qadagalau-${prefix}-`));
  chmodSync(dir, 0o755);
  created.add(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of created) rmSync(dir, { recursive: true, force: true });
  created.clear();
}
