import type { CmFeature } from '../feature';
import {
  CaseMeetingsResolver,
  MeetingResolver,
  PlanVersionMeetingResolver,
  meetingSubject,
  minutesPartSubject,
} from './meeting.resolver';
import {
  MeetingCirculationResolver,
  MeetingInvitationResolver,
  invitationSubject,
  meetingReportRefSubject,
} from './meeting-invitation.resolver';
import { MeetingActionReview, MeetingGapRaised } from './meeting-minutes.type';

/** Interagency care plan meetings (Protocol 4). */
export const meetingFeature: CmFeature = {
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
};
