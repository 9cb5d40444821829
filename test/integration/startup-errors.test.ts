// Issue 2, "Done when": a port already in use, an unreadable DATA_DIR or a malformed DATABASE_URL give one clear
// line on stderr naming the variable and exit code 1, within a few seconds.
import { writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../support/ports';
import { startExpectingFailure } from '../support/server';
import { createTempDir } from '../support/temp-dir';

/** Exit 1, exactly one line on stderr, naming the variable, and without retrying for long. */
function expectOneLineFailure(
  result: Awaited<ReturnType<typeof startExpectingFailure>>,
  variable: string,
  pattern: RegExp,
): void {
  expect(result.code, result.stderr + result.stdout).toBe(1);
  const lines = result.stderr.split('\n').filter((line) => line !== '');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(new RegExp(`^config: ${variable}: `));
  expect(lines[0]).toMatch(pattern);
  // Not a speed target: a bound that only a retry loop (or a hang) would exceed, even on a loaded 2-core machine.
  expect(result.ms).toBeLessThan(20_000);
}

describe('a start that cannot succeed', () => {
  let occupied: Server;
  let occupiedPort: number;

  beforeAll(async () => {
    occupiedPort = await freePort();
    occupied = createServer();
    await new Promise<void>((resolve) => occupied.listen(occupiedPort, '0.0.0.0', resolve));
  });

  afterAll(async () => {
    await new Promise((resolve) => occupied.close(resolve));
  });

  it('should name PORT when the port is already in use', async () => {
    const result = await startExpectingFailure({ PORT: String(occupiedPort) });
    expectOneLineFailure(result, 'PORT', new RegExp(`${occupiedPort} is already in use`));
  });

  it('should name DATA_DIR when it lies below a regular file', async () => {
    const file = path.join(createTempDir('bad-data-dir'), 'a-file');
    writeFileSync(file, 'not a directory');
    const result = await startExpectingFailure({ DATA_DIR: path.join(file, 'data') });
    expectOneLineFailure(result, 'DATA_DIR', /cannot create .*a parent is not a directory/);
  });

  it('should name DATA_DIR when it is a regular file', async () => {
    const file = path.join(createTempDir('bad-data-dir'), 'a-file');
    writeFileSync(file, 'not a directory');
    const result = await startExpectingFailure({ DATA_DIR: file });
    expectOneLineFailure(result, 'DATA_DIR', /is not a directory/);
  });

  it.each(['not a url', 'mysql://user:secret@localhost/db', 'http://localhost:5432/db'])(
    'should name DATABASE_URL when it is %j',
    async (url) => {
      const result = await startExpectingFailure({ DATABASE_URL: url });
      expectOneLineFailure(result, 'DATABASE_URL', /not a postgres:\/\/ URL/);
      expect(result.stderr).not.toContain('secret');
    },
  );

  it('should name DATABASE_URL when nothing answers there', async () => {
    const port = await freePort();
    const result = await startExpectingFailure({ DATABASE_URL: `postgres://u:secret@127.0.0.1:${port}/db` });
    expectOneLineFailure(result, 'DATABASE_URL', /cannot connect \(ECONNREFUSED/);
    expect(result.stderr).not.toContain('secret');
  });

  it('should name the variable for any other bad value, e.g. PORT=abc', async () => {
    const result = await startExpectingFailure({ PORT: 'abc' });
    expectOneLineFailure(result, 'PORT', /must be a port number/);
  });
});
