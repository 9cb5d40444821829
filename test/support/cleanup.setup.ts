// Runs in every test file: whatever a failing test left behind is stopped and removed.
import { afterAll } from 'vitest';
import { stopPg15Clusters } from './pg15';
import { killRunningServers } from './server';
import { removeTempDirs } from './temp-dir';

afterAll(async () => {
  await killRunningServers();
  stopPg15Clusters();
  removeTempDirs();
});
