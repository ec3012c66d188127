import { In, IsNull, LessThan, Between, Not } from 'typeorm';
import {
  AgencyCallError,
  ForbiddenError,
  addDays,
  today,
  type Identity,
  type Logger,
  type UnitOfWork,
} from '@icp/shared';
import { CarePlan } from '../care-plan/care-plan.entity';
import { PlanAction } from '../care-plan/plan-action.entity';
import type { Referral } from '../referral/referral.entity';
import type { ReferralService } from '../referral/referral.service';
import { Case, CaseStatus } from '../case/case.entity';
import { CaseTransfer, TransferStatus } from '../case/case-history.entity';
import { ServiceDeliveryChange } from '../service-delivery-change/service-delivery-change.entity';
import { Meeting, MeetingStatus } from '../meeting/meeting.entity';
import { GapBlock, GapBlockStatus } from '../gaps-and-blocks/gap-block.entity';
import type { AgencyStaff } from '../agency/agency-staff';
import { lateMeetingOutcomes } from '../meeting/meeting.service';
import { EmergencyAccess } from '../emergency-access/emergency-access.entity';
import { CaseManagerWorklist } from './worklist.type';

/**
 * The sections of a case manager's worklist, each read on its own over the open cases they hold
 * (a caseload: every section is bounded by it, so each is read whole and paged in memory).
 */
export class WorklistService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly referrals: ReferralService,
    /** Each agency's own answer to whether the key workers actions name are still its staff. */
    private readonly staff: AgencyStaff,
    private readonly logger: Logger,
  ) {}

  /** The worklist of a case manager; FORBIDDEN for anyone without the role. */
  forCaseManager(identity: Identity, dueWithinDays: number): CaseManagerWorklist {
    if (!identity.roles.includes('CASE_MANAGER'))
      throw new ForbiddenError('The worklist is for case managers');
    const caseIds = this.uow.manager
      .getRepository(Case)
      .find({
        where: {
          leadAgencyCode: identity.agencyCode,
          caseManagerId: identity.userId,
          status: In([CaseStatus.ACTIVE, CaseStatus.REFERRED]),
        },
        select: { id: true },
      })
      .then((cases) => cases.map((c) => c.id));
    // Answered by the first section asked for; a failure belongs to that section.
    caseIds.catch(() => undefined);
    return Object.assign(new CaseManagerWorklist(), {
      identity,
      today: today(),
      dueWithinDays,
      caseIds,
    });
  }

  async overdueReviews(w: CaseManagerWorklist): Promise<CarePlan[]> {
    const caseIds = await w.caseIds;
    if (caseIds.length === 0) return [];
    return this.uow.manager.getRepository(CarePlan).find({
      where: { caseId: In(caseIds), nextReviewOn: LessThan(w.today) },
    });
  }

  async reviewsDueSoon(w: CaseManagerWorklist): Promise<CarePlan[]> {
    const caseIds = await w.caseIds;
    if (caseIds.length === 0) return [];
    return this.uow.manager.getRepository(CarePlan).find({
      where: {
        caseId: In(caseIds),
        nextReviewOn: Between(w.today, addDays(w.today, w.dueWithinDays)),
      },
    });
  }

  async overdueActions(w: CaseManagerWorklist): Promise<PlanAction[]> {
    const caseIds = await w.caseIds;
    if (caseIds.length === 0) return [];
    return this.uow.manager
      .getRepository(PlanAction)
      .find({ where: { caseId: In(caseIds), dueOn: LessThan(w.today) } });
  }

  async referralsAwaitingFollowUp(w: CaseManagerWorklist): Promise<Referral[]> {
    return this.referrals.awaitingFollowUp(await w.caseIds, w.today);
  }

  /** Transfers offered to the caller: of cases they do not hold (yet). */
  transfersAwaitingAcceptance(w: CaseManagerWorklist): Promise<CaseTransfer[]> {
    return this.uow.manager.getRepository(CaseTransfer).find({
      where: {
        toAgencyCode: w.identity.agencyCode,
        toCaseManagerId: w.identity.userId,
        status: TransferStatus.REQUESTED,
      },
    });
  }

  async serviceDeliveryChanges(w: CaseManagerWorklist): Promise<ServiceDeliveryChange[]> {
    const caseIds = await w.caseIds;
    if (caseIds.length === 0) return [];
    return this.uow.manager.getRepository(ServiceDeliveryChange).find({
      where: { caseId: In(caseIds), acknowledgedAt: IsNull() },
    });
  }

  async lateMeetingOutcomes(w: CaseManagerWorklist): Promise<Meeting[]> {
    return lateMeetingOutcomes(this.uow.manager, await w.caseIds);
  }

  async emergencyAccessesToReview(w: CaseManagerWorklist): Promise<EmergencyAccess[]> {
    const caseIds = await w.caseIds;
    if (caseIds.length === 0) return [];
    return this.uow.manager.getRepository(EmergencyAccess).find({
      where: { caseId: In(caseIds), reviewedAt: IsNull() },
    });
  }

  async upcomingMeetings(w: CaseManagerWorklist): Promise<Meeting[]> {
    const caseIds = await w.caseIds;
    if (caseIds.length === 0) return [];
    return this.uow.manager
      .getRepository(Meeting)
      .createQueryBuilder('mt')
      .where({ caseId: In(caseIds), status: MeetingStatus.SCHEDULED })
      .andWhere('mt.scheduled_for >= :from AND mt.scheduled_for < :until', {
        from: new Date(),
        until: new Date(`${addDays(w.today, w.dueWithinDays + 1)}T00:00:00Z`),
      })
      .getMany();
  }

  async openGapsAndBlocks(w: CaseManagerWorklist): Promise<GapBlock[]> {
    const caseIds = await w.caseIds;
    if (caseIds.length === 0) return [];
    return this.uow.manager.getRepository(GapBlock).find({
      where: { caseId: In(caseIds), status: GapBlockStatus.OPEN },
    });
  }

  /**
   * The actions of the cases whose named key worker is not active staff of the responsible
   * agency, as each agency's own server says (one call per agency, in parallel). An agency that
   * cannot be asked (within 3 s) is skipped and logged: the worklist still answers without it.
   */
  async actionsToReassign(w: CaseManagerWorklist): Promise<PlanAction[]> {
    const caseIds = await w.caseIds;
    if (caseIds.length === 0) return [];
    const named = await this.uow.manager.getRepository(PlanAction).find({
      where: { caseId: In(caseIds), keyWorkerId: Not(IsNull()) },
    });
    const byAgency = new Map<string, PlanAction[]>();
    for (const a of named) {
      byAgency.set(a.responsibleAgencyCode, [...(byAgency.get(a.responsibleAgencyCode) ?? []), a]);
    }
    const inactive = new Set<PlanAction>();
    await Promise.all(
      [...byAgency].map(async ([agencyCode, actions]) => {
        try {
          const standing = await this.staff.standing(
            w.identity,
            agencyCode,
            actions.map((a) => a.keyWorkerId!),
          );
          for (const a of actions) if (!standing.get(a.keyWorkerId!)?.active) inactive.add(a);
        } catch (error) {
          if (!(error instanceof AgencyCallError)) throw error;
          this.logger.warn(
            { agency: agencyCode, reason: error.message },
            'worklist: could not ask an agency about its staff',
          );
        }
      }),
    );
    return named.filter((a) => inactive.has(a));
  }
}
