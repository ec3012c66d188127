import { randomUUID } from 'node:crypto';
import { In, IsNull, LessThanOrEqual, Not, type EntityManager } from 'typeorm';
import {
  BadInputError,
  ConflictError,
  DomainError,
  ForbiddenError,
  InvalidTransitionError,
  NotFoundError,
  returnedRows,
  today,
  type Directory,
  type Identity,
  type UnitOfWork,
} from '@icp/shared';
import { Case, CaseStatus } from '../case/case.entity';
import { isCaseManagerOf, requireCaseManager } from '../case/case-access';
import { Consent, ConsentPurpose } from '../consent/consent.entity';
import { consentInForceAt } from '../consent/consent-in-force';
import { NotificationKind, type NotificationService } from '../notification/notification.service';
import { Referral, ReferralEvent, ReferralStatus } from './referral.entity';
import type {
  CreateReferralInput,
  RecordReferralFollowUpInput,
  ReportDisengagementAfterReferralInput,
  UpdateReferralStatusInput,
} from './referral.inputs';

/** The referral protocol, as a state machine: where each status may go next. */
export const REFERRAL_TRANSITIONS: Readonly<Record<ReferralStatus, readonly ReferralStatus[]>> = {
  [ReferralStatus.PLANNED]: [ReferralStatus.SENT],
  [ReferralStatus.SENT]: [ReferralStatus.ACCEPTED, ReferralStatus.DECLINED, ReferralStatus.WAITING],
  [ReferralStatus.WAITING]: [ReferralStatus.ACCEPTED, ReferralStatus.DECLINED],
  [ReferralStatus.ACCEPTED]: [ReferralStatus.COMPLETED],
  [ReferralStatus.DECLINED]: [],
  [ReferralStatus.COMPLETED]: [],
};

/** A referral in one of these is over: nothing more to follow up. */
const FINISHED: readonly ReferralStatus[] = [ReferralStatus.COMPLETED, ReferralStatus.DECLINED];

/** While the target agency has (or had) the referral, it can tell of disengagement. */
const WITH_TARGET: readonly ReferralStatus[] = [
  ReferralStatus.SENT,
  ReferralStatus.WAITING,
  ReferralStatus.ACCEPTED,
];

/** Consents that allow passing the service user on to another agency. */
const REFERRAL_PURPOSES: readonly ConsentPurpose[] = [
  ConsentPurpose.REFERRAL,
  ConsentPurpose.CARE_COORDINATION,
];

/** A follow-up (a calendar date) is something still to do, so it is today or later (Irish calendar). */
const followUpDate = (d: string): string => {
  if (d < today()) {
    throw new BadInputError('followUpOn cannot be in the past', { field: 'followUpOn' });
  }
  return d;
};

const referralConsentRequired = (message: string) =>
  new DomainError('CONSENT_REQUIRED', message, { reason: 'REFERRAL_CONSENT' });

const caseClosed = () => new ConflictError('The case is closed', { reason: 'CASE_CLOSED' });

/**
 * The referral protocol (see referral.entity.ts). The case manager plans and sends referrals
 * under the service user's consent and follows them up; the case manager or the target agency
 * records the outcome; the target agency tells the case manager of disengagement. Every change
 * is one transaction that also appends to the referral's history. Inputs come validated and
 * normalised (referral.inputs).
 */
export class ReferralService {
  constructor(
    private readonly uow: UnitOfWork,
    readonly directory: Directory,
    private readonly notifications: NotificationService,
  ) {}

  async create(identity: Identity, input: CreateReferralInput): Promise<Referral> {
    const { caseId, consentId } = input;
    return this.uow.run(async (m) => {
      // FOR SHARE: the case cannot be closed or handed over while the referral is being made.
      const c = await m
        .getRepository(Case)
        .findOne({ where: { id: caseId }, lock: { mode: 'pessimistic_read' } });
      if (!c) throw new NotFoundError('Case', caseId);
      requireCaseManager(identity, c, 'make referrals');
      if (c.status === CaseStatus.CLOSED) throw caseClosed();
      const toAgencyCode = input.toAgencyCode;
      if (!this.directory.agency(toAgencyCode)) {
        throw new BadInputError(`Agency ${toAgencyCode} is not in the directory`, {
          field: 'toAgencyCode',
        });
      }
      if (toAgencyCode === c.leadAgencyCode) {
        throw new BadInputError('A case cannot be referred to its own lead agency', {
          field: 'toAgencyCode',
        });
      }
      const { reason } = input;
      const followUpOn = input.followUpOn == null ? null : followUpDate(input.followUpOn);
      const interimPlan = input.interimPlan ?? null;
      await this.requireReferralConsent(m, consentId, c.serviceUserId, toAgencyCode);

      const now = new Date();
      const referral = m.getRepository(Referral).create({
        id: randomUUID(),
        caseId,
        serviceUserId: c.serviceUserId,
        toAgencyCode,
        reason,
        consentId,
        status: ReferralStatus.PLANNED,
        followUpOn,
        interimPlan,
        createdBy: identity.userId,
        createdAt: now,
        updatedAt: now,
      });
      await m.getRepository(Referral).insert(referral);
      await this.event(m, identity, referral.id, ReferralStatus.PLANNED, null);
      return referral;
    });
  }

  /**
   * Moves a referral along the protocol. Sending is the case manager's; the outcome may be
   * recorded by the case manager or by the target agency, which is the one that knows it.
   */
  async updateStatus(identity: Identity, input: UpdateReferralStatusInput): Promise<Referral> {
    const { referralId } = input;
    const to = input.status;
    return this.uow.run(async (m) => {
      const { referral, c } = await this.load(m, referralId);
      const caseManager = isCaseManagerOf(identity, c);
      if (!caseManager && identity.agencyCode !== referral.toAgencyCode) {
        throw new ForbiddenError(
          'Only the case manager or the agency referred to can change a referral',
          { reason: 'NOT_CASE_MANAGER_OR_TARGET' },
        );
      }
      const from = referral.status;
      if (!REFERRAL_TRANSITIONS[from].includes(to)) {
        throw new InvalidTransitionError('Referral', from, to);
      }
      if (to === ReferralStatus.SENT) {
        requireCaseManager(identity, c, 'send a referral');
        if (c.status === CaseStatus.CLOSED) throw caseClosed();
      }
      const note = input.note ?? null;
      // The guard: of two concurrent changes from the same status, only the first gets a row.
      const changed = returnedRows<{ updated_at: Date }>(
        await m.query(
          `UPDATE referral SET status = $3, updated_at = now() WHERE id = $1 AND status = $2 RETURNING updated_at`,
          [referralId, from, to],
        ),
      );
      if (changed.length !== 1) {
        throw new ConflictError('The referral was changed by someone else; reload and try again', {
          id: referralId,
          reason: 'REFERRAL_CHANGED',
        });
      }
      await this.event(m, identity, referralId, to, note);
      return Object.assign(referral, { status: to, updatedAt: new Date(changed[0]!.updated_at) });
    });
  }

  /** The case manager follows up an open referral and says what supports the wait. */
  async recordFollowUp(identity: Identity, input: RecordReferralFollowUpInput): Promise<Referral> {
    const { referralId } = input;
    return this.uow.run(async (m) => {
      const { referral, c } = await this.load(m, referralId);
      requireCaseManager(identity, c, 'follow up its referrals');
      if (c.status === CaseStatus.CLOSED) throw caseClosed();
      const finished = () =>
        new ConflictError(`The referral is ${referral.status}: there is nothing to follow up`, {
          id: referralId,
          reason: 'REFERRAL_FINISHED',
        });
      if (FINISHED.includes(referral.status)) throw finished();
      const followUpOn = followUpDate(input.followUpOn);
      const interimPlan = input.interimPlan ?? referral.interimPlan;
      // Conditional on still being open: a concurrent COMPLETED or DECLINED wins.
      const changed = returnedRows<{ status: ReferralStatus; updated_at: Date }>(
        await m.query(
          `UPDATE referral SET follow_up_on = $2, interim_plan = $3, updated_at = now()
            WHERE id = $1 AND status NOT IN ('COMPLETED', 'DECLINED') RETURNING status, updated_at`,
          [referralId, followUpOn, interimPlan],
        ),
      );
      if (changed.length !== 1) throw finished();
      const status = changed[0]!.status;
      const note = `Follow-up on ${followUpOn}${input.interimPlan != null ? `; interim plan: ${interimPlan}` : ''}`;
      await this.event(m, identity, referralId, status, note);
      return Object.assign(referral, {
        status,
        followUpOn,
        interimPlan,
        updatedAt: new Date(changed[0]!.updated_at),
      });
    });
  }

  /**
   * The target agency tells the case's current case manager (not whoever made the referral)
   * that the service user disengaged after the referral.
   */
  async reportDisengagement(
    identity: Identity,
    input: ReportDisengagementAfterReferralInput,
  ): Promise<Referral> {
    const { referralId } = input;
    return this.uow.run(async (m) => {
      // FOR SHARE: the status read here stays true until the report is written.
      const { referral, c } = await this.load(m, referralId, true);
      if (identity.agencyCode !== referral.toAgencyCode) {
        throw new ForbiddenError(
          'Only the agency referred to reports disengagement after referral',
          {
            reason: 'NOT_TARGET_AGENCY',
          },
        );
      }
      if (!WITH_TARGET.includes(referral.status)) {
        throw new ConflictError(
          `A ${referral.status} referral is not with your agency: disengagement cannot be reported`,
          { id: referralId, reason: 'REFERRAL_NOT_WITH_TARGET' },
        );
      }
      const { note } = input;
      const agencyName =
        this.directory.agency(referral.toAgencyCode)?.name ?? referral.toAgencyCode;
      await this.notifications.notify(m, {
        caseId: c.id,
        recipientAgencyCode: c.leadAgencyCode,
        recipientUserId: c.caseManagerId,
        kind: NotificationKind.DISENGAGED_AFTER_REFERRAL,
        message: `${agencyName} reports that the service user disengaged after referral: ${note}`,
      });
      await this.event(
        m,
        identity,
        referralId,
        referral.status,
        `Disengaged after referral: ${note}`,
      );
      return referral;
    });
  }

  /**
   * The case manager's worklist: open referrals whose follow-up is due on or before the date,
   * and waiting referrals nobody has set a follow-up for. Soonest first, unscheduled first.
   */
  async awaitingFollowUp(caseIds: string[], date: string): Promise<Referral[]> {
    const ids = [...new Set(caseIds)];
    if (ids.length === 0) return [];
    return this.uow.manager.getRepository(Referral).find({
      where: [
        { caseId: In(ids), status: Not(In([...FINISHED])), followUpOn: LessThanOrEqual(date) },
        { caseId: In(ids), status: ReferralStatus.WAITING, followUpOn: IsNull() },
      ],
      order: { followUpOn: { direction: 'ASC', nulls: 'FIRST' }, createdAt: 'ASC', id: 'ASC' },
    });
  }

  /**
   * The consent must be the service user's, name the target agency, be active now and be for a
   * purpose that covers passing them on. Read FOR SHARE: a withdrawal waits for this transaction,
   * so no referral is made under a consent withdrawn meanwhile.
   */
  private async requireReferralConsent(
    m: EntityManager,
    consentId: string,
    serviceUserId: string,
    toAgencyCode: string,
  ): Promise<void> {
    const consent = await m
      .getRepository(Consent)
      .findOne({ where: { id: consentId }, lock: { mode: 'pessimistic_read' } });
    if (!consent || consent.serviceUserId !== serviceUserId) {
      throw referralConsentRequired("The consent was not found among this service user's consents");
    }
    if (consent.recipientAgencyCode !== toAgencyCode) {
      throw referralConsentRequired(
        `The consent names ${consent.recipientAgencyCode}, not ${toAgencyCode}, as recipient`,
      );
    }
    if (!consentInForceAt(consent, new Date())) {
      throw referralConsentRequired(
        'The consent is not in force: withdrawn, expired or not yet valid',
      );
    }
    if (!REFERRAL_PURPOSES.includes(consent.purpose)) {
      throw referralConsentRequired(
        `A consent for ${consent.purpose} does not cover a referral; it must be for REFERRAL or CARE_COORDINATION`,
      );
    }
  }

  private async load(m: EntityManager, referralId: string, lock = false) {
    const referral = await m.getRepository(Referral).findOne({
      where: { id: referralId },
      ...(lock ? { lock: { mode: 'pessimistic_read' as const } } : {}),
    });
    if (!referral) throw new NotFoundError('Referral', referralId);
    const c = (await m.getRepository(Case).findOneBy({ id: referral.caseId }))!;
    return { referral, c };
  }

  private async event(
    m: EntityManager,
    identity: Identity,
    referralId: string,
    status: ReferralStatus,
    note: string | null,
  ): Promise<void> {
    await m.getRepository(ReferralEvent).insert({
      id: randomUUID(),
      referralId,
      status,
      note,
      byUser: identity.userId,
      byAgencyCode: identity.agencyCode,
      at: new Date(),
    });
  }
}
