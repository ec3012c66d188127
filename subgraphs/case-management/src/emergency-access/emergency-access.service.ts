import { randomUUID } from 'node:crypto';
import { Not } from 'typeorm';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  allowsEmergencyAccess,
  returnedRows,
  type CursorKey,
  type Directory,
  type Identity,
  type UnitOfWork,
} from '@icp/shared';
import { Case, CaseStatus } from '../case/case.entity';
import type { NotificationService } from '../notification/notification.service';
import type { ServiceUserService } from '../case/service-user.service';
import { inInstantOrder } from '../kernel/keyset';
import { EmergencyAccess, EmergencyAccessFlag } from './emergency-access.entity';
import {
  DEFAULT_EMERGENCY_MINUTES,
  type AcknowledgeEmergencyAccessFlagInput,
  type ReviewEmergencyAccessInput,
  type StartEmergencyAccessInput,
} from './emergency-access.inputs';
import {
  REVIEW_WORKING_DAYS,
  SECOND_PERSON_WINDOW_HOURS,
  isOverseer,
} from './emergency-access-rules';

/** Lists of accesses page by when they began, then id (ADR 0045). */
const LATEST_FIRST = { column: 'ea.started_at', id: 'ea.id', descending: true };
const OLDEST_FIRST = { column: 'ea.started_at', id: 'ea.id' };

/** Staff who may break the glass: people who work directly with service users. */
const MAY_BREAK_GLASS = ['KEY_WORKER', 'CASE_MANAGER', 'SUPERVISOR'] as const;
/** Staff of the lead agency who review it. */
const MAY_REVIEW = ['CASE_MANAGER', 'SUPERVISOR'] as const;

/**
 * Emergency ("break-glass") access: a named user reads beyond consent for a limited time, for a
 * reason they give. The decision service grants every category to that user alone while it is in
 * force; enforcement audits those reads as BREAK_GLASS; the case manager is notified in the same
 * transaction, and the lead agency reviews each access.
 *
 * Bounded (ADR 0027): only staff of agencies whose directory entry allows it (by default the
 * health and care kinds) open one, with a coded reason; a user's second person within 24 hours
 * is flagged to the rehabilitation co-ordinators, and so is an access not reviewed within 5
 * working days (emergencyAccessesForCoordinator).
 *
 * Inputs come validated and normalised (emergency-access.inputs): the reason code is one of the
 * list, the reason says what the emergency is, the minutes are in range.
 */
export class EmergencyAccessService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly serviceUsers: ServiceUserService,
    private readonly notifications: NotificationService,
    private readonly directory: Directory,
  ) {}

  async start(identity: Identity, input: StartEmergencyAccessInput): Promise<EmergencyAccess> {
    const { serviceUserId, reason, reasonCode } = input;
    const minutes = input.minutes ?? DEFAULT_EMERGENCY_MINUTES;
    if (!identity.roles.some((r) => (MAY_BREAK_GLASS as readonly string[]).includes(r))) {
      throw new ForbiddenError(
        'Emergency access needs the key worker, case manager or supervisor role',
      );
    }
    // Before anything about the person is looked up: a refused agency learns nothing of them.
    const agency = this.directory.agency(identity.agencyCode);
    if (!agency || !allowsEmergencyAccess(agency)) {
      throw new ForbiddenError(
        'Emergency access is not open to your agency: its directory entry does not allow it',
        { reason: 'AGENCY_NOT_ALLOWED' },
      );
    }
    const holder = await this.serviceUsers.holderAgencyCode(serviceUserId);
    if (!holder) throw new NotFoundError('ServiceUser', serviceUserId);
    if (holder === identity.agencyCode) {
      throw new ConflictError(
        'Your agency holds this record and reads it without emergency access',
        {
          reason: 'HOLDER',
        },
      );
    }
    return this.uow.run(async (m) => {
      // One user's accesses are opened one at a time, so that two at once to two people still
      // see each other and the second is flagged.
      await m.query(`SELECT pg_advisory_xact_lock(hashtext($1))`, [
        `emergency_access:${identity.agencyCode}:${identity.userId}`,
      ]);
      const open: { id: string }[] = await m.query(
        `SELECT id FROM emergency_access
          WHERE service_user_id = $1 AND agency_code = $2 AND user_id = $3
            AND ended_at IS NULL AND ends_at > now()
          FOR UPDATE`,
        [serviceUserId, identity.agencyCode, identity.userId],
      );
      if (open.length > 0) {
        throw new ConflictError('You already have emergency access to this service user', {
          id: open[0]!.id,
          reason: 'ALREADY_OPEN',
        });
      }
      const openCase = await m
        .getRepository(Case)
        .findOneBy({ serviceUserId, status: Not(CaseStatus.CLOSED) });
      const startedAt = new Date();
      const others: unknown[] = await m.query(
        `SELECT 1 FROM emergency_access
          WHERE agency_code = $1 AND user_id = $2 AND service_user_id <> $3 AND started_at > $4
          LIMIT 1`,
        [
          identity.agencyCode,
          identity.userId,
          serviceUserId,
          new Date(startedAt.getTime() - SECOND_PERSON_WINDOW_HOURS * 3_600_000),
        ],
      );
      const flagged = others.length > 0;
      const access = m.getRepository(EmergencyAccess).create({
        id: randomUUID(),
        serviceUserId,
        caseId: openCase?.id ?? null,
        userId: identity.userId,
        agencyCode: identity.agencyCode,
        reason,
        reasonCode,
        startedAt,
        endsAt: new Date(startedAt.getTime() + minutes * 60_000),
        endedAt: null,
        reviewOutcome: null,
        reviewNote: null,
        reviewedBy: null,
        reviewedByAgencyCode: null,
        reviewedAt: null,
        flag: flagged ? EmergencyAccessFlag.SECOND_PERSON_WITHIN_24_HOURS : null,
        flaggedAt: flagged ? startedAt : null,
        flagAcknowledgedAt: null,
        flagAcknowledgedBy: null,
        flagAcknowledgedByAgencyCode: null,
        flagNote: null,
      });
      await m.getRepository(EmergencyAccess).insert(access);
      if (openCase) {
        await this.notifications.notify(m, {
          caseId: openCase.id,
          recipientAgencyCode: openCase.leadAgencyCode,
          recipientUserId: openCase.caseManagerId,
          kind: 'EMERGENCY_ACCESS',
          message:
            `${identity.userId} of ${identity.agencyCode} opened emergency access (${reasonCode}) ` +
            `for ${minutes} minutes: ${reason}. Review it within ${REVIEW_WORKING_DAYS} working ` +
            `days in emergencyAccessesToReview.`,
        });
      }
      return access;
    });
  }

  /** The user who opened it ends it early; so may the lead agency's reviewer. */
  async end(identity: Identity, id: string): Promise<EmergencyAccess> {
    const access = await this.find(id);
    const own = access.userId === identity.userId && access.agencyCode === identity.agencyCode;
    if (!own && !(await this.mayReview(identity, access))) {
      throw new ForbiddenError('Only its user or the lead agency ends an emergency access');
    }
    const rows = returnedRows<{ ended_at: Date }>(
      await this.uow.manager.query(
        `UPDATE emergency_access SET ended_at = now()
          WHERE id = $1 AND ended_at IS NULL AND ends_at > now() RETURNING ended_at`,
        [access.id],
      ),
    );
    if (rows.length !== 1) {
      throw new ConflictError('This emergency access has already ended', {
        id: access.id,
        reason: 'ENDED',
      });
    }
    return Object.assign(access, { endedAt: new Date(rows[0]!.ended_at) });
  }

  /** The lead agency's case manager or supervisor reviews each access once. */
  async review(identity: Identity, input: ReviewEmergencyAccessInput): Promise<EmergencyAccess> {
    const access = await this.find(input.id);
    const { note } = input;
    if (!(await this.mayReview(identity, access))) {
      throw new ForbiddenError(
        "Emergency access is reviewed by the case manager or a supervisor of the service user's lead agency",
      );
    }
    const rows = returnedRows<{ reviewed_at: Date }>(
      await this.uow.manager.query(
        `UPDATE emergency_access
            SET review_outcome = $2, review_note = $3, reviewed_by = $4, reviewed_by_agency = $5,
                reviewed_at = now()
          WHERE id = $1 AND reviewed_at IS NULL RETURNING reviewed_at`,
        [access.id, input.outcome, note, identity.userId, identity.agencyCode],
      ),
    );
    if (rows.length !== 1) {
      throw new ConflictError('This emergency access is already reviewed', {
        id: access.id,
        reason: 'REVIEWED',
      });
    }
    return Object.assign(access, {
      reviewOutcome: input.outcome,
      reviewNote: note,
      reviewedBy: identity.userId,
      reviewedByAgencyCode: identity.agencyCode,
      reviewedAt: new Date(rows[0]!.reviewed_at),
    });
  }

  /**
   * Accesses not yet reviewed, to service users whose records the caller's agency holds, latest
   * first: up to `limit` after the cursor key `after`.
   */
  async toReview(
    identity: Identity,
    after: CursorKey | null,
    limit: number,
  ): Promise<EmergencyAccess[]> {
    const qb = this.uow.manager
      .getRepository(EmergencyAccess)
      .createQueryBuilder('ea')
      .innerJoin('service_user', 'su', 'su.id = ea.service_user_id')
      .where('ea.reviewed_at IS NULL')
      .andWhere(
        `COALESCE((SELECT c.lead_agency_code FROM care_case c
                    WHERE c.service_user_id = ea.service_user_id AND c.status <> 'CLOSED'),
                  su.registered_by_agency) = :agency`,
        { agency: identity.agencyCode },
      );
    return inInstantOrder(qb, LATEST_FIRST, after, limit).getMany();
  }

  /**
   * For the rehabilitation co-ordinators: the candidates for their list (accesses flagged and not
   * yet acknowledged, and those perhaps not reviewed within REVIEW_WORKING_DAYS working days),
   * oldest first, up to `limit` after the cursor key `after`. The caller keeps those
   * `isOnCoordinatorList` says are on it: SQL only bounds the working-day rule (5 working days
   * are never fewer than 4 whole days, whatever the clock change).
   */
  async forCoordinator(
    identity: Identity,
    after: CursorKey | null,
    limit: number,
    now = new Date(),
  ): Promise<EmergencyAccess[]> {
    requireOverseer(identity);
    const qb = this.uow.manager
      .getRepository(EmergencyAccess)
      .createQueryBuilder('ea')
      .where(
        `((ea.flag IS NOT NULL AND ea.flag_acknowledged_at IS NULL)
          OR (ea.reviewed_at IS NULL AND ea.started_at < :before))`,
        { before: new Date(now.getTime() - 4 * 86_400_000) },
      );
    return inInstantOrder(qb, OLDEST_FIRST, after, limit).getMany();
  }

  /**
   * A rehabilitation co-ordinator records what they did about a flag, once; the access then
   * leaves their list (unless its review is also overdue). An access that was never flagged is
   * not theirs to see: NOT_FOUND, as for no access at all.
   */
  async acknowledgeFlag(
    identity: Identity,
    input: AcknowledgeEmergencyAccessFlagInput,
  ): Promise<EmergencyAccess> {
    requireOverseer(identity);
    const access = await this.find(input.id);
    if (access.flag === null) throw new NotFoundError('EmergencyAccess', input.id);
    const rows = returnedRows<{ flag_acknowledged_at: Date }>(
      await this.uow.manager.query(
        `UPDATE emergency_access
            SET flag_acknowledged_at = now(), flag_acknowledged_by = $2,
                flag_acknowledged_by_agency = $3, flag_note = $4
          WHERE id = $1 AND flag IS NOT NULL AND flag_acknowledged_at IS NULL
          RETURNING flag_acknowledged_at`,
        [access.id, identity.userId, identity.agencyCode, input.note],
      ),
    );
    if (rows.length !== 1) {
      throw new ConflictError('This flag is already acknowledged', {
        id: access.id,
        reason: 'ACKNOWLEDGED',
      });
    }
    return Object.assign(access, {
      flagAcknowledgedAt: new Date(rows[0]!.flag_acknowledged_at),
      flagAcknowledgedBy: identity.userId,
      flagAcknowledgedByAgencyCode: identity.agencyCode,
      flagNote: input.note,
    });
  }

  /** Emergency accesses to one service user, newest first, up to `limit` after `after`. */
  forServiceUser(
    serviceUserId: string,
    after: CursorKey | null,
    limit: number,
  ): Promise<EmergencyAccess[]> {
    const qb = this.uow.manager
      .getRepository(EmergencyAccess)
      .createQueryBuilder('ea')
      .where('ea.service_user_id = :serviceUserId', { serviceUserId });
    return inInstantOrder(qb, LATEST_FIRST, after, limit).getMany();
  }

  private async find(id: string): Promise<EmergencyAccess> {
    const access = await this.uow.manager.getRepository(EmergencyAccess).findOneBy({ id });
    if (!access) throw new NotFoundError('EmergencyAccess', id);
    return access;
  }

  private async mayReview(identity: Identity, access: EmergencyAccess): Promise<boolean> {
    const holder = await this.serviceUsers.holderAgencyCode(access.serviceUserId);
    return (
      holder === identity.agencyCode &&
      identity.roles.some((r) => (MAY_REVIEW as readonly string[]).includes(r))
    );
  }
}

function requireOverseer(identity: Identity): void {
  if (!isOverseer(identity)) {
    throw new ForbiddenError(
      'Only rehabilitation co-ordinators oversee emergency accesses across agencies',
      { reason: 'NOT_COORDINATOR' },
    );
  }
}
