import { TestFederation } from './support/test-federation';
import { AOIFE, createCaseWithPlan } from './support/plan-factory';

const AGENCIES = ['CDAS', 'PROB', 'HSEM'];
const PLAN = `query($id: UUID!) { carePlan(id: $id) { actions { id description responsibleAgency { code }
  keyWorker { id } delivery { agencyCode status progressNotes { edges { node { body } } } } } } }`;

/** A plan with `n` actions spread over the three agencies. */
async function planWith(f: TestFederation, n: number): Promise<string> {
  const { planId } = await createCaseWithPlan(f, AGENCIES);
  const extra = Array.from({ length: n - AGENCIES.length }, (_, i) => ({
    description: `Extra action ${i}`,
    domain: 'SOCIAL',
    responsibleAgencyCode: AGENCIES[i % 3],
  }));
  const r = await f.query(
    AOIFE,
    `mutation($input: ReviseCarePlanInput!) { reviseCarePlan(input: $input) { version } }`,
    { input: { planId, expectedVersion: 1, changeSummary: 'More actions', addActions: extra } },
  );
  if (r.body.errors) throw new Error(JSON.stringify(r.body.errors));
  return planId;
}

/**
 * The disclosure audit's append (ADRs 0020, 0024): one INSERT per server per request that
 * disclosed something, whatever the plan's size, with no lock and no transaction; the first
 * append of a process also reads the chain's head. Not a read of the plan.
 */
const isAuditWrite = (sql: string) => /disclosure_audit/.test(sql);
const isLockOrTransaction = (sql: string) =>
  /pg_advisory|^(START TRANSACTION|BEGIN|COMMIT)/i.test(sql.trim());

describe('entity resolution is batched', () => {
  let f: TestFederation;
  beforeAll(async () => {
    f = await TestFederation.start();
  });
  afterAll(() => f.close());

  it('runs the same number of SQL statements for a plan of 6 actions and one of 50, in every server', async () => {
    const small = await planWith(f, 6);
    const large = await planWith(f, 50);
    const count = async (planId: string) => {
      f.resetStatements();
      const r = await f.query(AOIFE, PLAN, { id: planId });
      expect(r.body.errors).toBeUndefined();
      return {
        actions: r.body.data.carePlan.actions.length,
        statements: Object.fromEntries(
          ['case-management', ...AGENCIES].map((s) => [
            s,
            f.statements(s).filter((q) => !isAuditWrite(q)).length,
          ]),
        ),
        locks: ['case-management', ...AGENCIES].flatMap((s) =>
          f.statements(s).filter(isLockOrTransaction),
        ),
        reads: Object.fromEntries(
          AGENCIES.map((s) => [s, f.statements(s).filter((q) => !isAuditWrite(q)).length]),
        ),
        audit: Object.fromEntries(
          AGENCIES.map((s) => [s, f.statements(s).filter(isAuditWrite).length]),
        ),
      };
    };
    const a = await count(small);
    const b = await count(large);
    expect(a.actions).toBe(6);
    expect(b.actions).toBe(50);
    expect(b.statements).toEqual(a.statements);
    for (const code of AGENCIES) {
      expect(b.reads[code]).toBeLessThanOrEqual(3);
      expect(b.audit[code]).toBe(1); // one INSERT (the head is known from the last append)
    }
    expect(b.locks).toEqual([]);
  });
});
