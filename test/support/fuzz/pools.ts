// What each role sees of the demo data, fetched through the API with its own token: the ids (and versions) the
// fuzzer's plausible inputs point at, so a case gets past "not found" and reaches the deeper validation.
import { graphql } from '../graphql';
import type { PoolCase, PoolRecord, Pools } from './generate';

interface Rec {
  id: string;
  version?: number;
}

const CASES = `query FuzzCases($after: String) {
  cases(first: 50, after: $after) {
    edges { node {
      id version courtId
      courtActs { id version } hearings { id version } protests { id version }
      conclusions { id version } notifications { id version }
    } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const APPLICATIONS = `{ applications(first: 50) { edges { node { id version requisitions { id version } } } } }`;
const REFERENCE = `{
  me { officeId office { region { id } } }
  offices { id kind }
  regions { id }
  thematicDirections { code }
}`;
const MATRIX = `{ assignmentMatrix { rows { cells { assignments { id version } prosecutors { id version } } } } }`;

/** Fetches the role's pools; a query the role may not run (FORBIDDEN …) just leaves its pool empty. */
export async function fetchPools(url: string, role: string, token: string): Promise<Pools> {
  const headers = { authorization: `Bearer ${token}` };
  const byType: Record<string, PoolRecord[]> = {};
  const add = (type: string, records: readonly Rec[] | undefined) => {
    const list = (byType[type] ??= []);
    for (const r of records ?? []) if (!list.some((x) => x.id === r.id)) list.push(r);
  };

  const cases: PoolCase[] = [];
  let after: string | null = null;
  for (let page = 0; page < 3; page++) {
    const answer: Awaited<ReturnType<typeof graphql<CasePage>>> = await graphql<CasePage>(
      url,
      CASES,
      { after },
      headers,
    );
    for (const { node } of answer.data?.cases.edges ?? []) {
      const children: Record<string, PoolRecord[]> = {
        CourtAct: node.courtActs,
        Hearing: node.hearings,
        Protest: node.protests,
        Conclusion: node.conclusions,
        Notification: node.notifications,
      };
      cases.push({ id: node.id, version: node.version, courtId: node.courtId, children });
      add('Case', [node]);
      for (const [type, records] of Object.entries(children)) add(type, records);
      add('Court', [{ id: node.courtId }]);
    }
    if (!answer.data?.cases.pageInfo.hasNextPage) break;
    after = answer.data.cases.pageInfo.endCursor;
  }

  const applications = await graphql<{
    applications: { edges: { node: Rec & { requisitions: Rec[] } }[] };
  }>(url, APPLICATIONS, {}, headers);
  for (const { node } of applications.data?.applications.edges ?? []) {
    add('Application', [node]);
    add('Requisition', node.requisitions);
  }

  const reference = await graphql<{
    me: { officeId: string | null; office: { region: { id: string } | null } | null };
    offices: { id: string; kind: string }[];
    regions: Rec[];
    thematicDirections: { code: string }[];
  }>(url, REFERENCE, {}, headers);
  const offices = reference.data?.offices ?? [];
  add('Office', offices);
  add('Region', reference.data?.regions);
  const specializedKinds = /MILITARY|TRANSPORT|ENVIRONMENT/;
  const specializedOfficeIds = offices.filter((o) => specializedKinds.test(o.kind)).map((o) => o.id);
  const territorialOfficeIds = offices
    .filter((o) => /DISTRICT|CITY|INTERDISTRICT/.test(o.kind))
    .map((o) => o.id);

  const matrix = await graphql<{
    assignmentMatrix: { rows: { cells: { assignments: Rec[]; prosecutors: Rec[] }[] }[] };
  }>(url, MATRIX, {}, headers);
  for (const row of matrix.data?.assignmentMatrix.rows ?? []) {
    for (const cell of row.cells) {
      add('Assignment', cell.assignments);
      add('Prosecutor', cell.prosecutors);
    }
  }

  const ownOfficeId = reference.data?.me.officeId ?? undefined;
  if (ownOfficeId) {
    const prosecutors = await graphql<{ prosecutors: { edges: { node: Rec }[] } }>(
      url,
      'query ($o: ID!) { prosecutors(officeId: $o, first: 50) { edges { node { id version } } } }',
      { o: ownOfficeId },
      headers,
    );
    add(
      'Prosecutor',
      prosecutors.data?.prosecutors.edges.map((e) => e.node),
    );
  }

  // Reconciliations of the role's office (a specialized or territorial office), with their items.
  const reconciliationOffices = ownOfficeId ? [ownOfficeId] : specializedOfficeIds.slice(0, 3);
  for (const officeId of reconciliationOffices) {
    const answer = await graphql<{ reconciliations: (Rec & { items: Rec[] })[] }>(
      url,
      'query ($o: ID!) { reconciliations(officeId: $o) { id version items { id version } } }',
      { o: officeId },
      headers,
    );
    for (const r of answer.data?.reconciliations ?? []) {
      add('Reconciliation', [r]);
      add('ReconciliationItem', r.items);
    }
  }

  return {
    role,
    cases,
    byType,
    themeCodes: (reference.data?.thematicDirections ?? []).map((t) => t.code),
    specializedOfficeIds,
    territorialOfficeIds,
    ...(ownOfficeId ? { ownOfficeId } : {}),
    ...(reference.data?.me.office?.region?.id ? { ownRegionId: reference.data.me.office.region.id } : {}),
  };
}

interface CasePage {
  cases: {
    edges: {
      node: Rec & {
        version: number;
        courtId: string;
        courtActs: Rec[];
        hearings: Rec[];
        protests: Rec[];
        conclusions: Rec[];
        notifications: Rec[];
      };
    }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

/** Keeps a pool's versions current after a mutation succeeded (so later cases are not all stale). */
export function updateVersion(pools: Pools, id: string, version: number): void {
  for (const records of Object.values(pools.byType))
    for (const r of records) if (r.id === id) r.version = version;
  for (const c of pools.cases) {
    if (c.id === id) c.version = version;
    for (const records of Object.values(c.children))
      for (const r of records) if (r.id === id) r.version = version;
  }
}
