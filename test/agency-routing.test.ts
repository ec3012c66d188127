import { createServer, type Server, type Socket } from 'node:net';
import { buildSubgraphSchema } from '@apollo/subgraph';
import { parse } from 'graphql';
import {
  DEMO,
  agencyAudience,
  createLogger,
  importKeyCached,
  startSubgraphServer,
  type RunningSubgraph,
} from '@icp/shared';
import { TestFederation, codes } from './support/test-federation';
import type { Json } from './support/json';

const PLAN = /* GraphQL */ `
  query Plan($id: UUID!) {
    case(id: $id) {
      carePlan {
        actions {
          id
          responsibleAgency {
            code
          }
          keyWorker {
            agencyCode
            name
          }
          delivery {
            agencyCode
            actionId
            status
          }
        }
      }
    }
  }
`;

const actionsOf = (r: { body: { data?: Json } }) => r.body.data.case.carePlan.actions as Json[];

describe("the gateway routes the one agency subgraph to each agency's own server", () => {
  let f: TestFederation;
  beforeAll(async () => {
    f = await TestFederation.start();
  });
  afterAll(() => f.close());

  it("resolves every action's delivery and key worker from the responsible agency, in order", async () => {
    f.resetStatements();
    const r = await f.query({ agency: 'CDAS' }, PLAN, { id: DEMO.cases.jamie });
    expect(r.body.errors).toBeUndefined();
    const actions = actionsOf(r);
    expect(actions.map((a) => a.responsibleAgency.code)).toEqual(['CDAS', 'PROB', 'HSEM']);
    for (const a of actions) {
      expect(a.delivery).toEqual({
        agencyCode: a.responsibleAgency.code,
        actionId: a.id,
        status: 'IN_PROGRESS',
      });
      expect(a.keyWorker.agencyCode).toBe(a.responsibleAgency.code);
    }
    expect(actions.map((a) => a.keyWorker.name)).toEqual([
      'Aoife Byrne',
      'Declan Walsh',
      'Niamh O’Brien',
    ]);
    // Each agency's server read only its own database.
    for (const code of ['CDAS', 'PROB', 'HSEM']) {
      expect(f.statements(code).some((s) => s.includes('action_delivery'))).toBe(true);
    }
  });

  it('shows an action the agency has not touched yet as PENDING, not as an error', async () => {
    const r = await f.query({ agency: 'CDAS' }, PLAN, { id: DEMO.cases.chloe });
    expect(r.body.errors).toBeUndefined();
    expect(actionsOf(r)[0].delivery).toEqual({
      agencyCode: 'CDAS',
      actionId: DEMO.actions.chloeHousing,
      status: 'PENDING',
    });
  });

  it("sends root queries to the caller's own agency", async () => {
    // As members of the demo staff: a new user would get a staff record of their own (ADR 0035).
    const prob = await f.query(
      { agency: 'PROB', user: DEMO.staff.declan.id },
      `{ keyWorkers { agencyCode id } }`,
    );
    expect(prob.body.data.keyWorkers.map((k: Json) => k.agencyCode)).toEqual(['PROB', 'PROB']);
    const hsem = await f.query(
      { agency: 'HSEM', user: DEMO.staff.niamh.id },
      `{ keyWorkers { agencyCode id } }`,
    );
    expect(hsem.body.data.keyWorkers.map((k: Json) => k.id).sort()).toEqual([
      'hsem-niamh',
      'hsem-padraig',
    ]);
  });

  it("lets an agency write its own action, and refuses another agency's with FORBIDDEN", async () => {
    const write = `mutation($a: UUID!, $b: String!) { recordProgressNote(actionId: $a, body: $b) { body writtenBy { name } } }`;
    const own = await f.query({ agency: 'PROB', user: DEMO.staff.declan.id }, write, {
      a: DEMO.actions.jamieProbationSupervision,
      b: 'Attended; 48 hours done.',
    });
    expect(own.body.errors).toBeUndefined();
    expect(own.body.data.recordProgressNote).toEqual({
      body: 'Attended; 48 hours done.',
      writtenBy: { name: 'Declan Walsh' },
    });

    const others = await f.query({ agency: 'PROB', user: DEMO.staff.declan.id }, write, {
      a: DEMO.actions.jamieMethadone,
      b: 'Not my action',
    });
    expect(codes(others)).toEqual(['FORBIDDEN']);
    expect(others.body.data).toBeNull();
  });

  describe('when agencies fail', () => {
    let silent: Server;
    const hanging = new Set<Socket>();
    let impostor: RunningSubgraph | undefined;
    beforeAll(async () => {
      // A host that accepts connections and never answers.
      silent = createServer((socket) => hanging.add(socket));
      await new Promise<void>((r) => silent.listen(0, '127.0.0.1', r));
    });
    afterAll(async () => {
      for (const socket of hanging) socket.destroy();
      silent.close();
      await impostor?.close();
    });

    it("yields null and AGENCY_UNAVAILABLE for a stopped agency's part only, without internal URLs", async () => {
      await f.stopAgency('PROB');
      const r = await f.query({ agency: 'CDAS' }, PLAN, { id: DEMO.cases.jamie });
      const actions = actionsOf(r);
      expect(actions[0].delivery.status).toBe('IN_PROGRESS');
      expect(actions[2].delivery.status).toBe('IN_PROGRESS');
      expect(actions[1].delivery.status).toBeNull();
      expect(actions[1].keyWorker).toBeNull();
      expect(r.body.errors).toEqual(
        expect.arrayContaining([
          {
            message: 'Agency PROB is unavailable',
            path: ['case', 'carePlan', 'actions', 1, 'delivery'],
            extensions: { code: 'AGENCY_UNAVAILABLE', agencyCode: 'PROB' },
          },
        ]),
      );
      expect(r.body.errors!.every((e) => e.extensions?.agencyCode === 'PROB')).toBe(true);
      expect(r.text).not.toMatch(/127\.0\.0\.1|localhost|http:\/\//);
    });

    it("gives root operations of a stopped agency's users a clean AGENCY_UNAVAILABLE", async () => {
      const r = await f.query({ agency: 'PROB' }, `{ keyWorkers { id } }`);
      expect(codes(r)).toEqual(['AGENCY_UNAVAILABLE']);
      expect(r.text).not.toMatch(/127\.0\.0\.1|localhost|http:\/\//);
    });

    it('recovers when the agency is back', async () => {
      await f.startAgency('PROB');
      const r = await f.query({ agency: 'CDAS' }, PLAN, { id: DEMO.cases.jamie });
      expect(r.body.errors).toBeUndefined();
      expect(actionsOf(r)[1].delivery.status).toBe('IN_PROGRESS');
    });

    it('times out a slow agency after the configured timeout and answers the rest', async () => {
      const { port } = silent.address() as { port: number };
      const real = f.agencies.get('HSEM')!.url;
      f.setAgencyUrl('HSEM', `http://127.0.0.1:${port}/graphql`);
      f.updateDirectoryEntry('HSEM', { timeoutMs: 2000 }); // HSEM's own timeout (ADR 0034)
      try {
        const started = Date.now();
        const r = await f.query({ agency: 'CDAS' }, PLAN, { id: DEMO.cases.jamie });
        // The silent host never answers: HSEM's 2 s ends the wait, long before the gateway's
        // default in tests (20 s), with room for a busy machine.
        expect(Date.now() - started).toBeLessThan(15_000);
        expect(actionsOf(r)[2].delivery.status).toBeNull();
        expect(actionsOf(r)[0].delivery.status).toBe('IN_PROGRESS');
        expect(codes(r)).toContain('AGENCY_UNAVAILABLE');
        expect(
          r.body.errors!.find((e) => e.extensions?.code === 'AGENCY_UNAVAILABLE')!.extensions!
            .agencyCode,
        ).toBe('HSEM');
      } finally {
        f.updateDirectoryEntry('HSEM', { timeoutMs: undefined });
        f.setAgencyUrl('HSEM', real);
      }
    });

    it('withholds an agency instance that serves a different schema, and reports it', async () => {
      const schema = buildSubgraphSchema({
        typeDefs: parse(`
          extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"])
          type KeyWorker @key(fields: "agencyCode id") { agencyCode: ID! id: ID! name: String! nickname: String }
          type Query { hello: String }
        `),
      });
      impostor = await startSubgraphServer(
        {
          schema,
          audience: agencyAudience('HSEM'),
          gatewayKey: () => importKeyCached(f.directory.current.gateway.publicKey),
          context: (identity) => ({ identity }),
          health: async () => ({ status: 'ok' }),
          logger: createLogger('impostor'),
        },
        0,
      );
      const real = f.agencies.get('HSEM')!.url;
      f.setAgencyUrl('HSEM', impostor.url);
      try {
        const r = await f.query({ agency: 'CDAS' }, PLAN, { id: DEMO.cases.jamie });
        expect(actionsOf(r)[2].delivery.status).toBeNull();
        expect(actionsOf(r)[1].delivery.status).toBe('IN_PROGRESS');
        expect(r.body.errors).toEqual(
          expect.arrayContaining([
            expect.objectContaining({
              path: ['case', 'carePlan', 'actions', 2, 'delivery'],
              extensions: { code: 'AGENCY_SCHEMA_MISMATCH', agencyCode: 'HSEM' },
            }),
          ]),
        );
        const health = (await (await fetch(f.url.replace('/graphql', '/health'))).json()) as Json;
        expect(health.agencySchemas.HSEM).toBe('mismatch');
        expect(health.agencySchemas.CDAS).toBe('ok');
      } finally {
        f.setAgencyUrl('HSEM', real);
      }
    });
  });
});

describe('an agency missing from the directory', () => {
  let f: TestFederation;
  beforeAll(async () => {
    // The demo plan has an action for HSEM, which this federation does not list.
    f = await TestFederation.start({ agencies: [{ code: 'CDAS' }, { code: 'PROB' }] });
  });
  afterAll(() => f.close());

  it('yields AGENCY_UNKNOWN for its part only', async () => {
    const r = await f.query({ agency: 'CDAS' }, PLAN, { id: DEMO.cases.jamie });
    expect(actionsOf(r)[2].delivery.status).toBeNull();
    expect(actionsOf(r)[0].delivery.status).toBe('IN_PROGRESS');
    expect(codes(r)).toEqual(expect.arrayContaining(['AGENCY_UNKNOWN']));
  });
});
