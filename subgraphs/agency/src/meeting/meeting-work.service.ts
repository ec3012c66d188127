import { randomUUID } from 'node:crypto';
import {
  BadInputError,
  ConflictError,
  DomainError,
  ForbiddenError,
  MEETING_INVITATIONS_PATH,
  MEETING_RESPONSES_PATH,
  NotFoundError,
  afterKey,
  pageFromRows,
  postToCaseManagement,
  returnedRows,
  type Identity,
  type InvitedMeetingDto,
  type MeetingInvitationsResponseDto,
  type MeetingResponseDto,
  type OnBehalfOf,
  type Page,
  type ServiceCredentials,
  type UnitOfWork,
  type UpcomingInvitationDto,
} from '@icp/shared';
import type { CaseManagementClient } from '../case-management/case-management-client';
import { assertOwnStaff } from '../key-worker/staff-access';
import type { KeyWorker } from '../key-worker/key-worker.entity';
import type { KeyWorkerService } from '../key-worker/key-worker.service';
import {
  AttendanceRequestStatus,
  MeetingAttendanceRequest,
  MeetingReport,
  MeetingSubstitute,
} from './meeting-work.entity';
import {
  pendingRequestsToDecide,
  toDecideKey,
  type AttendanceRequestToDecide,
} from './attendance-to-decide';
import { MAX_TEXT } from './meeting-work.args';

/** What the caller's agency did towards one meeting. */
export interface MeetingWork {
  meetingId: string;
  serviceUserId: string;
  requests: MeetingAttendanceRequest[];
  report: MeetingReport | null;
  substitute: MeetingSubstitute | null;
}

/**
 * This agency's part of interagency care plan meetings ("Attending Case Meetings"): key workers
 * ask their supervisor's permission to attend; one who cannot attends by a written report to the
 * case manager followed up by phone; or the agency sends a substitute with a handover.
 *
 * Whether the agency is invited is asked of case-management each time. Whatever changes what the
 * case manager sees is told to case-management first and kept here only once it was received,
 * so that an unreachable case-management leaves nothing half-done.
 *
 * Inputs come validated and normalised (meeting-work.args): ids checked, text trimmed, blank
 * optional text as null.
 */
export class MeetingWorkService {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly agencyCode: string,
    private readonly creds: ServiceCredentials,
    private readonly keyWorkers: KeyWorkerService,
    private readonly caseManagement: CaseManagementClient,
  ) {}

  /**
   * The meeting, if this agency is invited to it; FORBIDDEN otherwise. CONFLICT once it is
   * finalised or cancelled, unless `allowFinalised` (reading what was done).
   */
  async requireInvited(
    behalf: OnBehalfOf,
    meetingId: string,
    { allowFinalised = false }: { allowFinalised?: boolean } = {},
  ): Promise<InvitedMeetingDto> {
    let answer: MeetingInvitationsResponseDto;
    try {
      answer = await postToCaseManagement<MeetingInvitationsResponseDto>(
        this.creds,
        MEETING_INVITATIONS_PATH,
        { meetingIds: [meetingId] },
        behalf,
      );
    } catch {
      throw new DomainError(
        'SERVICE_UNAVAILABLE',
        'Case-management could not confirm the invitation; nothing was recorded, try again',
      );
    }
    const meeting = answer.meetings.find((m) => m.meetingId === meetingId);
    if (!meeting) {
      throw new ForbiddenError('Your agency is not invited to this meeting', {
        reason: 'NOT_INVITED_AGENCY',
      });
    }
    if (!allowFinalised && meeting.status === 'FINALISED') {
      throw new ConflictError('The meeting is finalised', { reason: 'MEETING_FINALISED' });
    }
    if (!allowFinalised && meeting.status === 'CANCELLED') {
      throw new ConflictError('The meeting was cancelled', { reason: 'MEETING_CANCELLED' });
    }
    return meeting;
  }

  private async tell(behalf: OnBehalfOf, dto: MeetingResponseDto): Promise<void> {
    try {
      await postToCaseManagement(this.creds, MEETING_RESPONSES_PATH, dto, behalf);
    } catch {
      throw new DomainError(
        'SERVICE_UNAVAILABLE',
        'Case-management could not be told; nothing was recorded, try again',
      );
    }
  }

  private async keyWorker(id: string): Promise<KeyWorker | null> {
    return this.keyWorkers.byId(id);
  }

  async requestAttendance(
    identity: Identity,
    behalf: OnBehalfOf,
    meetingId: string,
    note: string | null = null,
  ): Promise<MeetingAttendanceRequest> {
    assertOwnStaff(identity, this.agencyCode, 'Asking permission to attend a meeting');
    if (!(await this.keyWorker(identity.userId))) {
      throw new ForbiddenError('Only a key worker on the staff list asks to attend');
    }
    const meeting = await this.requireInvited(behalf, meetingId);
    const request = this.uow.manager.getRepository(MeetingAttendanceRequest).create({
      id: randomUUID(),
      meetingId: meeting.meetingId,
      serviceUserId: meeting.serviceUserId,
      keyWorkerId: identity.userId,
      note,
      status: AttendanceRequestStatus.PENDING,
      requestedAt: new Date(),
      decidedBy: null,
      decidedAt: null,
      refusalReason: null,
    });
    const rows = returnedRows<{ id: string }>(
      await this.uow.manager.query(
        `INSERT INTO meeting_attendance_request
         (id, meeting_id, service_user_id, key_worker_id, note, status, requested_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (meeting_id, key_worker_id) WHERE status <> 'REFUSED' DO NOTHING
       RETURNING id`,
        [
          request.id,
          request.meetingId,
          request.serviceUserId,
          request.keyWorkerId,
          request.note,
          request.status,
          request.requestedAt,
        ],
      ),
    );
    if (rows.length !== 1) {
      throw new ConflictError('You have already asked to attend this meeting', {
        reason: 'ALREADY_REQUESTED',
      });
    }
    return request;
  }

  /**
   * The pending requests of the key workers the caller supervises (their staff record names the
   * caller as supervisor, as decideAttendance checks), for the coming meetings the agency is
   * invited to: those it can still decide. Soonest meeting first, then the oldest request; a
   * keyset page in SQL, the meetings' times from case-management's list of the agency's coming
   * invitations (one call). FORBIDDEN (reason NOT_SUPERVISOR) without the SUPERVISOR role;
   * SERVICE_UNAVAILABLE when case-management cannot be asked.
   */
  async toDecide(
    identity: Identity,
    behalf: OnBehalfOf,
    page: { first: number; after?: string | null },
  ): Promise<Page<AttendanceRequestToDecide>> {
    assertOwnStaff(identity, this.agencyCode, 'Reading requests to attend');
    if (!identity.roles.includes('SUPERVISOR')) {
      throw new ForbiddenError('Only a supervisor decides on attendance at meetings', {
        reason: 'NOT_SUPERVISOR',
      });
    }
    const after = afterKey(page.after, ['instant', 'instant', 'uuid']);
    let invitations: UpcomingInvitationDto[];
    try {
      invitations = await this.caseManagement.upcomingInvitations(behalf);
    } catch {
      throw new DomainError(
        'SERVICE_UNAVAILABLE',
        "Case-management could not list your agency's coming meetings; try again",
      );
    }
    const meetings = new Map(invitations.map((i) => [i.meetingId, i]));
    const items = await pendingRequestsToDecide(
      this.uow.manager,
      identity.userId,
      meetings,
      after,
      page.first + 1,
    );
    return pageFromRows(items, page.first, toDecideKey);
  }

  /** The key worker's own supervisor approves or refuses; approval tells the case manager. */
  async decideAttendance(
    identity: Identity,
    behalf: OnBehalfOf,
    requestId: string,
    approve: boolean,
    reason: string | null = null,
  ): Promise<MeetingAttendanceRequest> {
    assertOwnStaff(identity, this.agencyCode, 'Deciding on attendance at a meeting');
    if (!approve && !reason) {
      throw new BadInputError(`reason needs 1 to ${MAX_TEXT} characters`, { field: 'reason' });
    }
    const repo = this.uow.manager.getRepository(MeetingAttendanceRequest);
    const request = await repo.findOneBy({ id: requestId });
    if (!request) throw new NotFoundError('MeetingAttendanceRequest', requestId);
    const worker = await this.keyWorker(request.keyWorkerId);
    if (
      !identity.roles.includes('SUPERVISOR') ||
      !worker ||
      worker.supervisorId !== identity.userId
    ) {
      throw new ForbiddenError("Only the key worker's supervisor decides on their attendance", {
        reason: 'NOT_SUPERVISOR',
      });
    }
    if (request.status !== AttendanceRequestStatus.PENDING) {
      throw new ConflictError('This request has already been decided', {
        reason: 'ALREADY_DECIDED',
      });
    }
    await this.requireInvited(behalf, request.meetingId);
    if (approve) await this.tell(behalf, { meetingId: request.meetingId, response: 'ATTENDING' });
    const status = approve ? AttendanceRequestStatus.APPROVED : AttendanceRequestStatus.REFUSED;
    const updated = returnedRows<{ id: string }>(
      await this.uow.manager.query(
        `UPDATE meeting_attendance_request
       SET status = $2, decided_by = $3, decided_at = now(), refusal_reason = $4
       WHERE id = $1 AND status = 'PENDING' RETURNING id`,
        [requestId, status, identity.userId, approve ? null : reason],
      ),
    );
    if (updated.length !== 1) {
      throw new ConflictError('This request has already been decided', {
        reason: 'ALREADY_DECIDED',
      });
    }
    return (await repo.findOneBy({ id: requestId }))!;
  }

  /** A key worker who cannot attend sends the case manager a written report. */
  async submitReport(
    identity: Identity,
    behalf: OnBehalfOf,
    meetingId: string,
    contribution: string,
    issues: string,
  ): Promise<MeetingReport> {
    assertOwnStaff(identity, this.agencyCode, 'Submitting a written report');
    const repo = this.uow.manager.getRepository(MeetingReport);
    if (await repo.existsBy({ meetingId })) {
      throw new ConflictError('Your agency has already sent its report to this meeting', {
        reason: 'ALREADY_RECORDED',
      });
    }
    const meeting = await this.requireInvited(behalf, meetingId);
    await this.tell(behalf, {
      meetingId,
      response: 'APOLOGIES_WITH_REPORT',
      reportSubmitted: true,
    });
    const report = repo.create({
      meetingId,
      serviceUserId: meeting.serviceUserId,
      leadAgencyCode: meeting.leadAgencyCode,
      keyWorkerId: identity.userId,
      contribution,
      issues,
      submittedAt: new Date(),
      phoneFollowUpAt: null,
      phoneFollowUpNote: null,
    });
    await repo.insert(report);
    return Object.assign(report, { agencyCode: this.agencyCode });
  }

  /** The phone call following up the report: after the report was sent, before the meeting. */
  async recordPhoneFollowUp(
    identity: Identity,
    behalf: OnBehalfOf,
    meetingId: string,
    calledAt: Date,
    note: string | null = null,
  ): Promise<MeetingReport> {
    assertOwnStaff(identity, this.agencyCode, 'Recording a phone follow-up');
    if (calledAt.getTime() > Date.now() + 60_000) {
      throw new BadInputError('calledAt cannot be in the future', { field: 'calledAt' });
    }
    const meeting = await this.requireInvited(behalf, meetingId);
    const repo = this.uow.manager.getRepository(MeetingReport);
    const report = await repo.findOneBy({ meetingId });
    if (!report) {
      throw new BadInputError('Send the written report before following it up', {
        field: 'meetingId',
      });
    }
    if (calledAt.getTime() < report.submittedAt.getTime()) {
      throw new BadInputError(
        `The phone call follows up the report, sent at ${report.submittedAt.toISOString()}: it cannot precede it`,
        { field: 'calledAt', reason: 'BEFORE_REPORT' },
      );
    }
    if (report.phoneFollowUpAt !== null) {
      throw new ConflictError('The phone follow-up has already been recorded', {
        reason: 'ALREADY_RECORDED',
      });
    }
    if (calledAt.getTime() > new Date(meeting.scheduledFor).getTime()) {
      throw new BadInputError('The phone call follows the report up before the meeting', {
        field: 'calledAt',
      });
    }
    await this.tell(behalf, {
      meetingId,
      response: 'APOLOGIES_WITH_REPORT',
      phoneFollowUpAt: calledAt.toISOString(),
    });
    await repo.update({ meetingId }, { phoneFollowUpAt: calledAt, phoneFollowUpNote: note });
    return Object.assign((await repo.findOneBy({ meetingId }))!, { agencyCode: this.agencyCode });
  }

  /** The agency names a substitute of its own staff and records the case information handed over. */
  async nameSubstitute(
    identity: Identity,
    behalf: OnBehalfOf,
    meetingId: string,
    substituteId: string,
    handoverNote: string,
  ): Promise<MeetingSubstitute> {
    assertOwnStaff(identity, this.agencyCode, 'Naming a substitute');
    const substitute = await this.keyWorker(substituteId);
    if (!substitute) throw new NotFoundError('KeyWorker', substituteId);
    const meeting = await this.requireInvited(behalf, meetingId);
    await this.tell(behalf, {
      meetingId,
      response: 'SUBSTITUTE',
      substituteName: substitute.name,
    });
    const repo = this.uow.manager.getRepository(MeetingSubstitute);
    const row = repo.create({
      meetingId,
      serviceUserId: meeting.serviceUserId,
      substituteKeyWorkerId: substituteId,
      handoverNote,
      namedBy: identity.userId,
      namedAt: new Date(),
    });
    await repo.upsert(row, ['meetingId']);
    return row;
  }

  /** This agency's written report to a meeting, if it sent one. */
  async report(meetingId: string): Promise<MeetingReport | null> {
    const report = await this.uow.manager.getRepository(MeetingReport).findOneBy({ meetingId });
    return report ? Object.assign(report, { agencyCode: this.agencyCode }) : null;
  }

  /** The caller agency's requests, report and substitute for one meeting it is invited to. */
  async work(identity: Identity, behalf: OnBehalfOf, meetingId: string): Promise<MeetingWork> {
    assertOwnStaff(identity, this.agencyCode, 'Reading meeting work');
    const meeting = await this.requireInvited(behalf, meetingId, { allowFinalised: true });
    const [requests, report, substitute] = await Promise.all([
      this.uow.manager
        .getRepository(MeetingAttendanceRequest)
        .find({ where: { meetingId }, order: { requestedAt: 'ASC', id: 'ASC' } }),
      this.uow.manager.getRepository(MeetingReport).findOneBy({ meetingId }),
      this.uow.manager.getRepository(MeetingSubstitute).findOneBy({ meetingId }),
    ]);
    return {
      meetingId,
      serviceUserId: meeting.serviceUserId,
      requests,
      report: report ? Object.assign(report, { agencyCode: this.agencyCode }) : null,
      substitute,
    };
  }
}
