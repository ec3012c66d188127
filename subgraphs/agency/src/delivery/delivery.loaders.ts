import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import {
  EntityRows,
  isUuid,
  loaderByKey,
  pageFromRows,
  type CursorKey,
  type Page,
} from '@icp/shared';
import { ActionDelivery, ProgressNote } from './action-delivery.entity';

export function deliveryByActionIdLoader(ds: DataSource, agencyCode: string) {
  return loaderByKey<string, ActionDelivery>(
    async (ids) =>
      (await EntityRows.of(ds, ActionDelivery).whereIn('actionId', ids.filter(isUuid))).map((d) =>
        Object.assign(d, { agencyCode }),
      ),
    (r) => r.actionId,
  );
}

/**
 * A page of one delivery's notes asked for: the action, `first`, and the key of `after` as
 * `afterKey(after, ['instant', 'uuid'])` checked it (so that one malformed cursor fails only its
 * own field, not the batch).
 */
export interface NotesPageKey {
  actionId: string;
  first: number;
  after: CursorKey | null;
}

type NoteRow = {
  ord: string | number;
  id: string;
  action_id: string;
  service_user_id: string;
  body: string;
  written_by: string;
  written_at: Date | string;
  /** written_at to the microsecond, as the cursor keeps it. */
  written_key: string;
};

/**
 * Pages of progress notes, newest first, for any number of deliveries in one query: for each
 * page asked for, the `first + 1` notes of its action before its cursor (keyset on written_at to
 * the microsecond, then id; ADR 0045).
 */
export function notesPageLoader(ds: DataSource) {
  return new DataLoader<NotesPageKey, Page<ProgressNote>, string>(
    async (keys) => {
      const rows = await ds.query<NoteRow[]>(
        `SELECT k.ord, n.id, n.action_id, n.service_user_id, n.body, n.written_by, n.written_at,
                to_char(n.written_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') AS written_key
           FROM unnest($1::uuid[], $2::timestamptz[], $3::uuid[], $4::int[])
                  WITH ORDINALITY AS k(action_id, after_at, after_id, lim, ord)
           CROSS JOIN LATERAL (
             SELECT * FROM progress_note p
              WHERE p.action_id = k.action_id
                AND (k.after_at IS NULL OR (p.written_at, p.id) < (k.after_at, k.after_id))
              ORDER BY p.written_at DESC, p.id DESC
              LIMIT k.lim
           ) n
          ORDER BY k.ord, n.written_at DESC, n.id DESC`,
        [
          keys.map((k) => (isUuid(k.actionId) ? k.actionId : null)),
          keys.map((k) => k.after?.[0] ?? null),
          keys.map((k) => k.after?.[1] ?? null),
          keys.map((k) => k.first + 1),
        ],
      );
      const byKey = keys.map((): { note: ProgressNote; key: string }[] => []);
      for (const r of rows) {
        const note = Object.assign(new ProgressNote(), {
          id: r.id,
          actionId: r.action_id,
          serviceUserId: r.service_user_id,
          body: r.body,
          writtenBy: r.written_by,
          writtenAt: new Date(r.written_at),
        });
        byKey[Number(r.ord) - 1]!.push({ note, key: r.written_key });
      }
      return keys.map((k, i) => {
        const page = pageFromRows(byKey[i]!, k.first, (n) => [n.key, n.note.id]);
        return {
          pageInfo: page.pageInfo,
          edges: page.edges.map((e) => ({ cursor: e.cursor, node: e.node.note })),
        };
      });
    },
    { cacheKeyFn: (k) => JSON.stringify([k.actionId, k.first, k.after]) },
  );
}
