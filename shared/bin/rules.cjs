#!/usr/bin/env node
// Launcher of the rules command line (contracts/rules-cli.md), run by `npm run --silent rules -- …` from the
// repository root. Builds shared/ first when dist is missing or older than a source file (a fresh clone after
// `npm ci`), with the compiler's output on stderr so stdout stays pure JSON; then runs dist/cli/main.js.
'use strict';
const { spawnSync } = require('node:child_process');
const { existsSync, readdirSync, statSync, utimesSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '..');
const entry = join(root, 'dist', 'cli', 'main.js');
const stamp = join(root, 'dist', '.build-stamp');

/** Newest modification time of the compiled sources and the build configuration. */
function newestSource(dir, newest) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = newestSource(path, newest);
    else if (!entry.name.endsWith('.test.ts')) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function isStale() {
  if (!existsSync(entry) || !existsSync(stamp)) return true;
  const built = statSync(stamp).mtimeMs;
  let newest = newestSource(join(root, 'src'), 0);
  for (const file of ['tsconfig.json', 'package.json', join('..', 'tsconfig.json')]) {
    const path = join(root, file);
    if (existsSync(path)) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest > built;
}

function build() {
  const tsc = require.resolve('typescript/bin/tsc', { paths: [root, join(root, '..')] });
  const started = Date.now();
  // stdout of the compiler goes to our stderr (fd 2): stdout carries JSON only.
  const result = spawnSync(process.execPath, [tsc, '-b', root], { stdio: ['ignore', 2, 2] });
  if (result.status !== 0) {
    process.stderr.write(`rules: building shared/ failed (tsc exit ${result.status})\n`);
    process.exit(1);
  }
  const now = new Date(started);
  // The stamp records when the sources were read, so an edit during the build triggers the next one.
  require('node:fs').writeFileSync(stamp, '');
  utimesSync(stamp, now, now);
}

if (isStale()) build();
process.exitCode = require(entry).main(process.argv.slice(2));
