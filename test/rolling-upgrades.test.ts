import { DEMO } from '@icp/shared';
import { TestFederation, codes } from './support/test-federation';
import { NEXT_RELEASE, PREVIOUS_RELEASE } from './support/agency-releases';
import { AGENCY_MODULES } from '../subgraphs/agency/src/modules';
import type { Json } from './support/json';

/**
 * Rolling upgrades (issue 18 point 5, ADR 0040): the gateway serves an agency instance whose
 * schema only adds to the composed one, and withholds only one whose schema breaks it. PROB runs
 * the next release (a new type and root field), HSEM the previous one (without a module whose
 * type the supergraph routes to agencies), CDAS this one.
 */
const PLAN = /* GraphQL */ `
  query Plan($id: UUID!) {
    case(id: $id) {
      carePlan {
        actions {
          responsibleAgency {
            code
          }
          keyWorker {
            name
          }
          delivery {
            agencyCode
            status
          }
        }
      }
    }
  }
`;

const actionsOf = (r: { body: { data?: Json } }) => r.body.data.case.carePlan.actions as Json[];
const byAgency = (r: { body: { data?: Json } }) =>
  Object.fromEntries(actionsOf(r).map((a) => [a.responsibleAgency.code, a.delivery.status]));

describe('agency instances a release ahead of and behind the supergraph', () => {
  let f: TestFederation;
  const health = async () =>
    (await (await fetch(f.url.replace('/graphql', '/health'))).json()) as Json;

  beforeAll(async () => {
    f = await TestFederation.start({
      agencies: [
        { code: 'CDAS' },
        { code: 'PROB', modules: NEXT_RELEASE },
        { code: 'HSEM', modules: PREVIOUS_RELEASE },
      ],
    });
    // Every agency is checked as the gateway starts; /health says "starting" until then.
    for (let i = 0; i < 100 && (await health()).status !== 'ok'; i++)
      await new Promise((r) => setTimeout(r, 100));
  });
  afterAll(() => f.close());

  it('reports the release ahead as served and the release behind as a mismatch', async () => {
    expect((await health()).agencySchemas).toEqual({ CDAS: 'ok', PROB: 'ahead', HSEM: 'mismatch' });
  });

  it("answers the ahead agency's part and withholds only the behind agency's", async () => {
    const r = await f.query({ agency: 'CDAS' }, PLAN, { id: DEMO.cases.jamie });
    expect(byAgency(r)).toEqual({ CDAS: 'IN_PROGRESS', PROB: 'IN_PROGRESS', HSEM: null });
    // HSEM's parts only (its action's delivery and key worker), each saying why.
    expect(r.body.errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          path: ['case', 'carePlan', 'actions', 2, 'delivery'],
          extensions: { code: 'AGENCY_SCHEMA_MISMATCH', agencyCode: 'HSEM' },
        }),
      ]),
    );
    for (const e of r.body.errors!) {
      expect(e.extensions).toEqual({ code: 'AGENCY_SCHEMA_MISMATCH', agencyCode: 'HSEM' });
      expect(e.path!.slice(0, 4)).toEqual(['case', 'carePlan', 'actions', 2]);
    }
  });

  it("serves the ahead agency's own users, and gives the behind agency's AGENCY_SCHEMA_MISMATCH", async () => {
    const prob = await f.query({ agency: 'PROB' }, `{ keyWorkers { id } }`);
    expect(prob.body.errors).toBeUndefined();
    expect(prob.body.data.keyWorkers.length).toBeGreaterThan(0);
    const hsem = await f.query({ agency: 'HSEM' }, `{ keyWorkers { id } }`);
    expect(codes(hsem)).toEqual(['AGENCY_SCHEMA_MISMATCH']);
  });

  it('exposes nothing the release ahead adds until a supergraph composed with it is deployed', async () => {
    const r = await f.query({ agency: 'PROB' }, `{ agencyRelease { version } }`);
    expect(codes(r)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
  });

  it('serves the agency behind once it is upgraded, with no restart of the gateway', async () => {
    await f.stopAgency('HSEM');
    await f.startAgency('HSEM', 0, AGENCY_MODULES);
    const r = await f.query({ agency: 'CDAS' }, PLAN, { id: DEMO.cases.jamie });
    expect(r.body.errors).toBeUndefined();
    expect(byAgency(r)).toEqual({ CDAS: 'IN_PROGRESS', PROB: 'IN_PROGRESS', HSEM: 'IN_PROGRESS' });
    expect((await health()).agencySchemas.HSEM).toBe('ok');
  });
});
