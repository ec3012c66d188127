import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO, readPrivateJwk, writeKeyPair } from '@icp/shared';
import { TestFederation, codes } from './support/test-federation';
import { AOIFE } from './support/plan-factory';
import type { Json } from './support/json';

/**
 * Follows the README's "Hosting your agency's subgraph": generate keys, add the printed directory
 * entry to federation.json, start the instance with its own database. The running gateway and
 * case-management pick the new agency up from the directory file: no restart, no recomposition.
 */
describe('adding a fourth agency to a running federation', () => {
  let f: TestFederation;
  beforeAll(async () => {
    f = await TestFederation.start({ directoryFile: true });
  });
  afterAll(() => f.close());

  it('serves the new agency through the same gateway and supergraph', async () => {
    const supergraphBefore = f.gateway.apollo;
    // 1. keys (what `npm run agency:keys` writes), 2. the directory entry, 3. its own server.
    const keys = await writeKeyPair(mkdtempSync(join(tmpdir(), 'icp-keys-')), 'NSHS');
    f.setAgencyKey('NSHS', readPrivateJwk(keys.privateKeyFile));
    f.addDirectoryEntry({
      code: 'NSHS',
      name: 'North Strand Homeless Service',
      kind: 'HOMELESS',
      url: 'http://127.0.0.1:9/graphql',
      publicKey: keys.publicKey,
      grantableRoles: ['KEY_WORKER', 'CASE_MANAGER', 'SUPERVISOR'],
    });
    await f.startAgency('NSHS');

    // Its users are known to the gateway, and its root queries reach its own server.
    const own = await f.query(
      { agency: 'NSHS', roles: ['KEY_WORKER'] },
      `{ keyWorkers { agencyCode } agencies { code } }`,
    );
    expect(own.body.errors).toBeUndefined();
    expect(own.body.data.agencies.map((a: Json) => a.code)).toContain('NSHS');

    // The case manager gives it an action; its delivery is resolved from its own server.
    const plan = await f.query(
      AOIFE,
      `query($c: UUID!) { case(id: $c) { carePlan { id version } } }`,
      { c: DEMO.cases.jamie },
    );
    const { id, version } = plan.body.data.case.carePlan;
    const revised = await f.query(
      AOIFE,
      `mutation($input: ReviseCarePlanInput!) { reviseCarePlan(input: $input) { actions { responsibleAgency { code } delivery { agencyCode status } } } }`,
      {
        input: {
          planId: id,
          expectedVersion: version,
          changeSummary: 'Homeless service joins the plan',
          addActions: [
            {
              description: 'Keep the hostel bed and attend weekly key-working',
              domain: 'SOCIAL',
              responsibleAgencyCode: 'NSHS',
              interventionType: 'HOUSING_SUPPORT',
            },
          ],
        },
      },
    );
    expect(revised.body.errors).toBeUndefined();
    const nshs = revised.body.data.reviseCarePlan.actions.find(
      (a: Json) => a.responsibleAgency.code === 'NSHS',
    );
    expect(nshs.delivery).toEqual({ agencyCode: 'NSHS', status: 'PENDING' });
    expect(f.gateway.apollo).toBe(supergraphBefore);
  });

  it('refuses a token from an agency that is not in the directory', async () => {
    const r = await f.query(
      { token: 'eyJhbGciOiJFZERTQSJ9.eyJpc3MiOiJYWFgifQ.sig' },
      '{ agencies { code } }',
    );
    expect(r.status).toBe(401);
    expect(codes(r)).toEqual(['UNAUTHENTICATED']);
  });
});
