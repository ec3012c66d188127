/** Path where an agency instance asks which of some meetings it is invited to. */
export const MEETING_INVITATIONS_PATH = '/internal/meeting-invitations';

/** Path where an agency instance answers its own invitation to a meeting. */
export const MEETING_RESPONSES_PATH = '/internal/meeting-responses';

export interface MeetingInvitationsRequestDto {
  meetingIds: string[];
}

/** A meeting the calling agency is invited to; meetings it is not invited to are absent. */
export interface InvitedMeetingDto {
  meetingId: string;
  caseId: string;
  serviceUserId: string;
  /** The case's lead agency, whose case manager chairs the meeting. */
  leadAgencyCode: string;
  /** ISO date-time */
  scheduledFor: string;
  /** SCHEDULED, MINUTES_DRAFT, FINALISED or CANCELLED */
  status: string;
}

export interface MeetingInvitationsResponseDto {
  meetings: InvitedMeetingDto[];
}

/** An invited agency's answer to its own invitation, as the case manager is to see it. */
export interface MeetingResponseDto {
  meetingId: string;
  response: 'ATTENDING' | 'APOLOGIES_WITH_REPORT' | 'SUBSTITUTE';
  /** Required for SUBSTITUTE. */
  substituteName?: string;
  /** The written report was sent to the case manager. */
  reportSubmitted?: boolean;
  /** ISO date-time of the phone call following up the report. */
  phoneFollowUpAt?: string;
}

/** Path where an agency instance lists the coming meetings it is invited to. */
export const UPCOMING_MEETING_INVITATIONS_PATH = '/internal/upcoming-meeting-invitations';

/** A coming (neither finalised nor cancelled) meeting the calling agency was sent an invitation to. */
export interface UpcomingInvitationDto {
  meetingId: string;
  serviceUserId: string;
  reason: string;
  /** ISO date-time */
  scheduledFor: string;
  /** Where the meeting is held (absent from a case-management older than this field). */
  place?: string;
  /** The key worker invited by name, if any. */
  keyWorkerId: string | null;
  /** PENDING, ATTENDING, APOLOGIES_WITH_REPORT or SUBSTITUTE */
  response: string;
  reportReceived: boolean;
}
