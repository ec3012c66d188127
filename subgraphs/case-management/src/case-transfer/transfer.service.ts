import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import {
  BadInputError,
  ConflictError,
  ForbiddenError,
  InvalidTransitionError,
  NotFoundError,
  isUniqueViolation,
  type Directory,
  type Identity,
  type UnitOfWork,
} from '@icp/shared';
import { CaseStatus } from '../case/case.entity';
import { AssignmentReason, CaseTransfer, TransferStatus } from '../case/case-history.entity';
import { isCaseManagerOf, requireCaseManager } from '../case/case-access';

import type { CaseService } from '../case/case.service';
import type { CaseManagementConsent } from '../case/case-ports';
import type {
  CompleteTransferInput,
  RequestTransferInput,
  TransferHandoverInput,
} from '../case/case.inputs';
import { CarePlan } from '../care-plan/care-plan.entity';
import type { CarePlanService } from '../care-plan/care-plan.service';

/** The longest written follow-up of a handover. */
const MAX_FOLLOW_UP = 4000;

/**
 * Transfers of case management: requested by the outgoing case manager, accepted by the incoming
 * one, a three-way handover, then completion with the written follow-up, which changes the case's
 * hands and adds a version to its plan. Inputs come validated and normalised (case.inputs).
 */
export class TransferService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly directory: Directory,
    private readonly cases: CaseService,
    private readonly plans: CarePlanService,
    private readonly consent: CaseManagementConsent,
  ) {}

  async requestTransfer(identity: Identity, input: RequestTransferInput): Promise<CaseTransfer> {
    const { reason, toCaseManagerId } = input;
    if (!this.directory.agency(input.toAgencyCode)) {
      throw new BadInputError(`Agency ${input.toAgencyCode} is not in the directory`, {
        field: 'toAgencyCode',
      });
    }
    try {
      return await this.uow.run(async (m) => {
        const c = await this.cases.lockForUpdate(input.caseId);
        requireCaseManager(identity, c, 'transfer it');
        if (c.status === CaseStatus.CLOSED)
          throw new ConflictError('The case is closed', { reason: 'CASE_CLOSED' });
        if (input.toAgencyCode === c.leadAgencyCode && toCaseManagerId === c.caseManagerId) {
          throw new BadInputError('The incoming case manager is the current one', {
            field: 'toCaseManagerId',
          });
        }
        if (await this.cases.hasOpenTransfer(c.id)) {
          throw new ConflictError('A transfer of this case is already under way', {
            reason: 'TRANSFER_OPEN',
          });
        }
        const t = m.getRepository(CaseTransfer).create({
          id: randomUUID(),
          caseId: c.id,
          fromAgencyCode: c.leadAgencyCode,
          fromCaseManagerId: c.caseManagerId,
          toAgencyCode: input.toAgencyCode,
          toCaseManagerId,
          reason,
          status: TransferStatus.REQUESTED,
          requestedBy: identity.userId,
          requestedAt: new Date(),
        });
        await m.getRepository(CaseTransfer).insert(t);
        return t;
      });
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new ConflictError('A transfer of this case is already under way', {
          reason: 'TRANSFER_OPEN',
        });
      }
      throw error;
    }
  }

  /** Only the incoming case manager accepts. */
  async acceptTransfer(identity: Identity, transferId: string): Promise<CaseTransfer> {
    return this.uow.run(async (m) => {
      const t = await this.transfer(m, transferId);
      if (
        !isCaseManagerOf(identity, {
          leadAgencyCode: t.toAgencyCode,
          caseManagerId: t.toCaseManagerId,
        })
      ) {
        throw new ForbiddenError('Only the incoming case manager accepts a transfer', {
          reason: 'NOT_INCOMING_CASE_MANAGER',
        });
      }
      return this.move(m, t, TransferStatus.REQUESTED, TransferStatus.ACCEPTED, {
        acceptedAt: new Date(),
      });
    });
  }

  /** The three-way handover meeting: outgoing and incoming case managers and the service user. */
  async recordHandover(identity: Identity, input: TransferHandoverInput): Promise<CaseTransfer> {
    if (
      !input.outgoingCaseManagerAttended ||
      !input.incomingCaseManagerAttended ||
      !input.serviceUserAttended
    ) {
      throw new BadInputError(
        'A change of case manager needs a three-way handover: outgoing and incoming case managers and the service user',
        { field: 'serviceUserAttended', reason: 'HANDOVER_NOT_THREE_WAY' },
      );
    }
    if (input.heldAt.getTime() > Date.now() + 60_000) {
      throw new BadInputError('Record the handover once it has been held', { field: 'heldAt' });
    }
    return this.uow.run(async (m) => {
      const t = await this.transfer(m, input.transferId);
      this.requireParty(identity, t);
      return this.move(m, t, TransferStatus.ACCEPTED, TransferStatus.HANDOVER_HELD, {
        handoverHeldAt: input.heldAt,
        handoverNote: input.note?.trim() || null,
      });
    });
  }

  /**
   * Completes a transfer after the handover, with the written follow-up: the case changes hands,
   * the assignment history gains a row, and the plan a version recording the revisions.
   */
  async completeTransfer(identity: Identity, input: CompleteTransferInput): Promise<CaseTransfer> {
    const { writtenFollowUp } = input;
    const planRevisions = input.planRevisions?.trim() || null;
    return this.uow.run(async (m) => {
      const t = await this.transfer(m, input.transferId);
      this.requireParty(identity, t);
      if (t.status !== TransferStatus.HANDOVER_HELD) {
        throw new InvalidTransitionError('transfer', t.status, TransferStatus.COMPLETED);
      }
      const c = await this.cases.lockForUpdate(t.caseId);
      await this.consent.requireCaseManagement(c.serviceUserId, t.toAgencyCode);
      const done = await this.move(m, t, TransferStatus.HANDOVER_HELD, TransferStatus.COMPLETED, {
        completedAt: new Date(),
        writtenFollowUp,
        planRevisions,
      });
      await this.cases.reassign(
        c,
        t.toAgencyCode,
        t.toCaseManagerId,
        AssignmentReason.TRANSFER,
        t.id,
      );
      const plan = await m.getRepository(CarePlan).findOneBy({ caseId: c.id });
      if (plan) {
        await this.plans.appendEvent(identity, plan.id, {
          changeSummary:
            `Case management transferred from ${t.fromCaseManagerId} (${t.fromAgencyCode}) to ` +
            `${t.toCaseManagerId} (${t.toAgencyCode}). Follow-up: ${writtenFollowUp}` +
            (planRevisions ? ` — Plan revisions: ${planRevisions}` : ''),
        });
      }
      return done;
    });
  }

  /**
   * A case-manager transfer meeting IS the three-way handover: finalising it records the handover
   * and completes the transfer with the meeting's outcome as the written follow-up, inside the
   * meeting's transaction (its plan version records the change of hands).
   */
  completeTransferAtMeeting(
    identity: Identity,
    transferId: string,
    o: { heldAt: Date; writtenFollowUp: string; planRevisions: string | null },
  ): Promise<CaseTransfer> {
    // Made of the meeting's minutes, which are each within bounds; together they may not be.
    const writtenFollowUp = o.writtenFollowUp.trim();
    if (writtenFollowUp.length === 0 || writtenFollowUp.length > MAX_FOLLOW_UP) {
      throw new BadInputError(`writtenFollowUp needs 1 to ${MAX_FOLLOW_UP} characters`, {
        field: 'writtenFollowUp',
      });
    }
    return this.uow.run(async (m) => {
      const t = await this.transfer(m, transferId);
      this.requireParty(identity, t);
      const held = await this.move(m, t, TransferStatus.ACCEPTED, TransferStatus.HANDOVER_HELD, {
        handoverHeldAt: o.heldAt,
        handoverNote: 'Three-way handover held as a case-manager transfer meeting',
      });
      const c = await this.cases.lockForUpdate(held.caseId);
      await this.consent.requireCaseManagement(c.serviceUserId, held.toAgencyCode);
      const done = await this.move(
        m,
        held,
        TransferStatus.HANDOVER_HELD,
        TransferStatus.COMPLETED,
        {
          completedAt: new Date(),
          writtenFollowUp,
          planRevisions: o.planRevisions,
        },
      );
      await this.cases.reassign(
        c,
        done.toAgencyCode,
        done.toCaseManagerId,
        AssignmentReason.TRANSFER,
        done.id,
      );
      return done;
    });
  }

  async cancelTransfer(identity: Identity, transferId: string): Promise<CaseTransfer> {
    return this.uow.run(async (m) => {
      const t = await this.transfer(m, transferId);
      if (
        !isCaseManagerOf(identity, {
          leadAgencyCode: t.fromAgencyCode,
          caseManagerId: t.fromCaseManagerId,
        })
      ) {
        throw new ForbiddenError('Only the outgoing case manager cancels a transfer');
      }
      if (
        ![TransferStatus.REQUESTED, TransferStatus.ACCEPTED, TransferStatus.HANDOVER_HELD].includes(
          t.status,
        )
      ) {
        throw new InvalidTransitionError('transfer', t.status, TransferStatus.CANCELLED);
      }
      return this.move(m, t, t.status, TransferStatus.CANCELLED, { cancelledAt: new Date() });
    });
  }

  private async transfer(m: EntityManager, id: string): Promise<CaseTransfer> {
    const t = await m.getRepository(CaseTransfer).findOneBy({ id });
    if (!t) throw new NotFoundError('CaseTransfer', id);
    return t;
  }

  private requireParty(identity: Identity, t: CaseTransfer): void {
    const outgoing = isCaseManagerOf(identity, {
      leadAgencyCode: t.fromAgencyCode,
      caseManagerId: t.fromCaseManagerId,
    });
    const incoming = isCaseManagerOf(identity, {
      leadAgencyCode: t.toAgencyCode,
      caseManagerId: t.toCaseManagerId,
    });
    if (!outgoing && !incoming)
      throw new ForbiddenError('Only the outgoing or incoming case manager records the handover');
  }

  /** Moves a transfer from one status to the next; a concurrent move makes this one fail. */
  private async move(
    m: EntityManager,
    t: CaseTransfer,
    from: TransferStatus,
    to: TransferStatus,
    changes: Partial<CaseTransfer>,
  ): Promise<CaseTransfer> {
    if (t.status !== from) throw new InvalidTransitionError('transfer', t.status, to);
    const result = await m
      .getRepository(CaseTransfer)
      .update({ id: t.id, status: from }, { ...changes, status: to });
    if (result.affected !== 1)
      throw new ConflictError('The transfer changed meanwhile; reload it', { id: t.id });
    return Object.assign(t, changes, { status: to });
  }
}
