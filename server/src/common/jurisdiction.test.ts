import { Role } from '@qadagalau/shared';
import type { EntityManager } from 'typeorm';
import { describe, expect, it } from 'vitest';
import { Jurisdiction } from './jurisdiction';

const OFFICE = 'office-1';
const REGION = 'region-1';
const LOCALITY = 'locality-1';

/** A database that answers Jurisdiction.of's one query. */
const db = (rows: unknown[]) => ({ query: async () => rows }) as unknown as EntityManager;
const of = (role: Role, rows: unknown[] = []) =>
  Jurisdiction.of({ id: 'u', username: 'u', role, officeId: OFFICE }, db(rows));

const scope = (over: Partial<{ regionId: string; officeIds: string[]; courtLocalityId: string }>) => ({
  regionId: 'elsewhere',
  officeIds: ['another-office'],
  courtLocalityId: 'another-locality',
  ...over,
});

describe('Jurisdiction.seesScope (live events, mirroring whereCase)', () => {
  it('should let the whole republic see everything', async () => {
    for (const role of [Role.ADMIN, Role.DEPARTMENT])
      expect((await of(role)).seesScope(scope({}))).toBe(true);
  });

  it('should let a regional office see its region only', async () => {
    const j = await of(Role.REGIONAL, [{ regionId: REGION }]);
    expect(j.seesScope(scope({ regionId: REGION }))).toBe(true);
    expect(j.seesScope(scope({ officeIds: [OFFICE] }))).toBe(false);
  });

  it('should let a district office see the cases it answers for or sits over', async () => {
    const j = await of(Role.DISTRICT, [{ regionId: REGION }]);
    expect(j.seesScope(scope({ officeIds: ['x', OFFICE] }))).toBe(true);
    expect(j.seesScope(scope({ regionId: REGION }))).toBe(false);
  });

  it('should let a specialized office see its cases and every case heard in the courts it monitors (para 7)', async () => {
    const j = await of(Role.SPECIALIZED, [{ id: LOCALITY }]);
    expect(j.seesScope(scope({ officeIds: [OFFICE] }))).toBe(true);
    expect(j.seesScope(scope({ courtLocalityId: LOCALITY }))).toBe(true);
    expect(j.seesScope(scope({ regionId: REGION }))).toBe(false);
  });
});
