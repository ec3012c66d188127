/** The plan both plan benchmarks read: 50 actions across three agencies, read by its case manager. */
import type { TestFederation } from '../../test/support/test-federation';
import { AOIFE, createCaseWithPlan } from '../../test/support/plan-factory';

export const PLAN_AGENCIES = ['CDAS', 'PROB', 'HSEM'];
export const PLAN_ACTIONS = 50;

/** The case manager's plan view: needs, goals, and each action's delivery from its agency. */
/**
 * The gateway comparisons' query (bench/gateway-compare.bench.ts, bench/gateway-overhead.bench.ts):
 * Jamie's demo plan without its deliveries, case-management's alone, so one hop.
 */
export const SINGLE_HOP_QUERY = `query Plan($id: UUID!) { carePlan(id: $id) { version nextReviewOn
  lastReviewedOn needs { domain description } goals { statement targetDate status }
  actions { id description dueOn interventionType } } }`;

export const PLAN_QUERY = `query($id: UUID!) { carePlan(id: $id) { version nextReviewOn
  needs { domain description } goals { statement targetDate status }
  actions { id description dueOn responsibleAgency { code } keyWorker { id }
    delivery { agencyCode status progressNotes { edges { node { body } } } } } } }`;

/** Creates the benchmark plan; returns its id and a token of its case manager. */
export async function createBenchmarkPlan(
  f: Pick<TestFederation, 'query' | 'token'>,
): Promise<{ planId: string; token: string }> {
  const { planId } = await createCaseWithPlan(f, PLAN_AGENCIES);
  const extra = Array.from({ length: PLAN_ACTIONS - PLAN_AGENCIES.length }, (_, i) => ({
    description: `Action ${i}`,
    domain: 'SOCIAL',
    responsibleAgencyCode: PLAN_AGENCIES[i % PLAN_AGENCIES.length],
  }));
  await f.query(
    AOIFE,
    `mutation($input: ReviseCarePlanInput!) { reviseCarePlan(input: $input) { version } }`,
    {
      input: { planId, expectedVersion: 1, changeSummary: 'Benchmark actions', addActions: extra },
    },
  );
  return { planId, token: await f.token('CDAS', AOIFE.user, ['CASE_MANAGER']) };
}

/** Runs `requests` calls of `once`, `concurrency` at a time; returns each call's result. */
export async function runConcurrently<T>(
  concurrency: number,
  requests: number,
  once: () => Promise<T>,
): Promise<T[]> {
  const results: T[] = [];
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests) {
        next += 1;
        results.push(await once());
      }
    }),
  );
  return results;
}
