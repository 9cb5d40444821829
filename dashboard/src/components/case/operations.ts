// The case screen's GraphQL operations (names prefixed CaseScreen: operation names are unique dashboard-wide).
import { graphql } from '../../gql';

export const CaseScreenQuery = graphql(`
  query CaseScreen($id: ID!) {
    case(id: $id) {
      id
      number
      version
      summary
      registeredOn
      koapArticle
      koapPart
      instance
      proceeding
      initiator
      actKind
      mandatory
      fallback
      notifySpecialized
      prosecutorAgrees
      higherProsecutorRequired
      offenderName
      offenderBirthDate
      personalDataHidden {
        reason
        explanation {
          kk
          ru
          en
        }
      }
      offenderMinor
      offenderMilitary
      offenderDutyRelated
      sanctions
      spheres
      themeCodes
      responsibleKind
      responsibleOfficeId
      territorialOfficeId
      specializedOfficeId
      court {
        id
        nameKk
        nameRu
        nameEn
      }
      region {
        id
        nameKk
        nameRu
        nameEn
      }
      responsibleOffice {
        id
        nameKk
        nameRu
        nameEn
      }
      territorialOffice {
        id
        nameKk
        nameRu
        nameEn
      }
      specializedOffice {
        id
        nameKk
        nameRu
        nameEn
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
      routingExplanation {
        jurisdiction
        paragraph
        article
        reason {
          kk
          ru
          en
        }
      }
      courtActs {
        id
        kind
        instance
        issuedOn
        copyDeliveredOn
        enteredIntoForceOn
        summary
      }
      protests {
        id
        kind
        status
        courtActId
        broughtOn
        grounds
        late
        version
      }
      conclusions {
        id
        kind
        courtActId
        approvedAt
        createdAt
        version
      }
      hearings {
        id
        scheduledAt
        status
        instance
      }
      notifications {
        id
        toOfficeId
        channel
        registrationNumber
        sentAt
      }
      deadlines {
        id
        code
        dueOn
        status
        metAt
        subjectId
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
      timeline {
        at
        kind
        id
        label
        status
      }
    }
  }
`);

export const CaseScreenCalendar = graphql(`
  query CaseScreenCalendar($year: Int!) {
    workingCalendar(year: $year) {
      year
      exceptions {
        date
        working
      }
    }
  }
`);

export const CaseScreenThemes = graphql(`
  query CaseScreenThemes {
    thematicDirections {
      code
      nameKk
      nameRu
      nameEn
    }
  }
`);

export const CaseScreenProsecutors = graphql(`
  query CaseScreenProsecutors($officeId: ID!) {
    prosecutors(officeId: $officeId, first: 100) {
      edges {
        node {
          id
          fullName
          active
        }
      }
    }
  }
`);

export const CaseScreenBringProtest = graphql(`
  mutation CaseScreenBringProtest($input: BringProtestInput!) {
    bringProtest(input: $input) {
      id
      status
      late
    }
  }
`);

export const CaseScreenFileConclusion = graphql(`
  mutation CaseScreenFileConclusion($input: FileConclusionInput!) {
    fileConclusion(input: $input) {
      id
      kind
    }
  }
`);

export const CaseScreenApproveConclusion = graphql(`
  mutation CaseScreenApproveConclusion($id: ID!, $version: Int!) {
    approveConclusion(id: $id, version: $version) {
      id
      version
      approvedAt
    }
  }
`);

export const CaseScreenProtestOutcome = graphql(`
  mutation CaseScreenProtestOutcome($input: RecordProtestOutcomeInput!) {
    recordProtestOutcome(input: $input) {
      id
      status
    }
  }
`);

export const CaseScreenWithdrawProtest = graphql(`
  mutation CaseScreenWithdrawProtest($input: WithdrawProtestInput!) {
    withdrawProtest(input: $input) {
      id
      status
    }
  }
`);

export const CaseScreenReturnProtest = graphql(`
  mutation CaseScreenReturnProtest($input: ReturnProtestInput!) {
    returnProtest(input: $input) {
      id
      status
    }
  }
`);

export const CaseScreenScheduleHearing = graphql(`
  mutation CaseScreenScheduleHearing($input: ScheduleHearingInput!) {
    scheduleHearing(input: $input) {
      id
      scheduledAt
    }
  }
`);

export const CaseScreenNotify = graphql(`
  mutation CaseScreenNotify($input: NotifySpecializedOfficeInput!) {
    notifySpecializedOffice(input: $input) {
      id
    }
  }
`);
