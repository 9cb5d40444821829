// The deadline board's GraphQL operations: the board of one office, its live changes, and the lists the office
// picker offers (regions, offices of a region).
import { graphql } from '../../gql';

export const DeadlinesBoardQuery = graphql(`
  query DeadlinesBoard($officeId: ID!, $limit: Int!) {
    deadlineBoard(officeId: $officeId, limit: $limit) {
      asOf
      dueSoonUntil
      office {
        id
        code
        kind
        nameKk
        nameRu
        nameEn
        shortNameKk
        shortNameRu
        shortNameEn
        region {
          id
          code
          nameKk
          nameRu
          nameEn
        }
      }
      counts {
        overdue
        dueToday
        dueSoon
        open
        met
        missed
        waived
      }
      overdue {
        ...DeadlinesBoardItem
      }
      dueToday {
        ...DeadlinesBoardItem
      }
      dueSoon {
        ...DeadlinesBoardItem
      }
      open {
        ...DeadlinesBoardItem
      }
      met {
        ...DeadlinesBoardItem
      }
    }
  }

  fragment DeadlinesBoardItem on DeadlineBoardItem {
    workingDaysLeft
    case {
      id
      number
    }
    deadline {
      id
      code
      status
      dueOn
      triggerOn
      length
      unit
      period
      metAt
      caseId
      explanation {
        paragraph
        article
        reason {
          kk
          ru
          en
        }
      }
    }
  }
`);

export const DeadlinesChangedSubscription = graphql(`
  subscription DeadlinesChanged($officeId: ID!, $after: String) {
    deadlineChanged(officeId: $officeId, after: $after) {
      cursor
      kind
      officeId
      deadline {
        id
        code
        caseId
        period
      }
    }
  }
`);

export const DeadlinesRegionsQuery = graphql(`
  query DeadlinesRegions {
    regions {
      id
      code
      nameKk
      nameRu
      nameEn
    }
  }
`);

export const DeadlinesOfficesQuery = graphql(`
  query DeadlinesOffices($regionCode: String) {
    offices(regionCode: $regionCode) {
      id
      code
      kind
      shortNameKk
      shortNameRu
      shortNameEn
      nameKk
      nameRu
      nameEn
      region {
        code
      }
    }
  }
`);
