// The Hearings screen's operations: one fragment for a hearing as a row shows it (the list, the calendar and
// the live events share it), the paged list, the filter options, and the live stream.
import { graphql } from '../../gql';

export const HearingsRowFragment = graphql(`
  fragment HearingsRow on Hearing {
    id
    scheduledAt
    status
    instance
    note
    attended
    version
    court {
      id
      nameKk
      nameRu
      nameEn
    }
    prosecutor {
      id
      fullName
      office {
        id
        shortNameKk
        shortNameRu
        shortNameEn
      }
    }
    attendedByOffice {
      id
      shortNameKk
      shortNameRu
      shortNameEn
    }
    case {
      id
      number
      koapArticle
      koapPart
      mandatory
      higherProsecutorRequired
      themeCodes
      notifySpecialized
      specializedOfficeId
      specializedOffice {
        id
        shortNameKk
        shortNameRu
        shortNameEn
      }
      responsibleOfficeId
      responsibleOffice {
        id
        shortNameKk
        shortNameRu
        shortNameEn
      }
      groundExplanations {
        ground
        paragraph
        article
        reason {
          kk
          ru
          en
        }
      }
      notifications {
        id
        toOfficeId
        sentAt
        acknowledgedAt
      }
    }
  }
`);

export const HearingsPageQuery = graphql(`
  query HearingsPage($filter: HearingFilter, $first: Int!, $after: String) {
    hearings(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...HearingsRow
        }
      }
    }
  }
`);

export const HearingsOptionsQuery = graphql(`
  query HearingsOptions($regionCode: String) {
    courts(regionCode: $regionCode) {
      id
      nameKk
      nameRu
      nameEn
      kind
      region {
        id
        code
        nameKk
        nameRu
        nameEn
      }
    }
    offices(regionCode: $regionCode) {
      id
      kind
      shortNameKk
      shortNameRu
      shortNameEn
      nameKk
      nameRu
      nameEn
      region {
        id
        code
        nameKk
        nameRu
        nameEn
      }
    }
    thematicDirections {
      id
      code
      mandatory
      paragraph
      nameKk
      nameRu
      nameEn
    }
  }
`);

export const HearingsLiveSubscription = graphql(`
  subscription HearingsLive($filter: HearingEventFilter, $after: String) {
    hearingScheduled(filter: $filter, after: $after) {
      cursor
      kind
      scheduledAt
      hearing {
        ...HearingsRow
      }
    }
  }
`);
