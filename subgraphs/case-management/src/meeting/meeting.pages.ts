import { In } from 'typeorm';
import { ObjectType } from 'type-graphql';
import {
  ConnectionOf,
  isUuid,
  type CursorKey,
  type Identity,
  type Page,
  type PageArgs,
} from '@icp/shared';
import type { CmContext } from '../kernel/context';
import { shownRecords } from '../consent/listing';
import { inInstantOrder, instantKey, keysetPage, notACursor } from '../kernel/keyset';
import { Meeting, MeetingInvitation } from './meeting.entity';
import { invitationSubject, meetingSubject } from './meeting.subjects';

/** The paged lists of meetings (ADR 0045): a case's meetings, an agency's invitations. */

@ObjectType('MeetingConnection', {
  description:
    'A page of care plan meetings, in the order of the list it pages; only the meetings you may see. Page on with `after: pageInfo.endCursor`.',
})
export class MeetingConnection extends ConnectionOf(Meeting, 'Meeting', { noun: 'meeting' }) {}

@ObjectType('MeetingInvitationConnection', {
  description:
    'A page of your agency’s meeting invitations: meetings still to come, soonest first, then those held or cancelled, latest first. Page on with `after: pageInfo.endCursor`.',
})
export class MeetingInvitationConnection extends ConnectionOf(
  MeetingInvitation,
  'MeetingInvitation',
  { noun: 'meeting invitation' },
) {}

/** A case's meetings, oldest first (by time, then id), those the reader may see. */
export function caseMeetingsPage(
  caseId: string,
  page: PageArgs,
  ctx: CmContext,
): Promise<Page<Meeting>> {
  const order = { column: 'mt.scheduled_for', id: 'mt.id' };
  return keysetPage(page, {
    parts: 2,
    keyOf: (mt) => instantKey(mt.scheduledFor, mt.id),
    fetch: (after, limit) =>
      inInstantOrder(
        ctx.services.uow.manager
          .getRepository(Meeting)
          .createQueryBuilder('mt')
          .where('mt.case_id = :caseId', { caseId }),
        order,
        after,
        limit,
      ).getMany(),
    shown: async (rows) => {
      for (const mt of rows) ctx.loaders.meetingById.prime(mt.id, mt);
      return shownRecords(rows, 'Meeting', meetingSubject, ctx);
    },
  });
}

/** An invitation with its place in the list: still to come (0) or not (1), then its time. */
interface Placed {
  invitation: MeetingInvitation;
  key: CursorKey;
}

/** Whether a meeting is still to come, in SQL: not cancelled, and not yet begun at `$2`. */
const COMING = `mt.status <> 'CANCELLED' AND mt.scheduled_for >= $2`;

/**
 * The invitations of the caller's agency: meetings still to come, soonest first, then the others
 * (held or cancelled), latest first; ties by id. A cursor holds `[group, signed ms, id]`, so the
 * next page continues where this one ended even as a meeting moves from one group to the other.
 */
export async function invitationsPage(
  identity: Identity,
  page: PageArgs,
  ctx: CmContext,
  now = new Date(),
): Promise<Page<MeetingInvitation>> {
  const found = await keysetPage<Placed>(page, {
    parts: 3,
    keyOf: (p) => p.key,
    fetch: async (after, limit) => {
      if (after && (typeof after[0] !== 'number' || typeof after[1] !== 'number')) {
        throw notACursor();
      }
      if (after && !isUuid(after[2])) throw notACursor();
      const rows = await ctx.services.uow.manager.query<{ id: string; grp: number; sk: string }[]>(
        `SELECT q.id, q.grp, q.sk FROM (
           SELECT i.id,
                  CASE WHEN ${COMING} THEN 0 ELSE 1 END AS grp,
                  (CASE WHEN ${COMING} THEN 1 ELSE -1 END
                    * (EXTRACT(EPOCH FROM date_trunc('milliseconds', mt.scheduled_for)) * 1000))::bigint
                    AS sk
             FROM meeting_invitation i JOIN care_meeting mt ON mt.id = i.meeting_id
            WHERE i.agency_code = $1) q
          WHERE $3::int IS NULL OR (q.grp, q.sk, q.id) > ($3::int, $4::bigint, $5::uuid)
          ORDER BY q.grp, q.sk, q.id
          LIMIT $6`,
        [
          identity.agencyCode,
          now,
          after?.[0] ?? null,
          after?.[1] ?? null,
          after?.[2] ?? null,
          limit,
        ],
      );
      if (rows.length === 0) return [];
      const loaded = await ctx.services.uow.manager
        .getRepository(MeetingInvitation)
        .findBy({ id: In(rows.map((r) => r.id)) });
      const byId = new Map(loaded.map((i) => [i.id, i]));
      return rows.flatMap((r) => {
        const invitation = byId.get(r.id);
        return invitation ? [{ invitation, key: [Number(r.grp), Number(r.sk), r.id] }] : [];
      });
    },
    shown: async (rows) => {
      const shown = await shownRecords(
        rows.map((p) => p.invitation),
        'MeetingInvitation',
        invitationSubject,
        ctx,
      );
      const kept = new Set(shown);
      return rows.filter((p) => kept.has(p.invitation));
    },
  });
  return {
    edges: found.edges.map((e) => ({ cursor: e.cursor, node: e.node.invitation })),
    pageInfo: found.pageInfo,
  };
}
