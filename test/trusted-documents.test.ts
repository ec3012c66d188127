import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  getNamedType,
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
  type OperationDefinitionNode,
} from 'graphql';
import { DEMO, createLogger } from '@icp/shared';
import {
  API_SCHEMA_PATH,
  DEFAULT_REQUEST_LIMITS,
  PERSISTED_QUERY_NOT_LISTED,
  composeSupergraph,
  queryCost,
  queryShapeRules,
  readTrustedDocuments,
  startGateway,
  type RunningGateway,
} from '@icp/gateway';
import { TestFederation } from './support/test-federation';
import type { Json } from './support/json';

/** The web app's manifest, as `npm run codegen` writes it (check:codegen keeps it fresh). */
const WEB_MANIFEST_PATH = join(
  __dirname,
  '..',
  'web',
  'src',
  'graphql',
  'generated',
  'persisted-documents.json',
);
const manifest = readTrustedDocuments(WEB_MANIFEST_PATH);

/** The operation of a listed document (the client preset lists one operation a document). */
const operationOf = (document: string) =>
  parse(document).definitions.find(
    (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
  )!;

/** The hash (document id) of the listed operation with this name. */
function idOf(operationName: string): string {
  for (const [hash, document] of manifest) {
    if (operationOf(document).name?.value === operationName) return hash;
  }
  throw new Error(`No listed operation named ${operationName}`);
}

const CASE_WITH_PLAN = idOf('CaseWithPlan');
const caseVariables = { id: DEMO.cases.jamie };

describe('the trusted-documents manifest', () => {
  const schema = buildSchema(readFileSync(API_SCHEMA_PATH, 'utf8'));

  /** A valid value for a variable: the largest page where a list is paged (the worst cost). */
  function sample(type: GraphQLInputType, name: string): unknown {
    if (isNonNullType(type)) return sample(type.ofType, name);
    if (isListType(type)) return [];
    if (isEnumType(type)) return type.getValues()[0]!.value;
    if (isInputObjectType(type)) {
      return Object.fromEntries(
        Object.values(type.getFields())
          .filter((f) => isNonNullType(f.type) && f.defaultValue === undefined)
          .map((f) => [f.name, sample(f.type, f.name)]),
      );
    }
    switch (getNamedType(getNullableType(type)).name) {
      case 'Int':
        return name === 'first' ? 100 : 1;
      case 'Float':
        return 1;
      case 'Boolean':
        return false;
      default:
        return '7b0c6a2e-1d4f-4c1a-9a57-3f0e2c8d1a01';
    }
  }

  it("lists the web app's operations, each under the sha256 of its document (checked on load)", () => {
    expect(manifest.size).toBeGreaterThan(40);
  });

  it.each([...manifest.values()].map((text) => [operationOf(text).name!.value, text]))(
    '%s is valid and within the gateway request limits',
    (_name, text) => {
      const document = parse(text);
      expect(
        validate(schema, document, [...specifiedRules, ...queryShapeRules()]).map((e) => e.message),
      ).toEqual([]);
      const op = operationOf(text);
      const variables = Object.fromEntries(
        (op.variableDefinitions ?? []).map((v) => [
          v.variable.name.value,
          sample(typeFromAST(schema, v.type) as GraphQLInputType, v.variable.name.value),
        ]),
      );
      const cost = queryCost(schema, document, {
        operationName: op.name!.value,
        variables,
        listSize: DEFAULT_REQUEST_LIMITS.listSize,
      });
      expect(cost).toBeLessThanOrEqual(DEFAULT_REQUEST_LIMITS.maxCost);
    },
  );
});

describe('trusted documents through the gateway', () => {
  let f: TestFederation;
  /** A second gateway in front of the same federation, started with NODE_ENV=production. */
  let production: RunningGateway;

  beforeAll(async () => {
    f = await TestFederation.start({
      agencies: [{ code: 'CDAS' }, { code: 'PROB' }, { code: 'HSEM' }],
      trustedDocuments: { manifest },
    });
    const previous = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      production = await startGateway({
        directory: f.directory,
        privateKey: f.gatewayKey,
        ...(await composeSupergraph()),
        port: 0,
        trustedDocuments: { manifest },
        logger: createLogger('gateway'),
      });
    } finally {
      process.env.NODE_ENV = previous;
    }
  });
  afterAll(async () => {
    await production?.close();
    await f?.close();
  });

  async function post(url: string, body: Record<string, Json>) {
    const token = await f.token('CDAS', 'cdas-aoife', ['CASE_MANAGER']);
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify(body),
    });
    return { status: res.status, body: (await res.json()) as Json };
  }

  const expectCaseWithPlan = (r: { status: number; body: Json }) => {
    expect(r.status).toBe(200);
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data.case.id).toBe(DEMO.cases.jamie);
    expect(r.body.data.case.carePlan.actions.length).toBeGreaterThan(0);
  };

  const expectNotListed = (r: { status: number; body: Json }) => {
    expect(r.status).toBe(400);
    expect(r.body.data).toBeUndefined();
    expect(r.body.errors.map((e: Json) => e.extensions.code)).toEqual([PERSISTED_QUERY_NOT_LISTED]);
  };

  describe('in production', () => {
    it('runs a listed operation sent by its documentId alone', async () => {
      expectCaseWithPlan(
        await post(production.url, {
          documentId: `sha256:${CASE_WITH_PLAN}`,
          variables: caseVariables,
        }),
      );
    });

    it('runs it by a bare id or an automatic-persisted-query hash too', async () => {
      expectCaseWithPlan(
        await post(production.url, { id: CASE_WITH_PLAN, variables: caseVariables }),
      );
      expectCaseWithPlan(
        await post(production.url, {
          variables: caseVariables,
          extensions: { persistedQuery: { version: 1, sha256Hash: CASE_WITH_PLAN } },
        }),
      );
    });

    it('runs a listed query by its documentId in a GET', async () => {
      const token = await f.token('CDAS', 'cdas-aoife', ['CASE_MANAGER']);
      const search = new URLSearchParams({
        documentId: `sha256:${CASE_WITH_PLAN}`,
        variables: JSON.stringify(caseVariables),
      });
      const res = await fetch(`${production.url}?${search.toString()}`, {
        headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' },
      });
      expectCaseWithPlan({ status: res.status, body: (await res.json()) as Json });
    });

    it('runs the listed document, not a query text sent with its id', async () => {
      const r = await post(production.url, {
        documentId: `sha256:${CASE_WITH_PLAN}`,
        query: 'query CaseWithPlan($id: UUID!) { case(id: $id) { id status } agencies { code } }',
        variables: caseVariables,
      });
      expectCaseWithPlan(r);
      expect(r.body.data.agencies).toBeUndefined();
    });

    it('refuses an operation that is not listed, with 400 and a stable code', async () => {
      expectNotListed(
        await post(production.url, {
          query: 'query($id: UUID!) { case(id: $id) { id serviceUser { givenName } } }',
          variables: caseVariables,
        }),
      );
    });

    it('refuses an unknown or malformed id, and registering a new persisted query', async () => {
      const unknown = 'a'.repeat(64);
      expectNotListed(await post(production.url, { documentId: `sha256:${unknown}` }));
      expectNotListed(await post(production.url, { documentId: 'CaseWithPlan' }));
      expectNotListed(await post(production.url, { id: 42 }));
      const query = '{ agencies { code } }';
      expectNotListed(
        await post(production.url, {
          query,
          extensions: {
            persistedQuery: {
              version: 1,
              sha256Hash: createHash('sha256').update(query).digest('hex'),
            },
          },
        }),
      );
    });
  });

  describe('in development', () => {
    it('accepts any valid operation, listed or not', async () => {
      const r = await post(f.url, {
        query: 'query($id: UUID!) { case(id: $id) { id status } }',
        variables: caseVariables,
      });
      expect(r.status).toBe(200);
      expect(r.body.data.case).toEqual({ id: DEMO.cases.jamie, status: 'ACTIVE' });
    });

    it('still runs a listed operation by its id', async () => {
      expectCaseWithPlan(
        await post(f.url, { documentId: `sha256:${CASE_WITH_PLAN}`, variables: caseVariables }),
      );
    });

    it('refuses an id that names no listed operation when there is no query to run instead', async () => {
      expectNotListed(await post(f.url, { documentId: `sha256:${'b'.repeat(64)}` }));
    });
  });
});
