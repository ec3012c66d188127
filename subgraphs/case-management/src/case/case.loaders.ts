import { In, Not, type DataSource } from 'typeorm';
import { EntityRows, isUuid, loaderByKey, loaderGroupedBy } from '@icp/shared';
import { Case, CaseStatus } from './case.entity';
import {
  CaseClosure,
  CaseManagerAssignment,
  CaseTransfer,
  ContactAttempt,
} from './case-history.entity';
import { LeadAgencyDispute } from './lead-agency-dispute.entity';

export function caseByIdLoader(ds: DataSource) {
  return loaderByKey<string, Case>(
    (ids) => EntityRows.of(ds, Case).whereIn('id', ids.filter(isUuid)),
    (r) => r.id,
  );
}

export function openCaseByServiceUserIdLoader(ds: DataSource) {
  return loaderByKey<string, Case>(
    (ids) =>
      ds
        .getRepository(Case)
        .findBy({ serviceUserId: In([...ids]), status: Not(CaseStatus.CLOSED) }),
    (r) => r.serviceUserId,
  );
}

export function casesByServiceUserIdLoader(ds: DataSource) {
  return loaderGroupedBy<string, Case>(
    (ids) =>
      ds
        .getRepository(Case)
        .find({ where: { serviceUserId: In([...ids]) }, order: { openedAt: 'DESC' } }),
    (r) => r.serviceUserId,
  );
}

export function assignmentsByCaseIdLoader(ds: DataSource) {
  return loaderGroupedBy<string, CaseManagerAssignment>(
    (ids) =>
      ds
        .getRepository(CaseManagerAssignment)
        .find({ where: { caseId: In([...ids]) }, order: { startedAt: 'ASC' } }),
    (r) => r.caseId,
  );
}

export function transfersByCaseIdLoader(ds: DataSource) {
  return loaderGroupedBy<string, CaseTransfer>(
    (ids) =>
      ds
        .getRepository(CaseTransfer)
        .find({ where: { caseId: In([...ids]) }, order: { requestedAt: 'ASC' } }),
    (r) => r.caseId,
  );
}

export function closureByCaseIdLoader(ds: DataSource) {
  return loaderByKey<string, CaseClosure>(
    (ids) => ds.getRepository(CaseClosure).findBy({ caseId: In([...ids]) }),
    (r) => r.caseId,
  );
}

export function contactAttemptsByCaseIdLoader(ds: DataSource) {
  return loaderGroupedBy<string, ContactAttempt>(
    (ids) =>
      ds
        .getRepository(ContactAttempt)
        .find({ where: { caseId: In([...ids]) }, order: { attemptedAt: 'DESC' } }),
    (r) => r.caseId,
  );
}

export function disputesByServiceUserIdLoader(ds: DataSource) {
  return loaderGroupedBy<string, LeadAgencyDispute>(
    (ids) =>
      ds
        .getRepository(LeadAgencyDispute)
        .find({ where: { serviceUserId: In([...ids]) }, order: { raisedAt: 'DESC' } }),
    (r) => r.serviceUserId,
  );
}

/** The case that re-engagement opened after a closed one. */
export function nextCaseByPreviousIdLoader(ds: DataSource) {
  return loaderByKey<string, Case>(
    (ids) => ds.getRepository(Case).findBy({ previousCaseId: In([...ids]) }),
    (r) => r.previousCaseId!,
  );
}
