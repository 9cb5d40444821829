// The reconciliation screen's GraphQL operations (para 7): the office's acts, one act with its cases and the
// facts each side's register holds about them, and the three actions (build, resolve, sign).
import { graphql } from '../../gql';

export const ReconciliationOfficesQuery = graphql(`
  query ReconciliationScreenOffices($kinds: [OfficeKind!], $regionCode: String) {
    offices(kinds: $kinds, regionCode: $regionCode) {
      id
      code
      kind
      nameKk
      nameRu
      nameEn
      shortNameKk
      shortNameRu
      shortNameEn
    }
  }
`);

export const ReconciliationListQuery = graphql(`
  query ReconciliationScreenList($officeId: ID!, $quarter: String) {
    reconciliations(officeId: $officeId, quarter: $quarter) {
      id
      quarter
      version
      status
      unresolvedCount
      builtAt
      signedByTerritorialAt
      signedBySpecializedAt
      territorialOfficeId
      specializedOfficeId
      territorialOffice {
        id
        shortNameKk
        shortNameRu
        shortNameEn
      }
      specializedOffice {
        id
        shortNameKk
        shortNameRu
        shortNameEn
      }
    }
  }
`);

export const ReconciliationDetailQuery = graphql(`
  query ReconciliationScreenDetail($id: ID!) {
    reconciliation(id: $id) {
      id
      quarter
      periodFrom
      periodTo
      status
      version
      builtAt
      unresolvedCount
      signedByTerritorialAt
      signedByTerritorialBy
      signedByTerritorialName
      signedBySpecializedAt
      signedBySpecializedBy
      signedBySpecializedName
      territorialOfficeId
      specializedOfficeId
      territorialOffice {
        id
        code
        nameKk
        nameRu
        nameEn
        shortNameKk
        shortNameRu
        shortNameEn
      }
      specializedOffice {
        id
        code
        nameKk
        nameRu
        nameEn
        shortNameKk
        shortNameRu
        shortNameEn
      }
      items {
        id
        caseId
        discrepancy
        resolutionNote
        resolvedAt
        resolvedBy
        resolvedByName
        version
        case {
          id
          number
          koapArticle
          koapPart
          offenderName
          responsibleOfficeId
          notifications {
            id
            toOfficeId
            fromOfficeId
            registrationNumber
            sentAt
            acknowledgedAt
          }
          hearings {
            id
            status
            scheduledAt
            attended
            attendedByOfficeId
          }
        }
      }
    }
  }
`);

export const BuildReconciliationMutation = graphql(`
  mutation ReconciliationScreenBuild(
    $quarter: String!
    $territorialOfficeId: ID!
    $specializedOfficeId: ID!
    $version: Int
    $idempotencyKey: String
  ) {
    buildReconciliation(
      quarter: $quarter
      territorialOfficeId: $territorialOfficeId
      specializedOfficeId: $specializedOfficeId
      version: $version
      idempotencyKey: $idempotencyKey
    ) {
      id
      quarter
      version
    }
  }
`);

export const ResolveDiscrepancyMutation = graphql(`
  mutation ReconciliationScreenResolve($itemId: ID!, $version: Int!, $note: String!) {
    resolveDiscrepancy(itemId: $itemId, version: $version, note: $note) {
      id
      version
      resolutionNote
      resolvedAt
      resolvedBy
      resolvedByName
    }
  }
`);

export const SignReconciliationMutation = graphql(`
  mutation ReconciliationScreenSign($id: ID!, $version: Int!) {
    signReconciliation(id: $id, version: $version) {
      id
      status
      version
    }
  }
`);
