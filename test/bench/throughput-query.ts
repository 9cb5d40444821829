// The request the throughput benchmark sends to both servers: the dashboard's Hearings screen query
// (dashboard/src/components/hearings/queries.ts, HearingsPage with the HearingsRow fragment, page size 100 as
// HearingsView.vue asks) for one region's next 7 days. Kept as a copy (the dashboard's module is ESM for Vite);
// the smoke test checks the two have not drifted apart.

export const HEARINGS_PAGE_SIZE = 100;

export const HEARINGS_PAGE_DOCUMENT = `query HearingsPage($filter: HearingFilter, $first: Int!, $after: String) {
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
`;

/** The request body: a region's hearings from `from` for `days` days, the first `first`. */
export function hearingsRequestBody(
  regionId: string,
  from: Date,
  days = 7,
  first = HEARINGS_PAGE_SIZE,
): string {
  const to = new Date(from.getTime() + days * 86_400_000);
  return JSON.stringify({
    operationName: 'HearingsPage',
    query: HEARINGS_PAGE_DOCUMENT,
    variables: { filter: { regionIds: [regionId], from: from.toISOString(), to: to.toISOString() }, first },
  });
}

/** The field selections of a document, whitespace-insensitive: to compare with the dashboard's copy. */
export function normalizeDocument(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
