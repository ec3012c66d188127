import {
  buildSchema,
  getNamedType,
  isLeafType,
  isNonNullType,
  isObjectType,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { DEMO, type Role } from '@icp/shared';
import { composeSupergraph } from '@icp/gateway';
import { TestFederation, type GraphQLResponse } from './support/test-federation';
import type { Json } from './support/json';
import { nodesOf } from './support/connections';

/**
 * ADR 0026: a referral consent opens the referral (and who the person referred is) to the agency
 * it is addressed to, and nothing reached from it. Walks the composed supergraph from `Referral`
 * to every object type reachable from it and reads each through the gateway.
 */

const JAMIE = DEMO.serviceUsers.jamie.id;
const aoife = { agency: 'CDAS', user: DEMO.staff.aoife.id, roles: ['CASE_MANAGER' as Role] };
const declan = { agency: 'PROB', user: DEMO.staff.declan.id, roles: ['KEY_WORKER' as Role] };
const ALL = [
  'IDENTITY',
  'CARE_PLAN_SUMMARY',
  'PHYSICAL_HEALTH',
  'MENTAL_HEALTH',
  'SUBSTANCE_USE',
  'HOUSING_AND_SOCIAL',
  'LEGAL_AND_JUSTICE',
  'MEETING_RECORDS',
];
const MAX_DEPTH = 7;

interface Step {
  field: string;
  type: GraphQLObjectType;
}

const takesNoRequiredArgs = (f: GraphQLField<unknown, unknown>) =>
  f.args.every((a) => !isNonNullType(a.type) || a.defaultValue !== undefined);

/** The shortest path (by field names) from `Referral` to every object type reachable from it. */
function pathsFromReferral(schema: GraphQLSchema): Map<string, Step[]> {
  const start = schema.getType('Referral') as GraphQLObjectType;
  const paths = new Map<string, Step[]>([['Referral', []]]);
  let frontier: [GraphQLObjectType, Step[]][] = [[start, []]];
  for (let depth = 0; depth < MAX_DEPTH && frontier.length > 0; depth++) {
    const next: [GraphQLObjectType, Step[]][] = [];
    for (const [type, path] of frontier) {
      for (const f of Object.values(type.getFields())) {
        const target = getNamedType(f.type);
        if (!isObjectType(target) || paths.has(target.name) || !takesNoRequiredArgs(f)) continue;
        const to = [...path, { field: f.name, type: target }];
        paths.set(target.name, to);
        next.push([target, to]);
      }
    }
    frontier = next;
  }
  return paths;
}

/** Fields carrying `@consent` in the supergraph, as `Type.field`. */
function protectedFieldsOf(sdl: string): Set<string> {
  const out = new Set<string>();
  let type = '';
  for (const line of sdl.split('\n')) {
    const t = /^(?:type|extend type) (\w+)/.exec(line);
    if (t) type = t[1]!;
    const f = /^\s+(\w+)(?:\(.*\))?: .*@consent\b/.exec(line);
    if (f && type) out.add(`${type}.${f[1]}`);
  }
  return out;
}

function queryFor(path: Step[], end: GraphQLObjectType): string {
  const leaves = Object.values(end.getFields())
    .filter((f) => isLeafType(getNamedType(f.type)) && takesNoRequiredArgs(f))
    .map((f) => f.name);
  let body = `{ __typename ${leaves.join(' ')} }`;
  for (const step of [...path].reverse()) body = `{ __typename ${step.field} ${body} }`;
  return `query($id: UUID!) { referral(id: $id) ${body} }`;
}

interface Disclosed {
  /** e.g. referral.case.carePlan.version */
  path: string;
  /** e.g. CarePlan.version */
  field: string;
}

/** Every non-null value of a protected field in a response, with its path. */
function disclosed(data: Json, protectedFields: Set<string>): Disclosed[] {
  const out: Disclosed[] = [];
  const walk = (value: Json, path: string): void => {
    if (Array.isArray(value)) {
      for (const v of value) walk(v, path);
      return;
    }
    if (value === null || typeof value !== 'object') return;
    const typename = typeof value.__typename === 'string' ? value.__typename : '';
    for (const [key, v] of Object.entries(value)) {
      if (key === '__typename' || v === null) continue;
      const field = `${typename}.${key}`;
      if (protectedFields.has(field)) out.push({ path: `${path}.${key}`, field });
      walk(v, `${path}.${key}`);
    }
  };
  walk(data, '');
  return out;
}

/** What the agency referred to may read under its referral consent (ADR 0026). */
function withinReferral(d: Disclosed, schema: GraphQLSchema): boolean {
  const parts = d.path.split('.').filter(Boolean);
  if (parts[0] !== 'referral') return false;
  if (parts.length === 2) return true; // the referral's own fields
  if (parts.length === 3 && parts[1] === 'events') return true; // its history
  if (parts.length === 3 && parts[1] === 'serviceUser') {
    const f = (schema.getType('ServiceUser') as GraphQLObjectType).getFields()[parts[2]!];
    return f !== undefined && isLeafType(getNamedType(f.type)); // who the person is
  }
  return false;
}

describe('what a referral consent opens (ADR 0026)', () => {
  let f: TestFederation;
  let schema: GraphQLSchema;
  let protectedFields: Set<string>;
  let referralId: string;
  let referralConsentId: string;

  const ok = (r: GraphQLResponse, what: string): Json => {
    if (r.body.errors) throw new Error(`${what}: ${JSON.stringify(r.body.errors)}`);
    return r.body.data!;
  };

  beforeAll(async () => {
    // Every shape below is legitimate but deep: this test is about consent, not query cost.
    f = await TestFederation.start({
      agencies: [{ code: 'CDAS' }, { code: 'PROB' }, { code: 'HSEM' }, { code: 'GPX', kind: 'GP' }],
      limits: { maxDepth: 30, maxCost: 10_000_000, maxTokens: 100_000 },
    });
    const { supergraphSdl } = await composeSupergraph();
    schema = buildSchema(supergraphSdl, { assumeValidSDL: true });
    protectedFields = protectedFieldsOf(supergraphSdl);

    // Probation keeps only a referral consent for Jamie, covering every category.
    const consents = ok(
      await f.query(
        aoife,
        `query($id: UUID!) { serviceUser(id: $id) { consents(first: 100) { edges { node {
          id inForce recipientAgency { code } } } } } }`,
        { id: JAMIE },
      ),
      'consents',
    ) as {
      serviceUser: {
        consents: {
          edges: {
            node: { id: string; inForce: boolean; recipientAgency: { code: string } | null };
          }[];
        };
      };
    };
    for (const c of nodesOf(consents.serviceUser.consents)) {
      if (c.inForce && c.recipientAgency?.code === 'PROB') {
        ok(
          await f.query(aoife, `mutation($id: UUID!) { withdrawConsent(id: $id) { id } }`, {
            id: c.id,
          }),
          'withdraw',
        );
      }
    }
    const granted = ok(
      await f.query(
        aoife,
        `mutation($input: GrantConsentInput!) { grantConsent(input: $input) { id } }`,
        {
          input: {
            serviceUserId: JAMIE,
            recipientAgencyCode: 'PROB',
            categories: ALL,
            purpose: 'REFERRAL',
            evidenceRef: 'FORM-PROB-REF-1',
          },
        },
      ),
      'grant',
    ) as { grantConsent: { id: string } };
    referralConsentId = granted.grantConsent.id;
    const created = ok(
      await f.query(
        aoife,
        `mutation($input: CreateReferralInput!) { createReferral(input: $input) { id } }`,
        {
          input: {
            caseId: DEMO.cases.jamie,
            toAgencyCode: 'PROB',
            reason: 'Assessment for the community service programme',
            consentId: referralConsentId,
          },
        },
      ),
      'referral',
    ) as { createReferral: { id: string } };
    referralId = created.createReferral.id;
  }, 180_000);
  afterAll(() => f?.close());

  it('opens the referral, its history and who the person is to the agency referred to', async () => {
    const r = await f.query(
      declan,
      `query($id: UUID!) {
        referral(id: $id) {
          reason status consentId events { status }
          serviceUser { givenName familyName dateOfBirth cases { id } currentCase { id } consents { edges { node { id } } } }
        }
      }`,
      { id: referralId },
    );
    expect(r.body.errors?.filter((e) => e.extensions?.code !== 'CONSENT_REQUIRED') ?? []).toEqual(
      [],
    );
    const referral = (r.body.data as { referral: Record<string, Json> }).referral;
    expect(referral).toMatchObject({
      reason: 'Assessment for the community service programme',
      status: 'PLANNED',
      consentId: referralConsentId,
      events: [{ status: 'PLANNED' }],
      serviceUser: { givenName: 'Jamie', familyName: expect.any(String), currentCase: null },
    });
    // The person's other records are read for coordination, which the consent does not cover.
    const person = referral.serviceUser as Record<string, Json>;
    expect(person.cases ?? []).toEqual([]);
    expect(nodesOf(person.consents)).toEqual([]);
  });

  it('discloses nothing reached by traversing out of the referral, to any reachable type', async () => {
    const paths = pathsFromReferral(schema);
    // The walk must reach the plan, other agencies' deliveries, meetings and the register.
    for (const t of [
      'Case',
      'CarePlan',
      'PlanAction',
      'ActionDelivery',
      'Meeting',
      'Consent',
      'GapBlock',
    ])
      expect(paths.has(t)).toBe(true);
    let readByLead = 0;
    const leaks: string[] = [];
    for (const [typeName, path] of paths) {
      const query = queryFor(path, schema.getType(typeName) as GraphQLObjectType);
      const asProbation = await f.query(declan, query, { id: referralId });
      expect({ typeName, status: asProbation.status }).toEqual({ typeName, status: 200 });
      for (const d of disclosed(asProbation.body.data ?? null, protectedFields)) {
        if (!withinReferral(d, schema)) leaks.push(`${typeName}: ${d.path}`);
      }
      // The same query as the case manager reaches real records: the walk is not vacuous.
      const asLead = await f.query(aoife, query, { id: referralId });
      readByLead += disclosed(asLead.body.data ?? null, protectedFields).filter(
        (d) => !withinReferral(d, schema),
      ).length;
    }
    expect(leaks).toEqual([]);
    expect(readByLead).toBeGreaterThan(paths.size);
  });

  it('decides the purpose of a read alike in case-management and the agency subgraphs', async () => {
    // With a coordination consent for the plan summary besides the referral consent, probation
    // reads the case and its plan (coordination), and still nothing the referral consent alone
    // grants once it has left the referral: need descriptions (case-management) and progress
    // notes (each agency's subgraph) stay withheld, under the same rule.
    ok(
      await f.query(
        aoife,
        `mutation($input: GrantConsentInput!) { grantConsent(input: $input) { id } }`,
        {
          input: {
            serviceUserId: JAMIE,
            recipientAgencyCode: 'PROB',
            categories: ['CARE_PLAN_SUMMARY'],
            purpose: 'CARE_COORDINATION',
            evidenceRef: 'FORM-PROB-COORD-1',
          },
        },
      ),
      'grant coordination',
    );
    const r = await f.query(
      declan,
      `query($id: UUID!) {
        referral(id: $id) {
          reason
          case {
            status
            carePlan {
              version
              needs { domain description }
              actions { responsibleAgency { code } delivery { status progressNotes { edges { node { body } } } } }
            }
          }
        }
      }`,
      { id: referralId },
    );
    const referral = (r.body.data as { referral: Json }).referral as {
      reason: string;
      case: {
        status: string;
        carePlan: {
          version: number;
          needs: { domain: string; description: string | null }[] | null;
          actions: {
            responsibleAgency: { code: string };
            delivery: {
              status: string | null;
              progressNotes: { edges: { node: Json }[] } | null;
            } | null;
          }[];
        };
      };
    };
    expect(referral.reason).toMatch(/community service/);
    expect(referral.case.status).toBe('ACTIVE');
    expect(referral.case.carePlan.version).toEqual(expect.any(Number));
    // Needs are listed by their domain's category: none is readable for coordination.
    expect(referral.case.carePlan.needs ?? []).toEqual([]);
    // Other agencies' deliveries (probation holds, and reads, its own).
    const deliveries = referral.case.carePlan.actions
      .filter((a) => a.responsibleAgency.code !== 'PROB')
      .map((a) => a.delivery)
      .filter((d) => d);
    expect(deliveries.length).toBeGreaterThan(0);
    expect(deliveries.every((d) => d!.status !== null)).toBe(true);
    expect(deliveries.every((d) => nodesOf(d!.progressNotes).length === 0)).toBe(true);
  });

  it('gives another agency nothing of a referral not addressed to it', async () => {
    // A GP practice holds a consent for Jamie's identity and physical health, but the referral
    // is probation's business: it reads the referral for coordination, which its consent does
    // not cover for the referral's category, so the referral reads as no referral.
    const r = await f.query(
      { agency: 'GPX', user: 'gp-1', roles: ['KEY_WORKER'] },
      `query($id: UUID!) { referral(id: $id) { reason serviceUser { givenName } } }`,
      { id: referralId },
    );
    expect(r.body.data).toEqual({ referral: null });
    expect(r.body.errors).toBeUndefined();
  });
});
