import { In, Not } from 'typeorm';
import {
  ForbiddenError,
  NotFoundError,
  compareKeys,
  daysBetween,
  today,
  type Identity,
  type OnBehalfOf,
  type UnitOfWork,
  type UpcomingInvitationDto,
} from '@icp/shared';
import type { CaseManagementClient } from '../case-management/case-management-client';
import {
  AttendanceRequestStatus,
  MeetingAttendanceRequest,
  MeetingReport,
} from '../meeting/meeting-work.entity';
import { pendingRequestsToDecide } from '../meeting/attendance-to-decide';
import { ActionDelivery } from '../delivery/action-delivery.entity';
import { CLOSED_STATUSES } from '../delivery/delivery-transitions';
import { ServiceUserRef } from '../federation/service-user.ref';
import type { KeyWorkerAssignmentService } from '../key-worker/key-worker-assignment.service';
import { assertOwnStaff } from '../key-worker/staff-access';
import type { AgencyLoaders } from '../kernel/context';
import { AttentionItem, AttentionKind, Caseload, CaseloadAction } from './caseload.type';
import { actionKey, attentionKey } from './caseload.keys';

/** Most requests to decide one attention list holds (the full list: attendanceRequestsToDecide). */
const MAX_REQUESTS_TO_DECIDE = 500;

/** A key worker's caseload, from this agency's own records and the plan's due dates. */
export class CaseloadService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly agencyCode: string,
    private readonly assignments: KeyWorkerAssignmentService,
    private readonly caseManagement: CaseManagementClient,
  ) {}

  /**
   * The caller's own caseload, or (for a supervisor) that of any key worker of the agency.
   *
   * Open actions are the deliveries stored here that name the key worker: an action the agency
   * has never touched is known only to case-management, which lists actions by id and not by
   * agency, so it cannot appear until someone accepts it or assigns it a key worker. Actions
   * case-management no longer confirms as this agency's (removed from the plan, or reassigned)
   * are left out.
   */
  async forKeyWorker(
    identity: Identity,
    behalf: OnBehalfOf,
    loaders: Pick<AgencyLoaders, 'keyWorkerById' | 'assignedAction'>,
    keyWorkerIdArg: string | null,
  ): Promise<Caseload> {
    assertOwnStaff(identity, this.agencyCode, 'Reading a caseload');
    const keyWorkerId = keyWorkerIdArg || identity.userId;
    if (keyWorkerId !== identity.userId && !identity.roles.includes('SUPERVISOR')) {
      throw new ForbiddenError("Only a supervisor reads another key worker's caseload");
    }
    const keyWorker = await loaders.keyWorkerById.load(keyWorkerId);
    if (!keyWorker) throw new NotFoundError('KeyWorker', keyWorkerId);

    const [members, deliveries] = await Promise.all([
      this.assignments.serviceUsersOf(keyWorkerId),
      this.uow.manager.getRepository(ActionDelivery).find({
        where: { keyWorkerId, status: Not(In([...CLOSED_STATUSES])) },
        order: { actionId: 'ASC' },
      }),
    ]);
    const actions = await Promise.all(
      deliveries.map((d) => loaders.assignedAction.load(d.actionId)),
    );
    const now = today();
    const openActions: CaseloadAction[] = [];
    deliveries.forEach((d, i) => {
      const action = actions[i];
      if (!action) return;
      Object.assign(d, { agencyCode: this.agencyCode });
      openActions.push(
        Object.assign(new CaseloadAction(), {
          actionId: d.actionId,
          serviceUserId: d.serviceUserId,
          serviceUser: ServiceUserRef.of(d.serviceUserId),
          description: action.description,
          dueOn: action.dueOn,
          overdue: action.dueOn !== null && action.dueOn < now,
          delivery: d,
        }),
      );
    });
    // Soonest due first; actions without a due date last (the order the caseload pages them in).
    openActions.sort((a, b) => compareKeys(actionKey(a), actionKey(b)));
    const attention = openActions
      .filter((a) => a.overdue)
      .map((a) =>
        Object.assign(new AttentionItem(), {
          kind: AttentionKind.OVERDUE_ACTION,
          actionId: a.actionId,
          attendanceRequestId: null,
          serviceUserId: a.serviceUserId,
          serviceUser: a.serviceUser,
          description: a.description,
          dueOn: a.dueOn,
          daysOverdue: daysBetween(a.dueOn!, now),
        }),
      );
    const meetings = await this.meetingItems(
      behalf,
      loaders,
      keyWorkerId,
      new Set(members.map((m) => m.serviceUserId)),
    );
    return Object.assign(new Caseload(), {
      keyWorker,
      members,
      actions: openActions,
      attentionItems: [...attention, ...meetings.items],
      meetingItemsComplete: meetings.complete,
    });
  }

  /**
   * Meetings needing the key worker: coming invitations (to them by name, or about their service
   * users) not yet answered, written reports due where their permission to attend was refused,
   * and the requests to attend of the key workers they supervise, waiting for their decision.
   * Without case-management the caseload still answers, saying the meeting items are incomplete.
   */
  private async meetingItems(
    behalf: OnBehalfOf,
    loaders: Pick<AgencyLoaders, 'keyWorkerById'>,
    keyWorkerId: string,
    serviceUserIds: ReadonlySet<string>,
  ): Promise<{ items: AttentionItem[]; complete: boolean }> {
    let invitations: UpcomingInvitationDto[];
    try {
      invitations = await this.caseManagement.upcomingInvitations(behalf);
    } catch {
      return { items: [], complete: false };
    }
    const [own, toDecide] = await Promise.all([
      this.ownMeetingItems(invitations, keyWorkerId, serviceUserIds),
      this.requestsToDecide(invitations, keyWorkerId, loaders),
    ]);
    const items = [...own, ...toDecide];
    items.sort((a, b) => compareKeys(attentionKey(a), attentionKey(b)));
    return { items, complete: true };
  }

  /**
   * The PENDING requests to attend of the key workers the staff list names `keyWorkerId` as
   * supervisor of, for the agency's coming invitations: one item each.
   */
  private async requestsToDecide(
    invitations: readonly UpcomingInvitationDto[],
    keyWorkerId: string,
    loaders: Pick<AgencyLoaders, 'keyWorkerById'>,
  ): Promise<AttentionItem[]> {
    const pending = await pendingRequestsToDecide(
      this.uow.manager,
      keyWorkerId,
      new Map(invitations.map((i) => [i.meetingId, i])),
      null,
      MAX_REQUESTS_TO_DECIDE,
    );
    const askers = await Promise.all(
      pending.map((p) => loaders.keyWorkerById.load(p.request.keyWorkerId)),
    );
    return pending.map((p, n) =>
      Object.assign(new AttentionItem(), {
        kind: AttentionKind.ATTENDANCE_REQUEST_TO_DECIDE,
        actionId: null,
        meetingId: p.request.meetingId,
        meetingAt: p.meetingAt,
        attendanceRequestId: p.request.id,
        serviceUserId: p.serviceUserId,
        serviceUser: ServiceUserRef.of(p.serviceUserId),
        description: `Decide whether ${askers[n]?.name ?? 'a key worker you supervise'} may attend the ${meetingWords(p.meetingReason)} meeting`,
        dueOn: p.meetingAt.toISOString().slice(0, 10),
        daysOverdue: null,
      }),
    );
  }

  /** The key worker's own meeting items: invitations to answer, written reports due. */
  private async ownMeetingItems(
    invitations: readonly UpcomingInvitationDto[],
    keyWorkerId: string,
    serviceUserIds: ReadonlySet<string>,
  ): Promise<AttentionItem[]> {
    const mine = invitations.filter(
      (i) =>
        i.keyWorkerId === keyWorkerId ||
        (i.keyWorkerId === null && serviceUserIds.has(i.serviceUserId)),
    );
    if (mine.length === 0) return [];
    const ids = mine.map((i) => i.meetingId);
    const [refused, reports] = await Promise.all([
      this.uow.manager.getRepository(MeetingAttendanceRequest).findBy({
        meetingId: In(ids),
        keyWorkerId,
        status: AttendanceRequestStatus.REFUSED,
      }),
      this.uow.manager.getRepository(MeetingReport).findBy({ meetingId: In(ids) }),
    ]);
    const refusedFor = new Set(refused.map((r) => r.meetingId));
    const reported = new Set(reports.map((r) => r.meetingId));
    const items: AttentionItem[] = [];
    for (const i of mine) {
      const base = {
        actionId: null,
        attendanceRequestId: null,
        meetingId: i.meetingId,
        meetingAt: new Date(i.scheduledFor),
        serviceUserId: i.serviceUserId,
        serviceUser: ServiceUserRef.of(i.serviceUserId),
        dueOn: i.scheduledFor.slice(0, 10),
        daysOverdue: null,
      };
      if (refusedFor.has(i.meetingId) && !reported.has(i.meetingId)) {
        items.push(
          Object.assign(new AttentionItem(), base, {
            kind: AttentionKind.WRITTEN_REPORT_DUE,
            description: `Send your written report for the ${meetingWords(i.reason)} meeting`,
          }),
        );
      } else if (i.response === 'PENDING' && !refusedFor.has(i.meetingId)) {
        items.push(
          Object.assign(new AttentionItem(), base, {
            kind: AttentionKind.MEETING_INVITATION,
            description: `Answer the invitation to the ${meetingWords(i.reason)} meeting`,
          }),
        );
      }
    }
    return items;
  }
}

/** A meeting's reason in words: "REVIEW" → "review". */
const meetingWords = (reason: string): string => reason.toLowerCase().replace(/_/g, ' ');
