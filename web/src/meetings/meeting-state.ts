import type { AppMeetingQuery, MeetingResponse } from '../graphql/generated/graphql';

export type MeetingData = NonNullable<AppMeetingQuery['meeting']>;
export type Invitation = NonNullable<MeetingData['attendance']>[number];

/** Blank text is none: the API takes null for an answer not given. */
export const orNull = (s: string): string | null => (s.trim() ? s.trim() : null);

/**
 * What the chair may do with the meeting in its status (the API refuses the rest): move or cancel
 * it while scheduled, minute it once started, finalise saved minutes, circulate a finalised one.
 */
export function chairSteps(m: MeetingData, now = new Date()) {
  const status = m.status;
  const open = status === 'SCHEDULED' || status === 'MINUTES_DRAFT';
  const started = !!m.scheduledFor && new Date(m.scheduledFor).getTime() <= now.getTime();
  const unsent = (m.attendance ?? []).some((i) => !i.sentAt);
  return {
    open,
    reschedule: status === 'SCHEDULED',
    cancel: status === 'SCHEDULED',
    sendInvitations: open && (!m.invitationsSentAt || unsent),
    prepareServiceUser: open && !m.serviceUserPreparedAt,
    recordAttendance: open,
    minutes: open && started,
    minutesNotYet: open && !started,
    finalise: status === 'MINUTES_DRAFT',
    circulate: status === 'FINALISED' && !m.circulatedAt,
  };
}

/** An invited agency's answer, in words. */
export function answerText(i: Pick<Invitation, 'response' | 'substituteName'>): string {
  const words: Record<MeetingResponse, string> = {
    PENDING: 'Not answered yet',
    ATTENDING: 'Attending',
    APOLOGIES_WITH_REPORT: 'Not attending: sends a written report',
    SUBSTITUTE: `A substitute attends${i.substituteName ? `: ${i.substituteName}` : ''}`,
  };
  return i.response ? words[i.response] : '';
}
