/**
 * The GraphQL operations the FHIR export runs through the gateway on the caller's behalf
 * (ADR 0041), and the shape of their answers. Every field the caller may not read comes back null
 * (with a CONSENT_REQUIRED error), so every field here is nullable: a mapper leaves out what is
 * null, and never makes it up.
 *
 * A list that is a cursor connection (ADR 0045) is read through `edges { node }`, and the answer's
 * types (plan-export.data.ts) take a list or a connection alike (`Listed`, `nodes()`), so a list
 * that becomes a connection changes its selection here and nothing else.
 */

/** Finds the plan's current version when the caller names none. */
export const PLAN_CURRENT_VERSION_QUERY = /* GraphQL */ `
  query FhirPlanCurrentVersion($planId: UUID!) {
    carePlan(id: $planId) {
      id
      version
    }
  }
`;

const FHIR_STAFF = /* GraphQL */ `
  fragment FhirStaff on KeyWorker {
    agencyCode
    id
    name
    role
  }
`;

const FHIR_GOAL = /* GraphQL */ `
  fragment FhirGoal on Goal {
    id
    domain
    statement
    measure
    achievability
    targetDate
    status
    need {
      id
    }
    buildsOn {
      id
    }
    proposedBy {
      code
    }
  }
`;

const FHIR_CONSENT_PAGE = /* GraphQL */ `
  fragment FhirConsentPage on ConsentConnection {
    edges {
      node {
        ...FhirConsent
      }
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
`;

const FHIR_CONSENT = /* GraphQL */ `
  fragment FhirConsent on Consent {
    id
    categories
    fullCopy
    purpose
    validFrom
    validUntil
    evidenceRef
    evidenceSignedOn
    recordedAt
    withdrawnAt
    status
    recipientAgencyKind
    recipientAgency {
      code
    }
    recordedBy {
      ...FhirStaff
    }
    exceptions {
      categories
      validFrom
      validUntil
    }
  }
`;

const FHIR_REFERRAL = /* GraphQL */ `
  fragment FhirReferral on Referral {
    id
    reason
    consentId
    status
    followUpOn
    interimPlan
    createdAt
    updatedAt
    toAgency {
      code
    }
    events {
      id
      status
      note
      at
      by {
        ...FhirStaff
      }
    }
  }
`;

/**
 * The service user's consents, a page at a time (`after`: null for the first). Apart from the
 * plan's operation, which would otherwise pass the depth limit (ADR 0030).
 */
export const CONSENT_PAGE_QUERY =
  /* GraphQL */ `
  query FhirPlanConsents($serviceUserId: UUID!, $after: String) {
    serviceUser(id: $serviceUserId) {
      consents(first: 100, after: $after) {
        ...FhirConsentPage
      }
    }
  }
` +
  FHIR_CONSENT_PAGE +
  FHIR_CONSENT +
  FHIR_STAFF;

export const PLAN_EXPORT_QUERY =
  /* GraphQL */ `
  query FhirPlanExport($planId: UUID!, $version: Int!, $nextVersion: Int!) {
    agencies {
      code
      name
      kind
    }
    carePlan(id: $planId) {
      id
      version
      lastReviewedOn
      nextVersion: versionAt(version: $nextVersion) {
        createdAt
      }
      versionAt(version: $version) {
        id
        version
        createdAt
        changeSummary
        nextReviewOn
        author {
          ...FhirStaff
        }
        needs {
          id
          domain
          description
          met
        }
        goals {
          ...FhirGoal
        }
        # Inline (no fragments): each fragment spread counts towards the depth limit.
        actions {
          id
          description
          domain
          dueOn
          interventionType
          reviewEveryWeeks
          goal {
            id
          }
          responsibleAgency {
            code
          }
          keyWorker {
            agencyCode
            id
            name
            role
          }
          delivery {
            status
            acceptedAt
            declinedReason
            outcome
            outcomeRecordedAt
            statusNote
            updatedAt
            keyWorker {
              agencyCode
              id
              name
              role
            }
            progressNotes(first: 100) {
              edges {
                node {
                  id
                  body
                  writtenAt
                  writtenBy {
                    agencyCode
                    id
                    name
                    role
                  }
                }
              }
            }
          }
        }
      }
      case {
        id
        status
        openedAt
        closedAt
        leadAgency {
          code
        }
        caseManager {
          ...FhirStaff
        }
        serviceUser {
          id
          pseudonym
          givenName
          familyName
          dateOfBirth
          phone
        }
        referrals {
          ...FhirReferral
        }
      }
    }
  }
` +
  FHIR_STAFF +
  FHIR_GOAL +
  FHIR_REFERRAL;
