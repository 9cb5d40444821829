import type { CaseScreenQuery } from '../../gql/graphql';

export type CaseData = CaseScreenQuery['case'];
export type CourtActData = CaseData['courtActs'][number];
