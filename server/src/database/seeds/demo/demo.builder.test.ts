import {
  ApplicationStatus,
  HearingStatus,
  OfficeKind,
  ProtestStatus,
  Role,
  addDays,
  compareIsoDates,
  createKzCalendar,
} from '@qadagalau/shared';
import { describe, expect, it } from 'vitest';
import { CaseRules } from '../../../modules/case/case-rules';
import { COURTS } from '../reference/courts.data';
import { LOCALITIES } from '../reference/localities.data';
import { OFFICES } from '../reference/offices.data';
import { REGIONS } from '../reference/regions.data';
import { THEMES } from '../reference/themes.data';
import { DEMO_USERNAMES, buildDemo, type DemoReference } from './demo.builder';

// The real reference data, with codes standing in for database ids.
const reference: DemoReference = {
  regions: REGIONS.map((r) => ({ id: r.code, code: r.code })),
  localities: LOCALITIES.map((l) => ({ id: l.code, parentId: l.within ?? null })),
  offices: OFFICES.map((o) => ({
    id: o.code,
    code: o.code,
    kind: o.kind,
    regionId: o.region,
    localityId: o.locality,
    parentId: o.parent,
  })),
  courts: COURTS.map((c) => ({
    id: c.code,
    code: c.code,
    kind: c.kind,
    instance: c.instance,
    regionId: c.region,
    localityId: c.locality,
  })),
  themes: THEMES.map((t) => ({ id: t.code, code: t.code })),
};
const calendar = createKzCalendar();
const today = '2026-11-27';
const demo = buildDemo({ reference, rules: new CaseRules(calendar), today });

describe('buildDemo', () => {
  it('should build the same data when given the same seed', () => {
    const again = buildDemo({ reference, rules: new CaseRules(calendar), today });
    expect(again.cases.map((c) => c['number'])).toEqual(demo.cases.map((c) => c['number']));
    expect(again.hearings.map((h) => h['scheduledAt'])).toEqual(demo.hearings.map((h) => h['scheduledAt']));
  });

  it('should spread a few hundred cases over all 20 regions', () => {
    expect(demo.cases.length).toBe(360);
    expect(new Set(demo.cases.map((c) => c['regionId'])).size).toBe(20);
    expect(new Set(demo.cases.map((c) => c['number'])).size).toBe(demo.cases.length);
  });

  it('should schedule hearings on working days of the coming two weeks', () => {
    const upcoming = demo.hearings.filter((h) => h['status'] === HearingStatus.SCHEDULED);
    expect(upcoming.length).toBeGreaterThan(100);
    for (const hearing of upcoming) {
      const day = (hearing['scheduledAt'] as Date).toISOString().slice(0, 10);
      expect(compareIsoDates(day, today)).toBeGreaterThanOrEqual(0);
      expect(compareIsoDates(day, addDays(today, 15))).toBeLessThanOrEqual(0);
    }
    expect(new Set(demo.hearings.map((h) => h['status']))).toEqual(new Set(Object.values(HearingStatus)));
  });

  it('should hold protests and applications in every status', () => {
    expect(new Set(demo.protests.map((p) => p['status']))).toEqual(new Set(Object.values(ProtestStatus)));
    expect(new Set(demo.applications.map((a) => a['status']))).toEqual(
      new Set(Object.values(ApplicationStatus)),
    );
  });

  it('should give a returned application its missing para-27 item as the reason', () => {
    const returned = demo.applications.filter((a) => a['status'] === ApplicationStatus.RETURNED);
    expect(returned.length).toBeGreaterThan(0);
    for (const application of returned) {
      const checklist = application['checklist'] as Record<string, boolean>;
      const reasons = application['returnReasons'] as string[];
      expect(reasons.length).toBeGreaterThan(0);
      for (const reason of reasons) expect(checklist[reason]).toBe(false);
    }
  });

  it('should route cases to territorial and to each specialized kind, with a fallback or two', () => {
    expect(new Set(demo.cases.map((c) => c['responsibleKind']))).toEqual(
      new Set(['TERRITORIAL', 'MILITARY', 'TRANSPORT', 'ENVIRONMENTAL']),
    );
    expect(demo.cases.some((c) => c['fallback'])).toBe(true);
    expect(demo.cases.some((c) => c['mandatory'])).toBe(true);
    expect(demo.cases.some((c) => !c['mandatory'])).toBe(true);
  });

  it('should make one demo user per role, each with an office of the matching kind', () => {
    expect(demo.users.map((u) => u.username)).toEqual(DEMO_USERNAMES);
    const kindOf = (officeId: string | null) => OFFICES.find((o) => o.code === officeId)?.kind;
    const byName = Object.fromEntries(demo.users.map((u) => [u.username, u]));
    expect(byName['admin']).toMatchObject({ role: Role.ADMIN, officeId: null });
    expect(kindOf(byName['analyst']?.officeId ?? null)).toBe(OfficeKind.DEPARTMENT);
    expect(kindOf(byName['regional']?.officeId ?? null)).toBe(OfficeKind.REGIONAL);
    expect(kindOf(byName['military']?.officeId ?? null)).toBe(OfficeKind.MILITARY);
    expect(kindOf(byName['transport']?.officeId ?? null)).toBe(OfficeKind.TRANSPORT);
    expect(kindOf(byName['environmental']?.officeId ?? null)).toBe(OfficeKind.ENVIRONMENTAL);
  });

  it('should leave some region–theme pairs without anyone, so the assignment matrix shows gaps', () => {
    const covered = new Set(demo.assignments.map((a) => `${a.regionId}:${a.themeId}`));
    expect(covered.size).toBeGreaterThan(0);
    expect(covered.size).toBeLessThan(REGIONS.length * THEMES.length);
  });
});
