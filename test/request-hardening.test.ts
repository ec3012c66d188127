import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApolloGateway } from '@apollo/gateway';
import {
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  Kind,
  parse,
  specifiedRules,
  typeFromAST,
  validate,
  type GraphQLInputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';
import { SignJWT } from 'jose';
import pino from 'pino';
import {
  ALG,
  CASE_MANAGER_OF_PATH,
  CONSENT_DECISIONS_PATH,
  ConfigError,
  DEMO,
  MEETING_INVITATIONS_PATH,
  MEETING_RESPONSES_PATH,
  PLAN_ACTIONS_PATH,
  SERVICE_DELIVERY_CHANGES_PATH,
  STAFF_STATUS_PATH,
  UPCOMING_MEETING_INVITATIONS_PATH,
  USER_TOKEN_AUDIENCE,
  importKey,
  parseFederationConfig,
} from '@icp/shared';
import { DEFAULT_REQUEST_LIMITS, queryCost, queryShapeRules, readSupergraph } from '@icp/gateway';
import { TestFederation, codes, type GraphQLResponse } from './support/test-federation';
import type { Json } from './support/json';

/** 15 aliases of a walk through four nested lists: passed every limit, and took ~5 s (issue 12). */
const EXPENSIVE = `{ ${Array.from(
  { length: 15 },
  (_, i) =>
    `a${i}: myCases { edges { node { serviceUser { cases { carePlan { actions { delivery { progressNotes { edges { node { body } } } } } } } } } } }`,
).join(' ')} }`;

/** Every ```graphql block of the API guide: each names its operations, or has one. */
const GUIDE_OPERATIONS = [
  ...readFileSync(join(__dirname, '..', 'docs', 'api-guide.md'), 'utf8').matchAll(
    /```graphql\n([\s\S]*?)```/g,
  ),
].flatMap((m, block) => {
  const document = parse(m[1]!, { maxTokens: DEFAULT_REQUEST_LIMITS.maxTokens });
  return document.definitions
    .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
    .map((op) => ({
      label: op.name?.value ?? `block ${block + 1} (${op.operation})`,
      text: m[1]!,
      operation: op,
    }));
});

/** A value of an input type, for variables the guide leaves to the reader. */
function sample(type: GraphQLInputType): unknown {
  const t = getNullableType(type);
  if (isListType(t)) return [];
  if (isEnumType(t)) return t.getValues()[0]!.value;
  if (isInputObjectType(t)) {
    const fields = Object.values(t.getFields()).filter(
      (f) => isNonNullType(f.type) && f.defaultValue === undefined,
    );
    return Object.fromEntries(fields.map((f) => [f.name, sample(f.type)]));
  }
  // The largest page the API serves, for paging arguments given as variables.
  const scalars: Record<string, unknown> = {
    Int: 100,
    Float: 1,
    Boolean: true,
    DateTime: '2026-01-01T00:00:00.000Z',
  };
  return scalars[t.name] ?? 'x';
}

describe("every operation in the API guide passes the gateway's limits (committed supergraph)", () => {
  let schema: GraphQLSchema;
  beforeAll(async () => {
    const gateway = new ApolloGateway({ supergraphSdl: readSupergraph().supergraphSdl });
    schema = (await gateway.load()).schema;
    await gateway.stop();
  });

  it('finds the operations', () => {
    expect(GUIDE_OPERATIONS.length).toBeGreaterThanOrEqual(80);
  });

  it.each(GUIDE_OPERATIONS.map((o) => [o.label, o] as const))(
    '%s: valid, within depth, aliases and cost',
    (_label, { text, operation }) => {
      const document = parse(text, { maxTokens: DEFAULT_REQUEST_LIMITS.maxTokens });
      const errors = validate(schema, document, [...specifiedRules, ...queryShapeRules()]);
      expect(errors.map((e) => e.message)).toEqual([]);
      const variables = Object.fromEntries(
        (operation.variableDefinitions ?? []).map((v) => [
          v.variable.name.value,
          sample(typeFromAST(schema, v.type as never) as GraphQLInputType),
        ]),
      );
      const cost = queryCost(schema, document, {
        operationName: operation.name?.value ?? null,
        variables,
        listSize: DEFAULT_REQUEST_LIMITS.listSize,
      });
      expect(cost).toBeLessThanOrEqual(DEFAULT_REQUEST_LIMITS.maxCost);
    },
  );

  it('prices the 15-alias walk through nested lists far over the limit', () => {
    const cost = queryCost(schema, parse(EXPENSIVE), {
      listSize: DEFAULT_REQUEST_LIMITS.listSize,
    });
    expect(cost).toBeGreaterThan(10 * DEFAULT_REQUEST_LIMITS.maxCost);
  });

  it('counts a paging argument instead of the assumed list size', () => {
    const log = (first: number) =>
      queryCost(
        schema,
        parse(
          `query($id: UUID!) { serviceUser(id: $id) { disclosureLog {
            entries(first: ${first}) { edges { node { at } } } } } }`,
        ),
        { variables: { id: 'x' }, listSize: DEFAULT_REQUEST_LIMITS.listSize },
      );
    // A connection's edges count its `first`: each an edge and its node (two objects).
    expect(log(100) - log(10)).toBe(2 * 90);
  });
});

describe('maxTokenAgeHours in the directory', () => {
  const entry = (extra: Record<string, unknown>) => ({
    gateway: { publicKey: { kty: 'OKP', crv: 'Ed25519', x: 'x' } },
    caseManagement: { url: 'http://127.0.0.1:4001/graphql' },
    agencies: [
      {
        code: 'CDAS',
        name: 'CDAS',
        kind: 'DRUG_AND_ALCOHOL',
        url: 'http://127.0.0.1:4101/graphql',
        publicKey: { kty: 'OKP', crv: 'Ed25519', x: 'x' },
        ...extra,
      },
    ],
  });

  it('is optional, a positive number of hours, at most 24', () => {
    expect(parseFederationConfig(entry({}), '.').agencies[0]!.maxTokenAgeHours).toBeUndefined();
    expect(
      parseFederationConfig(entry({ maxTokenAgeHours: 8 }), '.').agencies[0]!.maxTokenAgeHours,
    ).toBe(8);
    for (const bad of [0, -1, 25, '12']) {
      expect(() => parseFederationConfig(entry({ maxTokenAgeHours: bad }), '.')).toThrow(
        ConfigError,
      );
    }
  });
});

describe('malformed and abusive requests get a 4xx with a stable code, through the gateway', () => {
  let f: TestFederation;
  const logged: Record<string, Json>[] = [];
  beforeAll(async () => {
    const gatewayLogger = pino(
      { level: 'debug' },
      { write: (line: string) => void logged.push(JSON.parse(line) as Record<string, Json>) },
    );
    f = await TestFederation.start({
      agencies: [{ code: 'CDAS' }, { code: 'PROB' }],
      gatewayLogger,
    });
  });
  afterAll(() => f.close());

  const AOIFE = { agency: 'CDAS', user: DEMO.staff.aoife.id, roles: ['CASE_MANAGER' as const] };
  const DECLAN = { agency: 'PROB', user: DEMO.staff.declan.id, roles: ['KEY_WORKER' as const] };

  /** POSTs a raw body to the gateway as Aoife. */
  async function post(body: unknown, token?: string): Promise<GraphQLResponse> {
    const res = await fetch(f.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${token ?? (await f.token('CDAS', DEMO.staff.aoife.id, ['CASE_MANAGER']))}`,
      },
      body: typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await res.text();
    return { status: res.status, body: JSON.parse(text) as GraphQLResponse['body'], text };
  }

  const first = (r: GraphQLResponse) => r.body.errors?.[0]?.extensions ?? {};

  /** What the gateway logged at warning level or above, or with an error's stack. */
  const troubles = () =>
    logged.filter((l) => Number(l.level) >= 40 || JSON.stringify(l).includes('"stack"'));

  beforeEach(() => {
    logged.length = 0;
  });

  afterEach(() => {
    expect(troubles()).toEqual([]);
  });

  describe('operations the gateway cannot run', () => {
    it('answers an operationName that names no operation with 400 OPERATION_RESOLUTION_FAILURE', async () => {
      const r = await post({ query: 'query A { agencies { code } }', operationName: 'B' });
      expect(r.status).toBe(400);
      expect(codes(r)).toEqual(['OPERATION_RESOLUTION_FAILURE']);
      expect(r.body.errors![0]!.message).toBe('Unknown operation named "B"');
    });

    it('answers several operations without an operationName with 400 OPERATION_RESOLUTION_FAILURE', async () => {
      const r = await post({
        query: 'query A { agencies { code } } query B { agencies { name } }',
      });
      expect(r.status).toBe(400);
      expect(codes(r)).toEqual(['OPERATION_RESOLUTION_FAILURE']);
    });

    it('still runs the operation named', async () => {
      const r = await post({
        query: 'query A { agencies { code } } query B { agencies { name } }',
        operationName: 'B',
      });
      expect(r.status).toBe(200);
      expect(r.body.errors).toBeUndefined();
    });

    it('answers a subscription with 400 BAD_REQUEST, SUBSCRIPTIONS_UNSUPPORTED', async () => {
      for (const query of ['subscription { agencies { code } }', 'subscription S { x }']) {
        const r = await post({ query });
        expect(r.status).toBe(400);
        expect(first(r)).toEqual({ code: 'BAD_REQUEST', reason: 'SUBSCRIPTIONS_UNSUPPORTED' });
      }
    });
  });

  describe('variables', () => {
    const CASE = 'query($id: UUID!) { case(id: $id) { id } }';

    it('refuses variables over 256 KiB with 400 VARIABLES_TOO_LARGE', async () => {
      const r = await post({ query: CASE, variables: { id: 'x'.repeat(300 * 1024) } });
      expect(r.status).toBe(400);
      expect(first(r)).toEqual({ code: 'BAD_REQUEST', reason: 'VARIABLES_TOO_LARGE' });
    });

    it('refuses variables nested deeper than 10 levels with 400 VARIABLES_TOO_DEEP, and writes nothing', async () => {
      const before = await f.cm.db.dataSource.query(`SELECT count(*)::int AS n FROM consent`);
      let categories: unknown = 'IDENTITY';
      for (let i = 0; i < 10; i += 1) categories = [categories];
      const r = await post({
        query: `mutation($input: GrantConsentInput!) { grantConsent(input: $input) { id } }`,
        variables: {
          input: {
            serviceUserId: DEMO.serviceUsers.chloe.id,
            recipientAgencyCode: 'PROB',
            categories,
            purpose: 'CARE_COORDINATION',
          },
        },
      });
      expect(r.status).toBe(400);
      expect(first(r)).toEqual({ code: 'BAD_REQUEST', reason: 'VARIABLES_TOO_DEEP' });
      expect(await f.cm.db.dataSource.query(`SELECT count(*)::int AS n FROM consent`)).toEqual(
        before,
      );
    });

    it('refuses half a million levels of nesting without a 500', async () => {
      const deep = `${'['.repeat(500_000)}${']'.repeat(500_000)}`;
      const r = await post(`{"query": ${JSON.stringify(CASE)}, "variables": {"id": ${deep}}}`);
      expect(r.status).toBe(400);
      expect(first(r)).toEqual({ code: 'BAD_REQUEST', reason: 'VARIABLES_TOO_DEEP' });
    });

    it('accepts variables within the limits', async () => {
      const r = await post({ query: CASE, variables: { id: DEMO.cases.jamie } });
      expect(r.status).toBe(200);
      expect(r.body.data).toEqual({ case: { id: DEMO.cases.jamie } });
    });
  });

  describe('control characters in text inputs', () => {
    const REGISTER = `mutation($input: RegisterServiceUserInput!) { registerServiceUser(input: $input) { id } }`;
    const NOTE = `mutation($a: UUID!, $b: String!) { recordProgressNote(actionId: $a, body: $b) { body } }`;
    const count = async (sql: string, db = f.cm.db) =>
      (await db.dataSource.query<{ n: number }[]>(sql))[0]!.n;

    it.each([
      ['NUL', '\u0000'],
      ['ESC', '\u001b'],
      ['DEL', '\u007f'],
      ['C1 CSI', '\u009b'],
    ])(
      'refuses %s in a case-management input with BAD_USER_INPUT naming the field, writing nothing',
      async (_name, c) => {
        const before = await count(`SELECT count(*)::int AS n FROM service_user`);
        const r = await f.query(AOIFE, REGISTER, {
          input: { givenName: `Ja${c}mie`, familyName: 'Test' },
        });
        expect(r.status).toBe(200);
        expect(codes(r)).toEqual(['BAD_USER_INPUT']);
        expect(first(r).field).toBe('givenName');
        expect(r.body.data).toBeNull();
        expect(await count(`SELECT count(*)::int AS n FROM service_user`)).toBe(before);
      },
    );

    it("refuses them in an agency's input too, and in an argument rather than an input", async () => {
      const prob = f.agencies.get('PROB')!.db;
      const before = await count(`SELECT count(*)::int AS n FROM progress_note`, prob);
      const r = await f.query(DECLAN, NOTE, {
        a: DEMO.actions.jamieProbationSupervision,
        b: 'Seen today\u0000',
      });
      expect(codes(r)).toEqual(['BAD_USER_INPUT']);
      expect(first(r).field).toBe('body');
      expect(await count(`SELECT count(*)::int AS n FROM progress_note`, prob)).toBe(before);
    });

    it('refuses them in nested inputs, naming the nested field', async () => {
      const r = await f.query(
        AOIFE,
        `mutation($input: RecordMeetingMinutesInput!) { recordMeetingMinutes(input: $input) { id } }`,
        {
          input: {
            meetingId: '00000000-0000-4000-8000-000000000000',
            expectedRecordVersion: 0,
            summary: 'Met',
            decisions: ['Keep going'],
            actionReviews: [
              { actionId: DEMO.actions.jamieRelapsePrevention, challenges: 'Late\u0007again' },
            ],
          },
        },
      );
      expect(codes(r)).toEqual(['BAD_USER_INPUT']);
      expect(first(r).field).toBe('challenges');
    });

    it('refuses them in a list of texts, naming the list', async () => {
      const r = await f.query(
        AOIFE,
        `mutation($input: RecordMeetingMinutesInput!) { recordMeetingMinutes(input: $input) { id } }`,
        {
          input: {
            meetingId: '00000000-0000-4000-8000-000000000000',
            expectedRecordVersion: 0,
            summary: 'Met',
            decisions: ['Keep going', 'Review\u0000'],
          },
        },
      );
      expect(codes(r)).toEqual(['BAD_USER_INPUT']);
      expect(first(r).field).toBe('decisions');
    });

    it('keeps tab, line feed and carriage return', async () => {
      const r = await f.query(DECLAN, NOTE, {
        a: DEMO.actions.jamieProbationSupervision,
        b: 'Seen today.\r\n\tNext: Friday',
      });
      expect(r.body.errors).toBeUndefined();
      expect(r.body.data).toEqual({
        recordProgressNote: { body: 'Seen today.\r\n\tNext: Friday' },
      });
    });
  });

  describe('expensive queries', () => {
    it('refuses 15 aliases of a walk through nested lists with 400 before running anything', async () => {
      f.resetStatements();
      const r = await post({ query: EXPENSIVE });
      expect(r.status).toBe(400);
      expect(first(r)).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED', reason: 'QUERY_TOO_COSTLY' });
      expect(r.body.errors![0]!.message).toMatch(
        /estimated cost, \d+, is over the maximum of 5000/,
      );
      expect(r.body.data).toBeUndefined();
      for (const server of ['case-management', 'CDAS', 'PROB']) {
        expect(
          f.statements(server).filter((s) => /care_plan|plan_action|progress_note/.test(s)),
        ).toEqual([]);
      }
    });

    it('answers a caseload walk of everyday size', async () => {
      const r = await f.query(
        AOIFE,
        `{ myCases { edges { node { id status carePlan { actions { id description delivery { status } } } } } } }`,
      );
      expect(r.status).toBe(200);
      expect(r.body.data!.myCases.edges.length).toBeGreaterThan(0);
      // HSEM's deliveries: this federation has no HSEM server.
      expect(codes(r).filter((c) => c !== 'AGENCY_UNKNOWN')).toEqual([]);
    });

    it('names the depth and alias limits too', async () => {
      const aliases = `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: agencies { code }`).join(' ')} }`;
      const r = await post({ query: aliases });
      expect(r.status).toBe(400);
      expect(first(r)).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED', reason: 'TOO_MANY_ALIASES' });
      expect(r.body.errors![0]!.message).not.toMatch(/Syntax Error/);
      let deep = 'id';
      for (let i = 0; i < 7; i += 1) deep = `serviceUser { currentCase { ${deep} } }`;
      const d = await post({ query: `{ case(id: "${DEMO.cases.jamie}") { ${deep} } }` });
      expect(d.status).toBe(400);
      expect(first(d)).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED', reason: 'QUERY_TOO_DEEP' });
    });
  });

  describe('internal endpoints', () => {
    const PATHS = [
      CONSENT_DECISIONS_PATH,
      PLAN_ACTIONS_PATH,
      SERVICE_DELIVERY_CHANGES_PATH,
      MEETING_INVITATIONS_PATH,
      MEETING_RESPONSES_PATH,
      UPCOMING_MEETING_INVITATIONS_PATH,
      CASE_MANAGER_OF_PATH,
      STAFF_STATUS_PATH,
      '/internal/no-such-endpoint',
      '/internal/',
    ];
    const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

    it('answer 401 to every unauthenticated request, of every method, on every server', async () => {
      const servers = {
        'case-management': f.cm.url,
        CDAS: f.agencies.get('CDAS')!.url,
        PROB: f.agencies.get('PROB')!.url,
        gateway: f.url,
      };
      const answers: string[] = [];
      for (const [server, url] of Object.entries(servers)) {
        for (const path of PATHS) {
          for (const method of METHODS) {
            for (const authorization of [undefined, 'Bearer not-a-token']) {
              const withBody = !['GET', 'HEAD'].includes(method);
              const res = await fetch(new URL(path, url), {
                method,
                headers: {
                  'content-type': 'application/json',
                  ...(authorization ? { authorization } : {}),
                },
                ...(withBody ? { body: '{}' } : {}),
              });
              const text = await res.text();
              if (res.status !== 401) answers.push(`${server} ${method} ${path}: ${res.status}`);
              if (method !== 'HEAD')
                expect((JSON.parse(text) as { errors: Json[] }).errors[0].extensions.code).toBe(
                  'UNAUTHENTICATED',
                );
            }
          }
        }
      }
      expect(answers).toEqual([]);
    });
  });

  describe('user tokens have a maximum age', () => {
    const now = () => Math.floor(Date.now() / 1000);
    async function token(
      claims: { iat?: number; exp?: number },
      agencyCode = 'CDAS',
    ): Promise<string> {
      const key = await importKey(f.agencyKeys.get(agencyCode)!);
      return new SignJWT({ roles: ['CASE_MANAGER'], ...claims })
        .setProtectedHeader({ alg: ALG, typ: 'JWT' })
        .setIssuer(agencyCode)
        .setAudience(USER_TOKEN_AUDIENCE)
        .setSubject(DEMO.staff.aoife.id)
        .sign(key);
    }
    const ask = (t: string) => post({ query: '{ agencies { code } }' }, t);

    it.each([
      ['without exp', () => ({ iat: now() })],
      ['without iat', () => ({ exp: now() + 3600 })],
      ['valid for 12 hours and a minute', () => ({ iat: now() - 60, exp: now() + 12 * 3600 })],
      ['issued five minutes from now', () => ({ iat: now() + 300, exp: now() + 3600 })],
    ])('refuses a token %s with 401 UNAUTHENTICATED', async (_label, claims) => {
      const r = await ask(await token(claims()));
      expect(r.status).toBe(401);
      expect(codes(r)).toEqual(['UNAUTHENTICATED']);
    });

    it.each([
      ['valid for exactly 12 hours', () => ({ iat: now(), exp: now() + 12 * 3600 })],
      ['issued 30 seconds from now (clock skew)', () => ({ iat: now() + 30, exp: now() + 3600 })],
    ])('accepts a token %s', async (_label, claims) => {
      const r = await ask(await token(claims()));
      expect(r.status).toBe(200);
      expect(r.body.errors).toBeUndefined();
    });

    it("follows the agency's maxTokenAgeHours", async () => {
      f.updateDirectoryEntry('PROB', { maxTokenAgeHours: 1 });
      try {
        const twoHours = await token({ iat: now(), exp: now() + 2 * 3600 }, 'PROB');
        const r = await ask(twoHours);
        expect(r.status).toBe(401);
        expect(r.body.errors![0]!.message).toMatch(/1 hours/);
        const oneHour = await token({ iat: now(), exp: now() + 3600 }, 'PROB');
        expect((await ask(oneHour)).status).toBe(200);
        // The token CLI's and the test support's tokens (8 h) keep working elsewhere.
        expect((await f.query(AOIFE, '{ agencies { code } }')).status).toBe(200);
      } finally {
        f.updateDirectoryEntry('PROB', { maxTokenAgeHours: undefined });
      }
    });
  });
});
