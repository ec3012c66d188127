import { DEMO } from '@icp/shared';
import type { TestFederation } from './test-federation';

export const AOIFE = {
  agency: 'CDAS',
  user: DEMO.staff.aoife.id,
  roles: ['CASE_MANAGER' as const],
};

const inDays = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
export { inDays };

/** A goal that passes SMART validation. */
export const smartGoal = (over: Record<string, unknown> = {}) => ({
  domain: 'SOCIAL',
  statement: 'Move into a stable tenancy',
  measure: 'Tenancy agreement signed',
  achievability: 'Housing officer has offered a unit',
  targetDate: inDays(60),
  ...over,
});

/**
 * Registers a fresh service user, opens a case with Aoife (CDAS) as case manager and agrees a
 * plan with one need, one goal and one action per given agency. Returns the ids.
 */
export async function createCaseWithPlan(
  f: Pick<TestFederation, 'query'>,
  agencies: string[] = ['CDAS', 'PROB'],
  /** The intake consent to case management by CDAS (plan summary, housing); default true. */
  { intakeConsent = true }: { intakeConsent?: boolean } = {},
) {
  const su = await f.query(
    AOIFE,
    // Every case here is a new "Sam Test": not the duplicate the registration check suspects.
    `mutation { registerServiceUser(input: { givenName: "Sam", familyName: "Test", confirmNotDuplicate: true }) { id } }`,
  );
  const serviceUserId = su.body.data.registerServiceUser.id as string;
  const c = await f.query(
    AOIFE,
    `mutation($id: UUID!) { openCase(input: { serviceUserId: $id }) { id } }`,
    { id: serviceUserId },
  );
  const caseId = c.body.data.openCase.id as string;
  if (intakeConsent) {
    const consent = await f.query(
      AOIFE,
      `mutation($input: GrantConsentInput!) { grantConsent(input: $input) { id } }`,
      {
        input: {
          serviceUserId,
          recipientAgencyCode: 'CDAS',
          categories: ['CARE_PLAN_SUMMARY', 'HOUSING_AND_SOCIAL'],
          purpose: 'CASE_MANAGEMENT',
        },
      },
    );
    if (consent.body.errors) throw new Error(JSON.stringify(consent.body.errors));
  }
  const goalId = crypto.randomUUID();
  const needId = crypto.randomUUID();
  const plan = await f.query(
    AOIFE,
    `mutation($input: CreateCarePlanInput!) { createCarePlan(input: $input) { id version actions { id } } }`,
    {
      input: {
        caseId,
        nextReviewOn: inDays(80),
        needs: [{ id: needId, domain: 'SOCIAL', description: 'Homeless since September' }],
        goals: [{ id: goalId, needId, ...smartGoal() }],
        actions: agencies.map((code, i) => ({
          goalId,
          description: `Action for ${code}`,
          domain: 'SOCIAL',
          responsibleAgencyCode: code,
          dueOn: inDays(10 + i),
          reviewEveryWeeks: 4,
        })),
      },
    },
  );
  if (plan.body.errors) throw new Error(JSON.stringify(plan.body.errors));
  return {
    serviceUserId,
    caseId,
    planId: plan.body.data.createCarePlan.id as string,
    goalId,
    needId,
    actionIds: (plan.body.data.createCarePlan.actions as { id: string }[]).map((a) => a.id),
  };
}
