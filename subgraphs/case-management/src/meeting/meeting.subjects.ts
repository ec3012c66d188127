import type { ConsentSubject } from '@icp/shared';
import type { CmContext } from '../kernel/context';
import type { Meeting, MeetingCirculation, MeetingInvitation } from './meeting.entity';
import type { MeetingActionReview, MeetingGapRaised } from './meeting-minutes.type';
import type { MeetingReportRef } from './meeting-report.ref';

/** Whose meeting records are, and who holds them: the consent subjects of the meeting types. */

/** A meeting and its minutes are held by the case's lead agency. */
export async function meetingSubject(mt: Meeting | null, ctx: CmContext): Promise<ConsentSubject> {
  if (!mt) return { serviceUserId: null, holderAgencyCode: null };
  const c = await ctx.loaders.caseById.load(mt.caseId);
  return { serviceUserId: mt.serviceUserId, holderAgencyCode: c?.leadAgencyCode ?? null };
}

/** Parts of the minutes are held like their meeting. */
export async function minutesPartSubject(
  p: MeetingActionReview | MeetingGapRaised,
  ctx: CmContext,
): Promise<ConsentSubject> {
  return meetingSubject(await ctx.loaders.meetingById.load(p.meetingId), ctx);
}

/**
 * An invitation (and the outcome circulated to it) is held by the invited agency for its own
 * staff; anyone else reads it as the lead agency's meeting record.
 */
export async function invitationSubject(
  i: Pick<MeetingInvitation | MeetingCirculation, 'meetingId' | 'agencyCode'>,
  ctx: CmContext,
): Promise<ConsentSubject> {
  const s = await meetingSubject(await ctx.loaders.meetingById.load(i.meetingId), ctx);
  return ctx.identity.agencyCode === i.agencyCode ? { ...s, holderAgencyCode: i.agencyCode } : s;
}

/** A report's reference is read like the invitation of the agency that wrote it. */
export function meetingReportRefSubject(
  r: MeetingReportRef,
  ctx: CmContext,
): Promise<ConsentSubject> {
  return invitationSubject(r, ctx);
}
