import type { AgencyModule } from '../kernel/context';
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
  services: {
    meetingWork: (s) => new MeetingWorkService(s.uow, s.agencyCode, s.credentials, s.keyWorkers),
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
  },
};
