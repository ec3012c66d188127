import type {
  AppAttendanceWorkQuery,
  MeQuery,
  MyMeetingInvitationsQuery,
} from '../graphql/generated/graphql';
import type { ItemOf } from '../graphql/lists';

/** One of the agency's meeting invitations, as the caseload shows it. */
export type Invitation = ItemOf<MyMeetingInvitationsQuery['myMeetingInvitations']>;

/** Who is signed in (their staff record). */
export type Me = MeQuery['myStaffRecord'];

/** What the agency did towards one meeting: requests to attend, written report, substitute. */
export type MeetingWork = AppAttendanceWorkQuery['myMeetingWork'];

/** What an attendance form does once its change is saved: the views read afresh. */
export type OnChanged = () => void;
