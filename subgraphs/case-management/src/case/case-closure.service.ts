import { randomUUID } from 'node:crypto';
import { IsNull, type EntityManager } from 'typeorm';
import {
  BadInputError,
  ConflictError,
  ForbiddenError,
  InvalidTransitionError,
  type Identity,
  type UnitOfWork,
} from '@icp/shared';
import { Case, CaseStatus, Engagement } from './case.entity';
import { CaseClosure, CaseManagerAssignment, ContactAttempt } from './case-history.entity';
import { requireCaseManager } from './case-access';
import { hasOpenTransfer, lockCase } from './case-records';
import type { CaseInvolvement } from './case-ports';
import type { CloseCaseInput, ContactAttemptInput } from './case.inputs';

/** What a closure records: the exit, as the case manager writes it (validated, trimmed). */
export type ClosureRecord = Pick<
  CloseCaseInput,
  'goalsAchieved' | 'futureSupports' | 'reEngagementExplained'
>;

/** The end of a case and the times it drifts: closure, disengagement, contact attempts. */
export class CaseClosureService {
  constructor(
    private readonly uow: UnitOfWork,
    /** Which agencies besides the lead take part in a case (the care plan's actions). */
    private readonly involvement: CaseInvolvement,
  ) {}

  /** The exit: goals achieved, future supports, and the service user told they may come back. */
  async close(identity: Identity, input: CloseCaseInput): Promise<Case> {
    return this.uow.run(async (m) =>
      this.closeLocked(m, identity, await lockCase(m, input.caseId), input),
    );
  }

  /**
   * A closure meeting's finalisation closes its case, in the meeting's transaction (which holds
   * the case FOR SHARE): joins it.
   */
  closeAtMeeting(identity: Identity, c: Case, input: ClosureRecord): Promise<Case> {
    return this.uow.run((m) => this.closeLocked(m, identity, c, input));
  }

  private async closeLocked(
    m: EntityManager,
    identity: Identity,
    c: Case,
    input: ClosureRecord,
  ): Promise<Case> {
    if (!input.reEngagementExplained) {
      throw new BadInputError(
        'Tell the service user they may re-engage at any time before closing the case',
        { field: 'reEngagementExplained' },
      );
    }
    const { goalsAchieved, futureSupports } = input;
    requireCaseManager(identity, c, 'close it');
    if (c.status === CaseStatus.CLOSED) {
      throw new InvalidTransitionError('case', c.status, CaseStatus.CLOSED);
    }
    if (await hasOpenTransfer(m, c.id)) {
      throw new ConflictError('Complete or cancel the transfer before closing the case', {
        reason: 'TRANSFER_OPEN',
      });
    }
    const closedAt = new Date();
    await m.getRepository(CaseClosure).insert({
      caseId: c.id,
      goalsAchieved,
      futureSupports,
      reEngagementExplained: true,
      closedBy: identity.userId,
      closedAt,
    });
    await m.getRepository(Case).update({ id: c.id }, { status: CaseStatus.CLOSED, closedAt });
    await m
      .getRepository(CaseManagerAssignment)
      .update({ caseId: c.id, endedAt: IsNull() }, { endedAt: closedAt });
    return Object.assign(c, { status: CaseStatus.CLOSED, closedAt });
  }

  /** Disengagement is recorded, not closure: case management stays on offer. */
  async setEngagement(identity: Identity, caseId: string, engagement: Engagement): Promise<Case> {
    return this.uow.run(async (m) => {
      const c = await lockCase(m, caseId);
      requireCaseManager(identity, c, 'record engagement');
      if (c.status === CaseStatus.CLOSED)
        throw new ConflictError('The case is closed', { reason: 'CASE_CLOSED' });
      const disengagedSince =
        engagement === Engagement.DISENGAGED ? (c.disengagedSince ?? new Date()) : null;
      await m.getRepository(Case).update({ id: c.id }, { engagement, disengagedSince });
      return Object.assign(c, { engagement, disengagedSince });
    });
  }

  /** By the case manager or any agency involved in the plan; a successful contact re-engages. */
  async recordContactAttempt(
    identity: Identity,
    input: ContactAttemptInput,
  ): Promise<ContactAttempt> {
    return this.uow.run(async (m) => {
      const c = await lockCase(m, input.caseId);
      await this.requireInvolved(identity, c);
      if (c.status === CaseStatus.CLOSED)
        throw new ConflictError('The case is closed', { reason: 'CASE_CLOSED' });
      const attemptedAt = input.attemptedAt ?? new Date();
      if (attemptedAt.getTime() > Date.now() + 60_000) {
        throw new BadInputError('A contact attempt cannot be in the future', {
          field: 'attemptedAt',
        });
      }
      const attempt = m.getRepository(ContactAttempt).create({
        id: randomUUID(),
        caseId: c.id,
        attemptedAt,
        method: input.method,
        successful: input.successful,
        note: input.note?.trim() || null,
        recordedBy: identity.userId,
        recordedByAgencyCode: identity.agencyCode,
      });
      await m.getRepository(ContactAttempt).insert(attempt);
      if (input.successful && c.engagement === Engagement.DISENGAGED) {
        await m
          .getRepository(Case)
          .update({ id: c.id }, { engagement: Engagement.ENGAGED, disengagedSince: null });
      }
      return attempt;
    });
  }

  /** The lead agency, or an agency responsible for an action on the case's plan. */
  private async requireInvolved(identity: Identity, c: Case): Promise<void> {
    if (identity.agencyCode === c.leadAgencyCode) return;
    const involved = await this.involvement.hasPlanAction(c.id, identity.agencyCode);
    if (!involved)
      throw new ForbiddenError('Only agencies involved in this case record contact attempts');
  }
}
