import type { AgencyModule } from '../kernel/context';
import { PendingAttendanceRequests1764400000230 } from './1764400000230-pending-attendance-requests';
import { MeetingAttendanceRequest, MeetingReport, MeetingSubstitute } from './meeting-work.entity';
import { MeetingWorkService } from './meeting-work.service';
import {
  MeetingAttendanceRequestResolver,
  MeetingReportResolver,
  MeetingSubstituteResolver,
  MeetingWorkResolver,
  meetingReportSubject,
  meetingWorkSubject,
  resolveMeetingReportReference,
} from './meeting-work.resolver';

declare module '../kernel/context' {
  interface AgencyServices {
    meetingWork: MeetingWorkService;
  }
}

/** The agency's part of care plan meetings: permission to attend, written reports, substitutes. */
export const meetingModule: AgencyModule = {
  name: 'meeting',
  entities: [MeetingAttendanceRequest, MeetingReport, MeetingSubstitute],
  migrations: [PendingAttendanceRequests1764400000230],
  services: {
    meetingWork: (s) =>
      new MeetingWorkService(s.uow, s.agencyCode, s.credentials, s.keyWorkers, s.caseManagement),
  },
  resolvers: [
    MeetingWorkResolver,
    MeetingAttendanceRequestResolver,
    MeetingReportResolver,
    MeetingSubstituteResolver,
  ],
  orphanedTypes: [MeetingReport],
  referenceResolvers: {
    MeetingReport: { __resolveReference: resolveMeetingReportReference },
  },
  consentSubjects: {
    MeetingReport: meetingReportSubject,
    MeetingAttendanceRequest: meetingWorkSubject,
    MeetingSubstitute: meetingWorkSubject,
    MeetingWork: meetingWorkSubject,
    AttendanceRequestToDecide: meetingWorkSubject,
  },
};
