import { SpanKind, type Attributes } from '@opentelemetry/api';
import type { ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { DEMO, metricsRegistry } from '@icp/shared';
import { TestFederation, codes } from './support/test-federation';
import { AOIFE, inDays, smartGoal } from './support/plan-factory';
import { startTestTracing, type TestTracing } from './support/telemetry';
import type { Json } from './support/json';

/**
 * Traces and metrics (ADR 0038): one trace follows a read from the gateway through
 * case-management and an agency instance (and the agency's consent call back to
 * case-management), linked by the W3C trace context each HTTP hop carries; and nothing a span or
 * a metric says names the service user: not their id, names, pseudonym or date of birth, though
 * the requests carried them in variables, inline literals, a URL and malformed input.
 */

const GIVEN = 'Zebedee';
const FAMILY = 'Quillfeather';
const BORN = '1987-03-14';
const METRICS_TOKEN = 'telemetry-test-metrics-token';

const PLAN_VIEW = `query PlanView($id: UUID!) { carePlan(id: $id) { version
  actions { id description responsibleAgency { code } delivery { agencyCode status } } } }`;

/** Every string a span carries: name, attribute keys and values, events, links, status. */
function spanStrings(span: ReadableSpan): string[] {
  const ofAttributes = (a: Attributes | undefined) =>
    Object.entries(a ?? {}).flatMap(([k, v]) => [k, ...(Array.isArray(v) ? v : [v]).map(String)]);
  return [
    span.name,
    span.status.message ?? '',
    ...ofAttributes(span.attributes),
    ...span.events.flatMap((e) => [e.name, ...ofAttributes(e.attributes)]),
    ...span.links.flatMap((l) => ofAttributes(l.attributes)),
    ...ofAttributes(span.resource.attributes),
  ];
}

describe('traces and metrics', () => {
  let t: TestTracing;
  let f: TestFederation;
  let serviceUserId: string;
  let pseudonym: string;
  let planId: string;

  /** The service user's data, as any span or label could have leaked it. */
  const secrets = () => [serviceUserId, pseudonym, GIVEN, FAMILY, `${GIVEN} ${FAMILY}`, BORN];

  beforeAll(async () => {
    process.env.METRICS_TOKEN = METRICS_TOKEN;
    t = startTestTracing();
    f = await TestFederation.start();

    // Registered with its names and birth date as inline literals.
    const su = await f.query(
      AOIFE,
      `mutation Register { registerServiceUser(input: { givenName: "${GIVEN}", familyName: "${FAMILY}",
        dateOfBirth: "${BORN}", confirmNotDuplicate: true }) { id pseudonym } }`,
    );
    expect(su.body.errors).toBeUndefined();
    serviceUserId = su.body.data.registerServiceUser.id;
    pseudonym = su.body.data.registerServiceUser.pseudonym;
    // ... then its id in variables.
    const c = await f.query(
      AOIFE,
      `mutation Open($id: UUID!) { openCase(input: { serviceUserId: $id }) { id } }`,
      { id: serviceUserId },
    );
    const grant = await f.query(
      AOIFE,
      `mutation Grant($input: GrantConsentInput!) { grantConsent(input: $input) { id } }`,
      {
        input: {
          serviceUserId,
          recipientAgencyCode: 'CDAS',
          categories: ['CARE_PLAN_SUMMARY', 'HOUSING_AND_SOCIAL'],
          purpose: 'CASE_MANAGEMENT',
        },
      },
    );
    expect(grant.body.errors).toBeUndefined();
    const goalId = crypto.randomUUID();
    const needId = crypto.randomUUID();
    const plan = await f.query(
      AOIFE,
      `mutation Plan($input: CreateCarePlanInput!) { createCarePlan(input: $input) { id } }`,
      {
        input: {
          caseId: c.body.data.openCase.id,
          nextReviewOn: inDays(80),
          needs: [{ id: needId, domain: 'SOCIAL', description: 'Homeless since September' }],
          goals: [{ id: goalId, needId, ...smartGoal() }],
          actions: ['CDAS', 'PROB'].map((code, i) => ({
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
    expect(plan.body.errors).toBeUndefined();
    planId = plan.body.data.createCarePlan.id;
  });

  afterAll(async () => {
    await f?.close();
    await t?.stop();
    delete process.env.METRICS_TOKEN;
  });

  it('follows a plan read from the gateway through case-management and an agency in one trace', async () => {
    const r = await f.query(AOIFE, PLAN_VIEW, { id: planId });
    expect(r.body.errors).toBeUndefined();
    const deliveries = (r.body.data.carePlan.actions as Json[]).map((a) => a.delivery);
    expect(deliveries.map((d) => d?.agencyCode).sort()).toEqual(['CDAS', 'PROB']);

    const spans = t.exporter.getFinishedSpans();
    const byId = new Map(spans.map((s) => [s.spanContext().spanId, s]));
    const parentOf = (s: ReadableSpan) =>
      s.parentSpanContext ? byId.get(s.parentSpanContext.spanId) : undefined;
    const ancestors = (s: ReadableSpan): ReadableSpan[] => {
      const out: ReadableSpan[] = [];
      for (let p = parentOf(s); p; p = parentOf(p)) out.push(p);
      return out;
    };
    const serverSpans = (port: number, trace: string) =>
      spans.filter(
        (s) =>
          s.kind === SpanKind.SERVER &&
          s.attributes['server.port'] === port &&
          s.spanContext().traceId === trace,
      );

    const root = spans.find(
      (s) =>
        s.kind === SpanKind.SERVER &&
        s.attributes['server.port'] === f.gateway.port &&
        s.attributes['graphql.operation.name'] === 'PlanView',
    );
    expect(root).toBeDefined();
    expect(root!.name).toBe('POST /graphql');
    const trace = root!.spanContext().traceId;

    /**
     * A server span reached over HTTP: its parent came in the request's traceparent (remote), is
     * the client span of the fetch that sent it, and descends from `from`.
     */
    const reachedFrom = (span: ReadableSpan, from: ReadableSpan) => {
      expect(span.parentSpanContext?.isRemote).toBe(true);
      const client = parentOf(span);
      expect(client?.kind).toBe(SpanKind.CLIENT);
      expect(ancestors(span)).toContain(from);
    };

    // gateway → case-management: the plan itself.
    const cmGraphql = serverSpans(f.cm.port, trace).filter((s) => s.name === 'POST /graphql');
    expect(cmGraphql.length).toBeGreaterThan(0);
    for (const s of cmGraphql) reachedFrom(s, root!);

    // gateway → the agency PROB: its delivery, inside the gateway's span for that agency.
    const prob = f.agencies.get('PROB')!;
    const probGraphql = serverSpans(prob.port, trace).filter((s) => s.name === 'POST /graphql');
    expect(probGraphql.length).toBeGreaterThan(0);
    for (const s of probGraphql) {
      reachedFrom(s, root!);
      const fetch = ancestors(s).find((a) => a.name === 'agency fetch');
      expect(fetch?.attributes['icp.agency.code']).toBe('PROB');
    }

    // Each agency → case-management, on the reader's behalf: the consent decision (and the plan's
    // actions the agency answers about).
    const agencyGraphql = [...f.agencies.values()].flatMap((a) =>
      serverSpans(a.port, trace).filter((s) => s.name === 'POST /graphql'),
    );
    const internalCalls = serverSpans(f.cm.port, trace).filter((s) =>
      String(s.attributes['url.path']).startsWith('/internal/'),
    );
    expect(internalCalls.map((s) => s.name)).toContain('POST /internal/consent-decisions');
    for (const s of internalCalls) {
      const from = agencyGraphql.find((a) => ancestors(s).includes(a));
      expect(from).toBeDefined();
      reachedFrom(s, from!);
    }
    const consentFromProb = internalCalls.find(
      (s) =>
        s.name === 'POST /internal/consent-decisions' &&
        probGraphql.some((p) => ancestors(s).includes(p)),
    );
    expect(consentFromProb).toBeDefined();

    // The databases' statements are in the trace too, under the servers that ran them.
    const statements = spans.filter(
      (s) => s.spanContext().traceId === trace && s.attributes['db.query.text'] !== undefined,
    );
    expect(statements.length).toBeGreaterThan(0);
  });

  it('records no service-user data in any span attribute, event or metric label', async () => {
    const inline = `query ReadPerson { serviceUser(id: "${serviceUserId}") {
      pseudonym givenName familyName dateOfBirth } }`;
    expect((await f.query(AOIFE, inline)).body.errors).toBeUndefined();
    const search = await f.query(
      AOIFE,
      `query FindPerson($input: ServiceUserSearchInput!) {
        searchServiceUsers(input: $input) { serviceUser { id pseudonym } } }`,
      { input: { givenName: GIVEN, familyName: FAMILY, dateOfBirth: BORN } },
    );
    expect(search.body.errors).toBeUndefined();
    const searchInline = await f.query(
      AOIFE,
      `query { searchServiceUsers(input: { familyName: "${FAMILY}", pseudonym: "${pseudonym}" }) {
        serviceUser { id } } }`,
    );
    expect(searchInline.body.errors).toBeUndefined();
    // Another agency, without consent: refused, a denied consent verdict.
    const hsem = { agency: 'HSEM', user: DEMO.staff.niamh.id, roles: ['CASE_MANAGER' as const] };
    await f.query(hsem, `query Other($id: UUID!) { serviceUser(id: $id) { givenName } }`, {
      id: serviceUserId,
    });
    // Malformed input that quotes the data back in its error message.
    const bad = await f.query(
      AOIFE,
      `query Bad($id: UUID!) { serviceUser(id: $id) { pseudonym } }`,
      {
        id: { name: `${GIVEN} ${FAMILY}`, born: BORN },
      },
    );
    expect(codes(bad)[0]).toBe('BAD_USER_INPUT');
    const unparsable = await f.query(AOIFE, `query { serviceUser(id: "${serviceUserId}" { x }`);
    expect(codes(unparsable)[0]).toBe('GRAPHQL_PARSE_FAILED');
    // A GET carries the query and variables in its URL; a wrong path names the person.
    const token = await f.token('CDAS', AOIFE.user, ['CASE_MANAGER']);
    const url = new URL(f.url);
    url.searchParams.set('query', `query ($id: UUID!) { serviceUser(id: $id) { givenName } }`);
    url.searchParams.set('variables', JSON.stringify({ id: serviceUserId, n: GIVEN }));
    const get = await fetch(url, {
      headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' },
    });
    expect(get.status).toBe(200);
    const lost = await fetch(new URL(`/${GIVEN}-${FAMILY}/${serviceUserId}`, f.url));
    expect(lost.status).toBe(404);

    const spans = t.exporter.getFinishedSpans();
    expect(spans.length).toBeGreaterThan(50);
    // The search does find what it should: the operation names are there.
    const everything = spans.flatMap(spanStrings);
    expect(everything).toEqual(expect.arrayContaining(['ReadPerson', 'FindPerson']));
    for (const secret of secrets()) {
      const leaks = everything.filter((s) => s.toLowerCase().includes(secret.toLowerCase()));
      expect({ secret, leaks }).toEqual({ secret, leaks: [] });
    }

    // Metrics: every label of every metric, as the registry holds them and as /metrics says.
    const labels = (await metricsRegistry.getMetricsAsJSON()).flatMap((m) =>
      m.values.flatMap((v) => Object.values(v.labels).map(String)),
    );
    const scraped: string[] = [];
    for (const port of [
      f.gateway.port,
      f.cm.port,
      ...[...f.agencies.values()].map((a) => a.port),
    ]) {
      const res = await fetch(`http://127.0.0.1:${port}/metrics`, {
        headers: { authorization: `Bearer ${METRICS_TOKEN}` },
      });
      expect(res.status).toBe(200);
      scraped.push(await res.text());
    }
    for (const secret of secrets()) {
      const lower = secret.toLowerCase();
      expect(labels.filter((l) => l.toLowerCase().includes(lower))).toEqual([]);
      expect(scraped.filter((text) => text.toLowerCase().includes(lower))).toEqual([]);
    }
  });

  it('counts requests, errors by code, agency fetches, consent verdicts and audit appends', async () => {
    // A histogram's samples are named by their series (`_count`, `_bucket`, `_sum`).
    const samples = (await metricsRegistry.getMetricsAsJSON()).flatMap((m) =>
      m.values.map((v) => ({
        ...v,
        name: (v as { metricName?: string }).metricName ?? m.name,
      })),
    );
    const values = (name: string) => samples.filter((v) => v.name === name);
    const sum = (name: string, labels: Record<string, string>) =>
      values(name)
        .filter((v) => Object.entries(labels).every(([k, l]) => v.labels[k] === l))
        .reduce((n, v) => n + v.value, 0);

    const requests = 'icp_http_request_duration_seconds_count';
    expect(sum(requests, { service: 'gateway', route: '/graphql', status: '200' })).toBeGreaterThan(
      0,
    );
    expect(sum(requests, { service: 'case-management', route: '/graphql' })).toBeGreaterThan(0);
    expect(sum(requests, { service: 'agency:PROB', route: '/graphql' })).toBeGreaterThan(0);
    expect(sum(requests, { service: 'gateway', route: 'other', status: '404' })).toBeGreaterThan(0);
    expect(sum('icp_errors_total', { service: 'gateway', code: 'BAD_USER_INPUT' })).toBeGreaterThan(
      0,
    );
    expect(
      sum('icp_errors_total', { service: 'gateway', code: 'GRAPHQL_PARSE_FAILED' }),
    ).toBeGreaterThan(0);
    expect(
      sum('icp_agency_fetch_duration_seconds_count', { agency: 'PROB', outcome: 'ok' }),
    ).toBeGreaterThan(0);
    expect(sum('icp_agency_up', { agency: 'PROB' })).toBe(1);
    expect(values('icp_agency_circuit_open').find((v) => v.labels.agency === 'PROB')?.value).toBe(
      0,
    );
    expect(sum('icp_consent_decisions_total', { decision: 'allowed' })).toBeGreaterThan(0);
    expect(sum('icp_consent_decisions_total', { decision: 'denied' })).toBeGreaterThan(0);
    expect(
      sum('icp_audit_append_duration_seconds_count', { chain: 'disclosures', outcome: 'ok' }),
    ).toBeGreaterThan(0);
    expect(values('process_cpu_seconds_total').length).toBeGreaterThan(0);
  });

  it('serves /metrics only with the bearer token of METRICS_TOKEN', async () => {
    const at = `http://127.0.0.1:${f.gateway.port}/metrics`;
    const none = await fetch(at);
    expect(none.status).toBe(401);
    expect(await none.text()).not.toContain('icp_');
    const wrong = await fetch(at, { headers: { authorization: 'Bearer not-the-token' } });
    expect(wrong.status).toBe(401);
    const right = await fetch(at, { headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(right.status).toBe(200);
    expect(right.headers.get('content-type')).toContain('text/plain');
    expect(await right.text()).toContain('icp_http_request_duration_seconds_bucket');
  });
});
