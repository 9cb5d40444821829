// The assignment screen's GraphQL operations (para 5): the matrix, the choice of who to assign, and the two
// mutations. Operation names carry the screen's prefix (they are unique across the dashboard).
import { graphql } from '../../gql';

export const AssignmentsMatrixQuery = graphql(`
  query AssignmentsMatrix($asOf: String, $regionIds: [ID!]) {
    assignmentMatrix(asOf: $asOf, regionIds: $regionIds) {
      asOf
      editable
      totals {
        cells
        gaps
        workload
        uncoveredWorkload
      }
      themes {
        id
        code
        mandatory
        paragraph
        nameKk
        nameRu
        nameEn
      }
      rows {
        region {
          id
          code
          nameKk
          nameRu
          nameEn
        }
        cells {
          gap
          workload
          theme {
            id
            code
          }
          assignments {
            id
            version
            validFrom
            validTo
            officeId
            prosecutor {
              id
              fullName
              position
              office {
                id
                code
                shortNameKk
                shortNameRu
                shortNameEn
              }
            }
          }
        }
      }
    }
  }
`);

export const AssignmentsRegionsQuery = graphql(`
  query AssignmentsRegions {
    regions {
      id
      code
      nameKk
      nameRu
      nameEn
    }
  }
`);

export const AssignmentsOfficesQuery = graphql(`
  query AssignmentsOffices($regionCode: String, $kinds: [OfficeKind!]) {
    offices(regionCode: $regionCode, kinds: $kinds) {
      id
      code
      kind
      region {
        id
      }
      shortNameKk
      shortNameRu
      shortNameEn
    }
  }
`);

export const AssignmentsProsecutorsQuery = graphql(`
  query AssignmentsProsecutors($officeId: ID!, $first: Int!, $after: String) {
    prosecutors(officeId: $officeId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          fullName
          position
          active
          specializations
        }
      }
    }
  }
`);

export const AssignmentsAssignMutation = graphql(`
  mutation AssignmentsAssign($input: AssignProsecutorInput!) {
    assignProsecutor(input: $input) {
      id
      version
      validFrom
      validTo
    }
  }
`);

export const AssignmentsUnassignMutation = graphql(`
  mutation AssignmentsUnassign($id: ID!, $validTo: String, $version: Int!) {
    unassignProsecutor(id: $id, validTo: $validTo, version: $version) {
      id
      version
      validTo
    }
  }
`);
