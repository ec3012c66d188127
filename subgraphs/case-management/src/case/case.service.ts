import { randomBytes, randomUUID } from 'node:crypto';
import { In, IsNull, Not, type DataSource, type EntityManager } from 'typeorm';
import {
  BadInputError,
  ConflictError,
  DomainError,
  ForbiddenError,
  InvalidTransitionError,
  NotFoundError,
  requireUuid,
  type Directory,
  type Identity,
  requiredText,
} from '@icp/shared';
import { ServiceUser, ServiceUserIdentity } from '../service-user/service-user.entity';
import { PlanAction } from '../care-plan/plan-action.entity';
import { CarePlan } from '../care-plan/care-plan.entity';
import type { CarePlanService } from '../care-plan/care-plan.service';
import { parseDate } from '../care-plan/plan-rules';
import { Case, CaseStatus, Engagement } from './case.entity';
import {
  AssignmentReason,
  CaseClosure,
  CaseManagerAssignment,
  CaseTransfer,
  ContactAttempt,
  DisputeStatus,
  LeadAgencyDispute,
  TransferStatus,
} from './case-history.entity';
import { isCaseManagerOf, requireCaseManager } from './case-access';
import type {
  CloseCaseInput,
  CompleteTransferInput,
  ContactAttemptInput,
  LeadAgencyDisputeInput,
  OpenCaseInput,
  RegisterServiceUserInput,
  RequestTransferInput,
  ResolveDisputeInput,
  TransferHandoverInput,
} from './case.inputs';

const text = (value: string | null | undefined, field: string, max = 4000): string =>
  requiredText(value, field, max);

const UNIQUE_VIOLATION = '23505';

/**
 * A lead agency holds the person's case record, so an agency becomes lead only with the service
 * user's consent to case management by it (given at intake), unless it registered them itself.
 */
async function requireCaseManagementConsent(
  m: EntityManager,
  serviceUserId: string,
  agencyCode: string,
) {
  const rows: unknown[] = await m.query(
    `SELECT 1 FROM consent WHERE service_user_id = $1 AND recipient_agency_code = $2 AND status = 'ACTIVE'
        AND purpose = 'CASE_MANAGEMENT' AND valid_from <= now() AND (valid_until IS NULL OR valid_until > now())
      FOR SHARE`,
    [serviceUserId, agencyCode],
  );
  if (rows.length === 0) {
    throw new DomainError(
      'CONSENT_REQUIRED',
      `The service user has not consented to case management by ${agencyCode}`,
      { agencyCode, reason: 'NO_CASE_MANAGEMENT_CONSENT' },
    );
  }
}
const isUniqueViolation = (e: unknown) =>
  (e as { driverError?: { code?: string } }).driverError?.code === UNIQUE_VIOLATION;

/** Service users and their cases: opening, transfers, disputes, disengagement, closure. */
export class CaseService {
  constructor(
    private readonly ds: DataSource,
    private readonly directory: Directory,
    private readonly plans: CarePlanService,
  ) {}

  async registerServiceUser(
    identity: Identity,
    input: RegisterServiceUserInput,
  ): Promise<ServiceUser> {
    if (!identity.roles.some((r) => r === 'CASE_MANAGER' || r === 'KEY_WORKER')) {
      throw new ForbiddenError(
        'Registering a service user needs the case manager or key worker role',
      );
    }
    const givenName = text(input.givenName, 'givenName', 200);
    const familyName = text(input.familyName, 'familyName', 200);
    const dateOfBirth = input.dateOfBirth ? parseDate(input.dateOfBirth, 'dateOfBirth') : null;
    for (let attempt = 0; ; attempt += 1) {
      const id = randomUUID();
      // Pseudonyms are short and random: they identify a record across agencies without naming anyone.
      const pseudonym = `SU-${randomBytes(4).toString('hex').toUpperCase()}`;
      try {
        return await this.ds.transaction(async (m) => {
          const su = m.getRepository(ServiceUser).create({
            id,
            pseudonym,
            registeredByAgencyCode: identity.agencyCode,
            createdAt: new Date(),
          });
          await m.getRepository(ServiceUser).insert(su);
          await m.query(`UPDATE service_user SET created_by = $2 WHERE id = $1`, [
            id,
            identity.userId,
          ]);
          await m.getRepository(ServiceUserIdentity).insert({
            serviceUserId: id,
            givenName,
            familyName,
            dateOfBirth,
            phone: input.phone?.trim() || null,
          });
          return su;
        });
      } catch (error) {
        if (!isUniqueViolation(error) || attempt >= 3) throw error;
      }
    }
  }

  myOpenCases(identity: Identity): Promise<Case[]> {
    return this.ds.getRepository(Case).find({
      where: {
        leadAgencyCode: identity.agencyCode,
        caseManagerId: identity.userId,
        status: Not(CaseStatus.CLOSED),
      },
      order: { openedAt: 'ASC' },
    });
  }

  /** Opens a case with the caller as case manager in their agency; one open case per person. */
  async open(identity: Identity, input: OpenCaseInput): Promise<Case> {
    if (!identity.roles.includes('CASE_MANAGER'))
      throw new ForbiddenError('Opening a case needs the case manager role');
    const serviceUserId = requireUuid(input.serviceUserId, 'serviceUserId');
    try {
      return await this.ds.transaction(async (m) => {
        const su = await m.getRepository(ServiceUser).findOneBy({ id: serviceUserId });
        if (!su) throw new NotFoundError('ServiceUser', serviceUserId);
        // Leading a case makes the agency the holder of the person's record: only with their say-so.
        if (su.registeredByAgencyCode !== identity.agencyCode) {
          await requireCaseManagementConsent(m, serviceUserId, identity.agencyCode);
        }
        if (input.previousCaseId) {
          const previous = await m
            .getRepository(Case)
            .findOneBy({ id: requireUuid(input.previousCaseId, 'previousCaseId') });
          if (
            !previous ||
            previous.serviceUserId !== serviceUserId ||
            previous.status !== CaseStatus.CLOSED
          ) {
            throw new BadInputError(
              'previousCaseId must be a closed case of the same service user',
              {
                field: 'previousCaseId',
              },
            );
          }
        }
        if (
          await m.getRepository(Case).existsBy({ serviceUserId, status: Not(CaseStatus.CLOSED) })
        ) {
          throw new ConflictError('This service user already has an open case', {
            reason: 'CASE_ALREADY_OPEN',
          });
        }
        const c = m.getRepository(Case).create({
          id: randomUUID(),
          serviceUserId,
          leadAgencyCode: identity.agencyCode,
          caseManagerId: identity.userId,
          status: CaseStatus.ACTIVE,
          openedAt: new Date(),
          closedAt: null,
          previousCaseId: input.previousCaseId ?? null,
          engagement: Engagement.ENGAGED,
          disengagedSince: null,
        });
        await m.getRepository(Case).insert(c);
        await this.assign(m, c, AssignmentReason.OPENED, null);
        return c;
      });
    } catch (error) {
      // Two openings at once: the database's one-open-case index lets only one through.
      if (isUniqueViolation(error)) {
        throw new ConflictError('This service user already has an open case', {
          reason: 'CASE_ALREADY_OPEN',
        });
      }
      throw error;
    }
  }

  /** The exit: goals achieved, future supports, and the service user told they may come back. */
  async close(identity: Identity, input: CloseCaseInput): Promise<Case> {
    return this.ds.transaction(async (m) =>
      this.closeWithin(m, identity, await this.lockCase(m, input.caseId), input),
    );
  }

  /** The closure itself, inside the caller's transaction (a closure meeting's finalisation). */
  async closeWithin(
    m: EntityManager,
    identity: Identity,
    c: Case,
    input: Pick<CloseCaseInput, 'goalsAchieved' | 'futureSupports' | 'reEngagementExplained'>,
  ): Promise<Case> {
    if (!input.reEngagementExplained) {
      throw new BadInputError(
        'Tell the service user they may re-engage at any time before closing the case',
        { field: 'reEngagementExplained' },
      );
    }
    const goalsAchieved = text(input.goalsAchieved, 'goalsAchieved');
    const futureSupports = text(input.futureSupports, 'futureSupports');
    requireCaseManager(identity, c, 'close it');
    if (c.status === CaseStatus.CLOSED) {
      throw new InvalidTransitionError('case', c.status, CaseStatus.CLOSED);
    }
    if (await this.openTransfer(m, c.id)) {
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
    return this.ds.transaction(async (m) => {
      const c = await this.lockCase(m, caseId);
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
    return this.ds.transaction(async (m) => {
      const c = await this.lockCase(m, input.caseId);
      await this.requireInvolved(m, identity, c);
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

  async requestTransfer(identity: Identity, input: RequestTransferInput): Promise<CaseTransfer> {
    const reason = text(input.reason, 'reason');
    if (!this.directory.agency(input.toAgencyCode)) {
      throw new BadInputError(`Agency ${input.toAgencyCode} is not in the directory`, {
        field: 'toAgencyCode',
      });
    }
    const toCaseManagerId = text(input.toCaseManagerId, 'toCaseManagerId', 200);
    try {
      return await this.ds.transaction(async (m) => {
        const c = await this.lockCase(m, input.caseId);
        requireCaseManager(identity, c, 'transfer it');
        if (c.status === CaseStatus.CLOSED)
          throw new ConflictError('The case is closed', { reason: 'CASE_CLOSED' });
        if (input.toAgencyCode === c.leadAgencyCode && toCaseManagerId === c.caseManagerId) {
          throw new BadInputError('The incoming case manager is the current one', {
            field: 'toCaseManagerId',
          });
        }
        if (await this.openTransfer(m, c.id)) {
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
    return this.ds.transaction(async (m) => {
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
    return this.ds.transaction(async (m) => {
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
    const writtenFollowUp = text(input.writtenFollowUp, 'writtenFollowUp');
    const planRevisions = input.planRevisions?.trim() || null;
    return this.ds.transaction(async (m) => {
      const t = await this.transfer(m, input.transferId);
      this.requireParty(identity, t);
      if (t.status !== TransferStatus.HANDOVER_HELD) {
        throw new InvalidTransitionError('transfer', t.status, TransferStatus.COMPLETED);
      }
      const c = await this.lockCase(m, t.caseId);
      await requireCaseManagementConsent(m, c.serviceUserId, t.toAgencyCode);
      const done = await this.move(m, t, TransferStatus.HANDOVER_HELD, TransferStatus.COMPLETED, {
        completedAt: new Date(),
        writtenFollowUp,
        planRevisions,
      });
      await this.reassign(m, c, t.toAgencyCode, t.toCaseManagerId, AssignmentReason.TRANSFER, t.id);
      const plan = await m.getRepository(CarePlan).findOneBy({ caseId: c.id });
      if (plan) {
        await this.plans.appendEvent(m, identity, plan.id, {
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
  async completeTransferAtMeeting(
    m: EntityManager,
    identity: Identity,
    transferId: string,
    o: { heldAt: Date; writtenFollowUp: string; planRevisions: string | null },
  ): Promise<CaseTransfer> {
    const t = await this.transfer(m, transferId);
    this.requireParty(identity, t);
    const held = await this.move(m, t, TransferStatus.ACCEPTED, TransferStatus.HANDOVER_HELD, {
      handoverHeldAt: o.heldAt,
      handoverNote: 'Three-way handover held as a case-manager transfer meeting',
    });
    const c = await this.lockCase(m, held.caseId);
    await requireCaseManagementConsent(m, c.serviceUserId, held.toAgencyCode);
    const done = await this.move(m, held, TransferStatus.HANDOVER_HELD, TransferStatus.COMPLETED, {
      completedAt: new Date(),
      writtenFollowUp: text(o.writtenFollowUp, 'writtenFollowUp'),
      planRevisions: o.planRevisions,
    });
    await this.reassign(
      m,
      c,
      done.toAgencyCode,
      done.toCaseManagerId,
      AssignmentReason.TRANSFER,
      done.id,
    );
    return done;
  }

  async cancelTransfer(identity: Identity, transferId: string): Promise<CaseTransfer> {
    return this.ds.transaction(async (m) => {
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

  /** A lead agency or case manager that cannot be agreed, recorded between the agencies. */
  async recordDispute(
    identity: Identity,
    input: LeadAgencyDisputeInput,
  ): Promise<LeadAgencyDispute> {
    const serviceUserId = requireUuid(input.serviceUserId, 'serviceUserId');
    const codes = [...new Set(input.agencyCodes)];
    if (codes.length < 2)
      throw new BadInputError('A dispute is between at least two agencies', {
        field: 'agencyCodes',
      });
    for (const code of codes) {
      if (!this.directory.agency(code))
        throw new BadInputError(`Agency ${code} is not in the directory`, { field: 'agencyCodes' });
    }
    if (!codes.includes(identity.agencyCode)) {
      throw new ForbiddenError('Only an agency party to the dispute records it');
    }
    if (input.involveServiceUser && !input.involvementReason?.trim()) {
      throw new BadInputError(
        'Say why the service user is involved: disputes are addressed between services first',
        {
          field: 'involvementReason',
        },
      );
    }
    const caseId = input.caseId ? requireUuid(input.caseId, 'caseId') : null;
    return this.ds.transaction(async (m) => {
      if (!(await m.getRepository(ServiceUser).existsBy({ id: serviceUserId }))) {
        throw new NotFoundError('ServiceUser', serviceUserId);
      }
      if (caseId && !(await m.getRepository(Case).existsBy({ id: caseId, serviceUserId }))) {
        throw new BadInputError('caseId is not a case of this service user', { field: 'caseId' });
      }
      const d = m.getRepository(LeadAgencyDispute).create({
        id: randomUUID(),
        serviceUserId,
        caseId,
        agencyCodes: codes,
        description: text(input.description, 'description'),
        serviceUserInvolved: input.involveServiceUser,
        involvementReason: input.involveServiceUser ? input.involvementReason!.trim() : null,
        status: DisputeStatus.OPEN,
        raisedBy: identity.userId,
        raisedByAgencyCode: identity.agencyCode,
        raisedAt: new Date(),
      });
      await m.getRepository(LeadAgencyDispute).insert(d);
      return d;
    });
  }

  /** Records the agreement; an open case of the dispute passes to the agreed case manager. */
  async resolveDispute(identity: Identity, input: ResolveDisputeInput): Promise<LeadAgencyDispute> {
    const resolution = text(input.resolution, 'resolution');
    return this.ds.transaction(async (m) => {
      const d = await m.getRepository(LeadAgencyDispute).findOne({
        where: { id: requireUuid(input.disputeId, 'disputeId') },
        lock: { mode: 'pessimistic_write' },
      });
      if (!d) throw new NotFoundError('LeadAgencyDispute', input.disputeId);
      if (
        !d.agencyCodes.includes(identity.agencyCode) ||
        !identity.roles.some((r) => r === 'CASE_MANAGER' || r === 'SUPERVISOR')
      ) {
        throw new ForbiddenError(
          'A case manager or supervisor of an agency party to the dispute resolves it',
        );
      }
      if (d.status !== DisputeStatus.OPEN)
        throw new InvalidTransitionError('dispute', d.status, DisputeStatus.RESOLVED);
      if (!d.agencyCodes.includes(input.leadAgencyCode)) {
        throw new BadInputError('The lead agency must be one of the agencies in the dispute', {
          field: 'leadAgencyCode',
        });
      }
      const caseManagerId = text(input.caseManagerId, 'caseManagerId', 200);
      const resolvedAt = new Date();
      Object.assign(d, {
        status: DisputeStatus.RESOLVED,
        resolution,
        resolvedLeadAgencyCode: input.leadAgencyCode,
        resolvedCaseManagerId: caseManagerId,
        resolvedBy: identity.userId,
        resolvedAt,
      });
      await m.getRepository(LeadAgencyDispute).save(d);
      if (d.caseId) {
        const c = await this.lockCase(m, d.caseId);
        const changes =
          c.leadAgencyCode !== input.leadAgencyCode || c.caseManagerId !== caseManagerId;
        if (c.status !== CaseStatus.CLOSED && changes) {
          if (c.leadAgencyCode !== input.leadAgencyCode) {
            await requireCaseManagementConsent(m, c.serviceUserId, input.leadAgencyCode);
          }
          await this.reassign(
            m,
            c,
            input.leadAgencyCode,
            caseManagerId,
            AssignmentReason.DISPUTE_RESOLUTION,
            null,
          );
        }
      }
      return d;
    });
  }

  private async lockCase(m: EntityManager, caseId: string): Promise<Case> {
    const id = requireUuid(caseId, 'caseId');
    const c = await m
      .getRepository(Case)
      .findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!c) throw new NotFoundError('Case', id);
    return c;
  }

  private async transfer(m: EntityManager, transferId: string): Promise<CaseTransfer> {
    const id = requireUuid(transferId, 'transferId');
    const t = await m.getRepository(CaseTransfer).findOneBy({ id });
    if (!t) throw new NotFoundError('CaseTransfer', id);
    return t;
  }

  private openTransfer(m: EntityManager, caseId: string): Promise<boolean> {
    return m.getRepository(CaseTransfer).existsBy({
      caseId,
      status: In([TransferStatus.REQUESTED, TransferStatus.ACCEPTED, TransferStatus.HANDOVER_HELD]),
    });
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

  private async reassign(
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
    await this.assign(m, c, reason, transferId);
  }

  private async assign(
    m: EntityManager,
    c: Case,
    reason: AssignmentReason,
    transferId: string | null,
  ) {
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

  /** The lead agency, or an agency responsible for an action on the case's plan. */
  private async requireInvolved(m: EntityManager, identity: Identity, c: Case): Promise<void> {
    if (identity.agencyCode === c.leadAgencyCode) return;
    const involved = await m
      .getRepository(PlanAction)
      .existsBy({ caseId: c.id, responsibleAgencyCode: identity.agencyCode });
    if (!involved)
      throw new ForbiddenError('Only agencies involved in this case record contact attempts');
  }
}
