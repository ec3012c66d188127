import { randomUUID } from 'node:crypto';
import { In, type EntityManager } from 'typeorm';
import { NotFoundError } from '@icp/shared';
import { Case } from './case.entity';
import {
  type AssignmentReason,
  CaseManagerAssignment,
  CaseTransfer,
  TransferStatus,
} from './case-history.entity';

/**
 * The case (by a UUID: a client's is validated by its input), locked FOR UPDATE in the
 * transaction of `m`; NOT_FOUND if there is none.
 */
export async function lockCase(m: EntityManager, id: string): Promise<Case> {
  const c = await m
    .getRepository(Case)
    .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
  if (!c) throw new NotFoundError('Case', id);
  return c;
}

/** Whether a transfer of the case is under way (requested, accepted or handed over). */
export function hasOpenTransfer(m: EntityManager, caseId: string): Promise<boolean> {
  return m.getRepository(CaseTransfer).existsBy({
    caseId,
    status: In([TransferStatus.REQUESTED, TransferStatus.ACCEPTED, TransferStatus.HANDOVER_HELD]),
  });
}

/** Hands the case to another case manager: the current assignment ends, a new one starts. */
export async function reassign(
  m: EntityManager,
  c: Case,
  agencyCode: string,
  caseManagerId: string,
  reason: AssignmentReason,
  transferId: string | null,
): Promise<void> {
  const now = new Date();
  await m.query(
    `UPDATE case_manager_assignment SET ended_at = $2 WHERE case_id = $1 AND ended_at IS NULL`,
    [c.id, now],
  );
  await m.getRepository(Case).update({ id: c.id }, { leadAgencyCode: agencyCode, caseManagerId });
  Object.assign(c, { leadAgencyCode: agencyCode, caseManagerId });
  await assign(m, c, reason, transferId);
}

/** Starts the assignment of the case's current case manager. */
export async function assign(
  m: EntityManager,
  c: Case,
  reason: AssignmentReason,
  transferId: string | null,
): Promise<void> {
  await m.getRepository(CaseManagerAssignment).insert({
    id: randomUUID(),
    caseId: c.id,
    agencyCode: c.leadAgencyCode,
    caseManagerId: c.caseManagerId,
    reason,
    transferId,
    startedAt: new Date(),
    endedAt: null,
  });
}
