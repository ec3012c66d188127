import type { CursorKey } from '@icp/shared';
import {
  AttentionKind,
  type AttentionItem,
  type CaseloadAction,
  type CaseloadMember,
} from './caseload.type';

/*
 * The sort keys of a caseload's lists: the order the service builds each list in, and what a
 * cursor of its connection holds (ADR 0045).
 */

/** Longest-standing assignment first. */
export const memberKey = (m: CaseloadMember): CursorKey => [
  m.assignedAt.toISOString(),
  m.assignmentId,
];

/** Soonest due first; no due date last. */
export const actionKey = (a: CaseloadAction): CursorKey => [a.dueOn ?? '9999-12-31', a.actionId];

/**
 * Overdue actions, most overdue first; then meeting items, soonest first. One meeting may have
 * several items (the key worker's own, and requests they are to decide): the last part tells
 * them apart.
 */
export const attentionKey = (i: AttentionItem): CursorKey =>
  i.kind === AttentionKind.OVERDUE_ACTION
    ? [0, i.dueOn ?? '', i.actionId ?? '', '']
    : [1, i.meetingAt?.toISOString() ?? '', i.meetingId ?? '', i.attendanceRequestId ?? i.kind];
