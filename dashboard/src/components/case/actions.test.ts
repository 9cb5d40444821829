import { describe, expect, it } from 'vitest';
import { caseActions, mayChangeCase, protestableActs, type CaseForActions } from './actions';

const DISTRICT = 'office-district';
const OTHER_DISTRICT = 'office-other';
const MILITARY = 'office-mil';
const TRANSPORT = 'office-transport';

function kase(over: Partial<CaseForActions> = {}): CaseForActions {
  return {
    responsibleOfficeId: DISTRICT,
    territorialOfficeId: DISTRICT,
    specializedOfficeId: null,
    sanctions: ['FINE'],
    courtActs: [{ id: 'act1', kind: 'PENALTY_IMPOSED', instance: 'FIRST', enteredIntoForceOn: null }],
    protests: [],
    conclusions: [],
    notifications: [],
    ...over,
  };
}

describe('mayChangeCase', () => {
  it('should let a specialized office change only the cases it answers for or that fall to it', () => {
    const monitored = kase();
    expect(mayChangeCase({ role: 'SPECIALIZED', officeId: MILITARY }, monitored)).toBe(false);
    expect(
      mayChangeCase({ role: 'SPECIALIZED', officeId: MILITARY }, kase({ specializedOfficeId: MILITARY })),
    ).toBe(true);
    expect(
      mayChangeCase({ role: 'SPECIALIZED', officeId: MILITARY }, kase({ responsibleOfficeId: MILITARY })),
    ).toBe(true);
    expect(mayChangeCase({ role: 'SPECIALIZED', officeId: null }, kase({ specializedOfficeId: null }))).toBe(
      false,
    );
  });

  it('should let territorial, regional and central users change any case they see', () => {
    for (const role of ['DISTRICT', 'REGIONAL', 'DEPARTMENT', 'ADMIN'] as const) {
      expect(mayChangeCase({ role, officeId: OTHER_DISTRICT }, kase())).toBe(true);
    }
  });
});

describe('caseActions', () => {
  it('should offer nothing to a specialized office that only monitors the case, nor to nobody', () => {
    const none = caseActions(
      { role: 'SPECIALIZED', officeId: TRANSPORT },
      kase({ specializedOfficeId: MILITARY }),
    );
    expect(none.canChange).toBe(false);
    expect(none.bringProtest || none.fileConclusion || none.scheduleHearing || none.recordCourtAct).toBe(
      false,
    );
    expect(none.notifySpecializedOffice).toBe(false);
    expect(caseActions(null, kase()).canChange).toBe(false);
  });

  it('should offer an appeal protest against a first-instance act, but no cassation to a district office', () => {
    const actions = caseActions({ role: 'DISTRICT', officeId: DISTRICT }, kase());
    expect(actions.bringProtest).toBe(true);
    expect(actions.protestActs).toEqual({ APPEAL: ['act1'], CASSATION: [] });
  });

  it('should leave out an act while a protest of the same kind against it is pending', () => {
    const pending = kase({ protests: [{ id: 'p1', courtActId: 'act1', kind: 'APPEAL', status: 'BROUGHT' }] });
    const actions = caseActions({ role: 'DISTRICT', officeId: DISTRICT }, pending);
    expect(actions.bringProtest).toBe(false);
    expect(actions.outcomeProtests).toEqual(['p1']);
    expect(actions.closableProtests).toEqual(['p1']);
    // A decided protest no longer blocks a new one and is final.
    const decided = kase({
      protests: [{ id: 'p1', courtActId: 'act1', kind: 'APPEAL', status: 'UNSATISFIED' }],
    });
    const after = caseActions({ role: 'DISTRICT', officeId: DISTRICT }, decided);
    expect(after.protestActs.APPEAL).toEqual(['act1']);
    expect(after.outcomeProtests).toEqual([]);
    expect(after.closableProtests).toEqual([]);
  });

  it('should offer a cassation protest only to the Department or an administrator, against an act in force or an appellate act', () => {
    const acts = kase({
      courtActs: [
        { id: 'first', kind: 'PENALTY_IMPOSED', instance: 'FIRST', enteredIntoForceOn: null },
        { id: 'inForce', kind: 'PENALTY_IMPOSED', instance: 'FIRST', enteredIntoForceOn: '2026-10-01' },
        { id: 'appeal', kind: 'PENALTY_IMPOSED', instance: 'APPEAL', enteredIntoForceOn: null },
      ],
    });
    expect(protestableActs({ role: 'DEPARTMENT', officeId: 'gpo' }, acts, 'CASSATION')).toEqual([
      'inForce',
      'appeal',
    ]);
    expect(protestableActs({ role: 'REGIONAL', officeId: 'po' }, acts, 'CASSATION')).toEqual([]);
    expect(protestableActs({ role: 'REGIONAL', officeId: 'po' }, acts, 'APPEAL')).toEqual([
      'first',
      'inForce',
    ]);
  });

  it('should offer no protest on a case without a court act, but still a conclusion and a hearing', () => {
    const actions = caseActions({ role: 'DISTRICT', officeId: DISTRICT }, kase({ courtActs: [] }));
    expect(actions.bringProtest).toBe(false);
    expect(actions.fileConclusion).toBe(true);
    expect(actions.conclusionKinds).toEqual(['FIRST_INSTANCE', 'APPEAL']);
    expect(actions.scheduleHearing).toBe(true);
  });

  it('should offer a conclusion on copy receipt only on a termination or arrest act', () => {
    const fine = caseActions({ role: 'DISTRICT', officeId: DISTRICT }, kase());
    expect(fine.conclusionKinds).toEqual(['FIRST_INSTANCE', 'APPEAL', 'SUBSTANTIVE']);
    const terminated = caseActions(
      { role: 'DISTRICT', officeId: DISTRICT },
      kase({ courtActs: [{ id: 't', kind: 'TERMINATED', instance: 'FIRST' }] }),
    );
    expect(terminated.conclusionKinds).toContain('ON_COPY_RECEIPT');
    expect(terminated.copyReceiptActs).toEqual(['t']);
    const arrest = caseActions({ role: 'DISTRICT', officeId: DISTRICT }, kase({ sanctions: ['ARREST'] }));
    expect(arrest.copyReceiptActs).toEqual(['act1']);
  });

  it('should let only a higher office approve a substantive conclusion', () => {
    const conclusions = kase({
      conclusions: [
        { id: 'c1', kind: 'FIRST_INSTANCE', approvedAt: null },
        { id: 'c2', kind: 'SUBSTANTIVE', approvedAt: null },
        { id: 'c3', kind: 'FIRST_INSTANCE', approvedAt: '2026-11-01T10:00:00Z' },
      ],
    });
    expect(caseActions({ role: 'DISTRICT', officeId: DISTRICT }, conclusions).approvableConclusions).toEqual([
      'c1',
    ]);
    expect(caseActions({ role: 'REGIONAL', officeId: 'po' }, conclusions).approvableConclusions).toEqual([
      'c1',
      'c2',
    ]);
    expect(
      caseActions({ role: 'DISTRICT', officeId: OTHER_DISTRICT }, conclusions).approvableConclusions,
    ).toEqual([]);
  });

  it('should let only the territorial office (or above) notify the specialized office, once', () => {
    const routed = kase({ responsibleOfficeId: MILITARY, specializedOfficeId: MILITARY });
    expect(caseActions({ role: 'DISTRICT', officeId: DISTRICT }, routed).notifySpecializedOffice).toBe(true);
    expect(caseActions({ role: 'DISTRICT', officeId: OTHER_DISTRICT }, routed).notifySpecializedOffice).toBe(
      false,
    );
    expect(caseActions({ role: 'REGIONAL', officeId: 'po' }, routed).notifySpecializedOffice).toBe(true);
    expect(caseActions({ role: 'SPECIALIZED', officeId: MILITARY }, routed).notifySpecializedOffice).toBe(
      false,
    );
    const notified = { ...routed, notifications: [{ toOfficeId: MILITARY }] };
    expect(caseActions({ role: 'DISTRICT', officeId: DISTRICT }, notified).notifySpecializedOffice).toBe(
      false,
    );
    expect(caseActions({ role: 'DISTRICT', officeId: DISTRICT }, kase()).notifySpecializedOffice).toBe(false);
  });
});
