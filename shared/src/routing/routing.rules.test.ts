import { describe, expect, it } from 'vitest';
import { makeCaseFacts } from '../cases/case-facts.factory';
import type { CaseFactsOverrides } from '../cases/case-facts.factory';
import {
  Initiator,
  Instance,
  MilitaryStatus,
  ResponsibleKind,
  Sanction,
  Sphere,
  SpecializedKind,
} from '../enums/rules';
import { routeCase } from './routing.rules';

const { TERRITORIAL, MILITARY, TRANSPORT, ENVIRONMENTAL } = ResponsibleKind;
const ALL_OFFICES = [SpecializedKind.MILITARY, SpecializedKind.TRANSPORT, SpecializedKind.ENVIRONMENTAL];

interface Row {
  what: string;
  facts: CaseFactsOverrides;
  responsible: ResponsibleKind;
  initiatingUnit?: boolean;
  fallback?: boolean;
  notifySpecialized?: boolean;
  paragraph: string;
}

const rows: Row[] = [
  // Rule 1 (para 9): the initiating prosecutor's unit; never falls back, no notification.
  {
    what: 'a territorial prosecutor initiated it',
    facts: { initiator: Initiator.TERRITORIAL_PROSECUTOR },
    responsible: TERRITORIAL,
    initiatingUnit: true,
    paragraph: '9',
  },
  {
    what: 'a military prosecutor initiated it, no military office at court',
    facts: { initiator: Initiator.MILITARY_PROSECUTOR },
    responsible: MILITARY,
    initiatingUnit: true,
    paragraph: '9',
  },
  {
    what: 'a transport prosecutor initiated it, not notified',
    facts: {
      initiator: Initiator.TRANSPORT_PROSECUTOR,
      specializedAtCourt: ALL_OFFICES,
      specializedNotified: false,
    },
    responsible: TRANSPORT,
    initiatingUnit: true,
    paragraph: '9',
  },
  {
    what: 'an environmental prosecutor initiated it',
    facts: { initiator: Initiator.ENVIRONMENTAL_PROSECUTOR, spheres: [Sphere.ENVIRONMENT] },
    responsible: ENVIRONMENTAL,
    initiatingUnit: true,
    paragraph: '9',
  },
  {
    what: 'a military prosecutor initiated a chapter 32 case',
    facts: { initiator: Initiator.MILITARY_PROSECUTOR, spheres: [Sphere.MILITARY_CH32] },
    responsible: MILITARY,
    initiatingUnit: true,
    paragraph: '9',
  },
  // Rule 2 (para 7): military jurisdiction.
  {
    what: 'a chapter 32 case with a military office at court',
    facts: { spheres: [Sphere.MILITARY_CH32], specializedAtCourt: [SpecializedKind.MILITARY] },
    responsible: MILITARY,
    notifySpecialized: true,
    paragraph: '7',
  },
  {
    what: 'a military authority initiated it',
    facts: { initiator: Initiator.MILITARY_AUTHORITY, specializedAtCourt: [SpecializedKind.MILITARY] },
    responsible: MILITARY,
    notifySpecialized: true,
    paragraph: '7',
  },
  {
    what: 'a serviceman on duty',
    facts: {
      offender: { military: MilitaryStatus.SERVICEMAN, dutyRelated: true },
      specializedAtCourt: [SpecializedKind.MILITARY],
    },
    responsible: MILITARY,
    notifySpecialized: true,
    paragraph: '7',
  },
  {
    what: 'a serviceman off duty',
    facts: {
      offender: { military: MilitaryStatus.SERVICEMAN },
      specializedAtCourt: [SpecializedKind.MILITARY],
    },
    responsible: TERRITORIAL,
    paragraph: '7',
  },
  {
    what: 'a reservist on training',
    facts: { offender: { military: MilitaryStatus.RESERVIST_ON_TRAINING }, specializedAtCourt: ALL_OFFICES },
    responsible: MILITARY,
    notifySpecialized: true,
    paragraph: '7',
  },
  {
    what: 'civilian personnel on duty',
    facts: {
      offender: { military: MilitaryStatus.CIVILIAN_PERSONNEL, dutyRelated: true },
      specializedAtCourt: [SpecializedKind.MILITARY],
    },
    responsible: MILITARY,
    notifySpecialized: true,
    paragraph: '7',
  },
  {
    what: 'civilian personnel off duty',
    facts: {
      offender: { military: MilitaryStatus.CIVILIAN_PERSONNEL },
      specializedAtCourt: [SpecializedKind.MILITARY],
    },
    responsible: TERRITORIAL,
    paragraph: '7',
  },
  // Fall-back 1: no specialized office where the court sits.
  {
    what: 'military, no military office at court',
    facts: { spheres: [Sphere.MILITARY_CH32], specializedAtCourt: [SpecializedKind.TRANSPORT] },
    responsible: TERRITORIAL,
    fallback: true,
    paragraph: '7',
  },
  // Fall-back 2: the specialized office was not notified.
  {
    what: 'military, office not notified',
    facts: {
      initiator: Initiator.MILITARY_AUTHORITY,
      specializedAtCourt: [SpecializedKind.MILITARY],
      specializedNotified: false,
    },
    responsible: TERRITORIAL,
    fallback: true,
    notifySpecialized: true,
    paragraph: '7',
  },
  // Rule 3 (para 7): transport jurisdiction for para-6 cases of transport bodies.
  {
    what: 'a transport body, a mandatory case',
    facts: {
      initiator: Initiator.TRANSPORT_AUTHORITY,
      spheres: [Sphere.CUSTOMS],
      specializedAtCourt: [SpecializedKind.TRANSPORT],
    },
    responsible: TRANSPORT,
    notifySpecialized: true,
    paragraph: '7',
  },
  {
    what: 'a transport body, a mandatory case heard on appeal',
    facts: {
      instance: Instance.APPEAL,
      initiator: Initiator.TRANSPORT_AUTHORITY,
      sanctions: [Sanction.ARREST],
      specializedAtCourt: [SpecializedKind.TRANSPORT],
    },
    responsible: TRANSPORT,
    notifySpecialized: true,
    paragraph: '7',
  },
  {
    what: 'a transport body, not a mandatory case',
    facts: {
      initiator: Initiator.TRANSPORT_AUTHORITY,
      sanctions: [Sanction.FINE],
      specializedAtCourt: [SpecializedKind.TRANSPORT],
    },
    responsible: TERRITORIAL,
    paragraph: '7',
  },
  {
    what: 'a transport body, no transport office at court',
    facts: {
      initiator: Initiator.TRANSPORT_AUTHORITY,
      offender: { minor: true },
      specializedAtCourt: [SpecializedKind.MILITARY],
    },
    responsible: TERRITORIAL,
    fallback: true,
    paragraph: '7',
  },
  {
    what: 'a transport body, transport office not notified',
    facts: {
      initiator: Initiator.TRANSPORT_AUTHORITY,
      offender: { minor: true },
      specializedAtCourt: [SpecializedKind.TRANSPORT],
      specializedNotified: false,
    },
    responsible: TERRITORIAL,
    fallback: true,
    notifySpecialized: true,
    paragraph: '7',
  },
  // Military comes before transport.
  {
    what: 'a transport body charging a serviceman on duty',
    facts: {
      initiator: Initiator.TRANSPORT_AUTHORITY,
      spheres: [Sphere.CUSTOMS],
      offender: { military: MilitaryStatus.SERVICEMAN, dutyRelated: true },
      specializedAtCourt: ALL_OFFICES,
    },
    responsible: MILITARY,
    notifySpecialized: true,
    paragraph: '7',
  },
  // Rule 4: everything else.
  {
    what: 'another authority, an environmental case, environmental office at court',
    facts: { spheres: [Sphere.ENVIRONMENT], specializedAtCourt: ALL_OFFICES },
    responsible: TERRITORIAL,
    paragraph: '7',
  },
  {
    what: 'another authority, not notified but nothing specialized',
    facts: { specializedNotified: false, specializedAtCourt: ALL_OFFICES },
    responsible: TERRITORIAL,
    paragraph: '7',
  },
];

describe('routeCase (paras 7, 9)', () => {
  it.each(rows.map((r) => [r.what, r] as const))('should route the case when %s', (_what, row) => {
    const routing = routeCase(makeCaseFacts(row.facts));
    expect(routing).toMatchObject({
      responsible: row.responsible,
      initiatingUnit: row.initiatingUnit ?? false,
      fallback: row.fallback ?? false,
      notifySpecialized: row.notifySpecialized ?? false,
    });
    expect(routing.explanation.paragraph).toBe(row.paragraph);
    for (const text of Object.values(routing.explanation.reason)) expect(text.length).toBeGreaterThan(20);
  });

  it('should say why the case fell back when the specialized office was not notified', () => {
    const routing = routeCase(
      makeCaseFacts({
        initiator: Initiator.MILITARY_AUTHORITY,
        specializedAtCourt: [SpecializedKind.MILITARY],
        specializedNotified: false,
      }),
    );
    expect(routing.jurisdiction).toBe(MILITARY);
    expect(routing.explanation.reason.en).toContain('did not notify');
    expect(routing.explanation.reason.ru).toContain('не уведомила');
    expect(routing.explanation.reason.kk).toContain('хабарламаған');
  });

  it('should say there is no office when the court has no specialized office', () => {
    const routing = routeCase(makeCaseFacts({ spheres: [Sphere.MILITARY_CH32] }));
    expect(routing.explanation.reason.en).toContain('there is none where the court sits');
    expect(routing.explanation.article).toBe('КоАП гл. 32');
  });

  it('should note the para-6 limit when a transport body brings a non-mandatory case', () => {
    const routing = routeCase(makeCaseFacts({ initiator: Initiator.TRANSPORT_AUTHORITY }));
    expect(routing.explanation.reason.en).toContain('only in the mandatory categories of para 6');
  });

  it('should use the given para-6 flag instead of recomputing it when one is passed', () => {
    const facts = makeCaseFacts({
      initiator: Initiator.TRANSPORT_AUTHORITY,
      specializedAtCourt: [SpecializedKind.TRANSPORT],
    });
    expect(routeCase(facts, true).responsible).toBe(TRANSPORT);
    expect(routeCase(facts, false).responsible).toBe(TERRITORIAL);
  });

  it('should return frozen, shared explanations when called repeatedly', () => {
    const a = routeCase(makeCaseFacts());
    expect(routeCase(makeCaseFacts())).toBe(a);
    expect(Object.isFrozen(a.explanation.reason)).toBe(true);
  });
});
