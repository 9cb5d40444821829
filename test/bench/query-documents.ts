// The five screen queries of the query-latency benchmark, as the dashboard sends them (copied from
// dashboard/src/components/*/operations.ts and queries.ts, the dashboard's documents being generated for Vite;
// indicators as IndicatorsView asks for one scope's three figures).

export const DEADLINE_BOARD = /* GraphQL */ `
  query BenchDeadlineBoard($officeId: ID!, $limit: Int!) {
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
        ...BoardItem
      }
      dueToday {
        ...BoardItem
      }
      dueSoon {
        ...BoardItem
      }
      open {
        ...BoardItem
      }
      met {
        ...BoardItem
      }
    }
  }

  fragment BoardItem on DeadlineBoardItem {
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
`;

export const HEARINGS = /* GraphQL */ `
  query BenchHearings($filter: HearingFilter, $first: Int!, $after: String) {
    hearings(filter: $filter, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
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
      }
    }
  }
`;

export const CASE_DETAIL = /* GraphQL */ `
  query BenchCase($id: ID!) {
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
`;

export const INDICATORS = /* GraphQL */ `
  query BenchIndicators($scope: KpiScope!, $id: ID, $quarter: String!) {
    indicators(scope: $scope, id: $id, quarter: $quarter) {
      scope
      scopeId
      quarter
      from
      to
      appealProtestEffectiveness {
        numerator
        denominator
        percent
      }
      protestSatisfaction {
        considered
        unsatisfied
        percent
      }
      responseEffectiveness {
        numerator
        denominator
        percent
      }
    }
  }
`;

export const ASSIGNMENT_MATRIX = /* GraphQL */ `
  query BenchAssignmentMatrix($asOf: String, $regionIds: [ID!]) {
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
`;

export const LOGIN = /* GraphQL */ `
  mutation BenchLogin($input: LoginInput!) {
    login(input: $input) {
      token
    }
  }
`;
