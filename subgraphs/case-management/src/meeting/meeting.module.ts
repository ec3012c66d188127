import { onDataSource } from '@icp/shared';
import type { CmModule } from '../kernel/context';
import { Meeting, MeetingCirculation, MeetingInvitation } from './meeting.entity';
import { MeetingRescheduleCancel1764400000014 } from './1764400000014-meeting-reschedule-cancel';
import {
  circulationsByMeetingIdLoader,
  invitationsByMeetingIdLoader,
  meetingByIdLoader,
} from './meeting.loaders';
import { meetingInternalRoutes } from './meeting-internal.routes';
import { MeetingService } from './meeting.service';
import { seedMeetingDemo } from './meeting.demo';
import { MeetingAttendanceService } from './meeting-attendance.service';
import {
  CaseMeetingsResolver,
  MeetingResolver,
  PlanVersionMeetingResolver,
} from './meeting.resolver';
import {
  MeetingCirculationResolver,
  MeetingInvitationResolver,
} from './meeting-invitation.resolver';
import {
  invitationSubject,
  meetingReportRefSubject,
  meetingSubject,
  minutesPartSubject,
} from './meeting.subjects';
import { MeetingActionReview, MeetingGapRaised } from './meeting-minutes.type';

declare module '../kernel/context' {
  interface CmServices {
    meetings: MeetingService;
    meetingAttendance: MeetingAttendanceService;
  }
  interface CmLoaders {
    meetingById: ReturnType<typeof meetingByIdLoader>;
    invitationsByMeetingId: ReturnType<typeof invitationsByMeetingIdLoader>;
    circulationsByMeetingId: ReturnType<typeof circulationsByMeetingIdLoader>;
  }
}

/** Interagency care plan meetings (Protocol 4). */
export const meetingModule: CmModule = {
  name: 'meeting',
  entities: [Meeting, MeetingInvitation, MeetingCirculation],
  migrations: [MeetingRescheduleCancel1764400000014],
  services: {
    meetings: (s) =>
      new MeetingService(s.uow, s.directory, {
        plans: s.plans,
        transfers: s.transfers,
        closures: s.closures,
        gapsAndBlocks: s.gapsAndBlocks,
        notifications: s.notifications,
      }),
    meetingAttendance: (s) => new MeetingAttendanceService(s.uow),
  },
  loaders: onDataSource({
    meetingById: meetingByIdLoader,
    invitationsByMeetingId: invitationsByMeetingIdLoader,
    circulationsByMeetingId: circulationsByMeetingIdLoader,
  }),
  routes: meetingInternalRoutes,
  resolvers: [
    MeetingResolver,
    CaseMeetingsResolver,
    PlanVersionMeetingResolver,
    MeetingInvitationResolver,
    MeetingCirculationResolver,
  ],
  orphanedTypes: [MeetingActionReview, MeetingGapRaised],
  consentSubjects: {
    Meeting: meetingSubject,
    MeetingInvitation: invitationSubject,
    MeetingCirculation: invitationSubject,
    MeetingReport: meetingReportRefSubject,
    MeetingActionReview: minutesPartSubject,
    MeetingGapRaised: minutesPartSubject,
  },
  seedDemo: seedMeetingDemo,
};
