import { DEMO, type Identity } from '@icp/shared';

/** What the modules' parts of the demo seed share: its case manager and its dates. */

/** Aoife, CDAS's case manager, who records the demo's cases, plans, consents and forms. */
export const aoife: Identity = {
  agencyCode: 'CDAS',
  userId: DEMO.staff.aoife.id,
  roles: ['CASE_MANAGER'],
  requestId: 'demo-seed',
};

/** The date `n` days from today (before it when negative), as YYYY-MM-DD. */
export const days = (n: number): string =>
  new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);

/** SQL for the moment `n` days ago (ahead when negative). */
export const ago = (n: number): string => `now() - interval '${n} days'`;
