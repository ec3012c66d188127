import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DEMO, PAGE_MAX, readChain, verifyChain, type Role } from '@icp/shared';
import type { DataSource } from 'typeorm';
import { TestFederation, codes, type GraphQLResponse } from './support/test-federation';
import { nodesOf } from './support/connections';
import type { Json } from './support/json';

/**
 * The disclosure audit trail end to end: real gateway, case-management and one agency instance
 * per agency, each writing what it disclosed to its own database (PostgreSQL with
 * TEST_DATABASE_URL, else PGlite).
 */
const JAMIE = DEMO.serviceUsers.jamie.id;
const CHLOE = DEMO.serviceUsers.chloe.id;
const AOIFE = { agency: 'CDAS', user: DEMO.staff.aoife.id, roles: ['CASE_MANAGER'] as Role[] };

const TWO_PEOPLE = /* GraphQL */ `
  query TwoPeople($a: UUID!, $b: UUID!) {
    a: case(id: $a) {
      ...Read
    }
    b: case(id: $b) {
      ...Read
    }
  }
  fragment Read on Case {
    serviceUser {
      givenName
    }
    carePlan {
      actions {
        delivery {
          agencyCode
          status
          progressNotes {
            edges {
              node {
                body
              }
            }
          }
        }
      }
    }
  }
`;

const WHO_SAW = /* GraphQL */ `
  query WhoSawMyData($id: UUID!) {
    serviceUser(id: $id) {
      disclosureLog {
        entries(first: 100) {
          edges {
            node {
              ...Entry
            }
          }
        }
        agencies {
          agencyCode
          entries(first: 100) {
            edges {
              node {
                ...Entry
              }
            }
          }
        }
      }
    }
  }
  fragment Entry on DisclosureEntry {
    at
    readerAgency
    readerUser
    categories
    fields
    consentIds
    bases
    operationName
    requestId
    position
    hash
  }
`;

interface Row {
  service_user_id: string;
  reader_agency: string;
  reader_user: string;
  categories: string[];
  fields: string[];
  consent_ids: string[];
  bases: string[];
  operation_name: string | null;
}

describe('the disclosure audit trail through the gateway', () => {
  let f: TestFederation;
  beforeAll(async () => {
    f = await TestFederation.start();
  });
  afterAll(() => f.close());

  /** Posts to the gateway with a request id of our own, to find the request's audit entries. */
  async function ask(
    as: { agency: string; user?: string; roles?: Role[] },
    query: string,
    variables: Record<string, unknown>,
  ): Promise<GraphQLResponse & { requestId: string }> {
    const requestId = `audit-${randomUUID()}`;
    const token = await f.token(as.agency, as.user ?? `${as.agency.toLowerCase()}-user`, as.roles);
    const res = await fetch(f.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        authorization: `Bearer ${token}`,
        'x-request-id': requestId,
      },
      body: JSON.stringify({ query, variables }),
    });
    const text = await res.text();
    return { status: res.status, body: JSON.parse(text), text, requestId };
  }

  const databases = (): [string, DataSource][] => [
    ['case-management', f.cm.db.dataSource],
    ...[...f.agencies].map(([code, a]): [string, DataSource] => [code, a.db.dataSource]),
  ];

  const rowsOf = async (ds: DataSource, requestId: string): Promise<Row[]> =>
    ds.query(`SELECT * FROM disclosure_audit WHERE request_id = $1 ORDER BY position`, [requestId]);

  const consentsOf = async (serviceUserId: string, agency: string): Promise<string[]> =>
    (
      await f.cm.db.dataSource.query(
        `SELECT id FROM consent WHERE service_user_id = $1 AND recipient_agency_code = $2 AND status = 'ACTIVE' ORDER BY id`,
        [serviceUserId, agency],
      )
    ).map((r: { id: string }) => r.id);

  it('writes one entry per service user per subgraph that disclosed, with what, why and who', async () => {
    const r = await ask({ agency: 'HSEM', user: 'hsem-nuala' }, TWO_PEOPLE, {
      a: DEMO.cases.jamie,
      b: DEMO.cases.chloe,
    });
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data.a.serviceUser.givenName).toBe('Jamie');

    // case-management: exactly one entry for each of the two, read under HSEM's consents.
    const cm = await rowsOf(f.cm.db.dataSource, r.requestId);
    expect(cm.map((e) => e.service_user_id).sort()).toEqual([JAMIE, CHLOE].sort());
    for (const e of cm) {
      expect(e).toMatchObject({
        reader_agency: 'HSEM',
        reader_user: 'hsem-nuala',
        operation_name: 'TwoPeople',
        bases: ['CONSENT'],
        consent_ids: await consentsOf(e.service_user_id, 'HSEM'),
      });
      expect(e.fields).toEqual(
        expect.arrayContaining(['Case.carePlan', 'Case.serviceUser', 'ServiceUser.givenName']),
      );
      expect(e.categories).toEqual(expect.arrayContaining(['CARE_PLAN_SUMMARY', 'IDENTITY']));
    }

    // Each agency instance audited what it disclosed, in its own database: at most one entry
    // per service user, and the agencies whose deliveries were read have theirs.
    const disclosedBy = new Map<string, Row[]>();
    for (const [name, ds] of databases().slice(1)) {
      const rows = await rowsOf(ds, r.requestId);
      expect(new Set(rows.map((e) => e.service_user_id)).size).toBe(rows.length);
      for (const e of rows) expect(e.operation_name).toBe('TwoPeople');
      if (rows.length > 0) disclosedBy.set(name, rows);
    }
    const jamieAgencies = r.body.data.a.carePlan.actions.map((a: Json) => a.delivery.agencyCode);
    for (const code of jamieAgencies) {
      const mine = disclosedBy.get(code)!.find((e) => e.service_user_id === JAMIE)!;
      expect(mine).toMatchObject({
        reader_agency: 'HSEM',
        // HSEM reads its own deliveries as their holder; the others' under its consent.
        bases: [code === 'HSEM' ? 'HOLDER' : 'CONSENT'],
        consent_ids: code === 'HSEM' ? [] : await consentsOf(JAMIE, 'HSEM'),
      });
      expect(mine.fields).toEqual(
        expect.arrayContaining(['ActionDelivery.status', 'ActionDelivery.progressNotes']),
      );
    }
    expect(disclosedBy.size).toBeGreaterThanOrEqual(2);
  });

  it('writes nothing for a request whose every protected read was denied', async () => {
    const r = await ask(
      { agency: 'PROB' },
      `query OnlyDenied($id: UUID!) { serviceUser(id: $id) { pseudonym givenName } }`,
      {
        id: JAMIE,
      },
    );
    expect(r.body.data.serviceUser).toEqual({ pseudonym: 'SU-1001', givenName: null });
    expect(codes(r)).toEqual(['CONSENT_REQUIRED']);
    for (const [, ds] of databases()) expect(await rowsOf(ds, r.requestId)).toEqual([]);
  });

  it("lists who saw the service user's data across every subgraph, for the holding agency", async () => {
    const read = await ask({ agency: 'PROB', user: 'prob-declan' }, TWO_PEOPLE, {
      a: DEMO.cases.jamie,
      b: DEMO.cases.chloe,
    });
    const r = await ask(AOIFE, WHO_SAW, { id: JAMIE });
    expect(r.body.errors).toBeUndefined();
    const log = r.body.data.serviceUser.disclosureLog;
    const byProb = nodesOf(log.entries).filter((e: Json) => e.requestId === read.requestId);
    expect(byProb).toEqual([
      expect.objectContaining({
        readerAgency: 'PROB',
        readerUser: 'prob-declan',
        operationName: 'TwoPeople',
        bases: ['CONSENT'],
        consentIds: await consentsOf(JAMIE, 'PROB'),
        categories: ['CARE_PLAN_SUMMARY'],
        hash: expect.stringMatching(/^[0-9a-f]{64}$/),
      }),
    ]);
    expect(log.agencies.map((a: Json) => a.agencyCode).sort()).toEqual(['CDAS', 'HSEM', 'PROB']);
    // PROB read its own deliveries of Jamie (as holder); CDAS's instance disclosed its own to PROB.
    const agencyEntry = (code: string) =>
      nodesOf(log.agencies.find((a: Json) => a.agencyCode === code).entries).filter(
        (e: Json) => e.requestId === read.requestId,
      );
    expect(agencyEntry('PROB')).toEqual([expect.objectContaining({ bases: ['HOLDER'] })]);
    expect(agencyEntry('CDAS')).toEqual([expect.objectContaining({ bases: ['CONSENT'] })]);
    // Reading the log is itself a disclosure, audited like any other.
    const own = await rowsOf(f.cm.db.dataSource, r.requestId);
    expect(own).toEqual([
      expect.objectContaining({
        service_user_id: JAMIE,
        reader_agency: 'CDAS',
        operation_name: 'WhoSawMyData',
        bases: ['HOLDER'],
        fields: expect.arrayContaining(['ServiceUser.disclosureLog', 'DisclosureLog.entries']),
      }),
    ]);
    const again = await ask(AOIFE, WHO_SAW, { id: JAMIE });
    expect(nodesOf(again.body.data.serviceUser.disclosureLog.entries)).toContainEqual(
      expect.objectContaining({ requestId: r.requestId, operationName: 'WhoSawMyData' }),
    );
    // ... and every chain still verifies.
    for (const [, ds] of databases()) {
      const report = await verifyChain(readChain(async (s, p) => ds.query(s, p)));
      expect(report.problems).toEqual([]);
    }
  });

  it('refuses the log to an agency that does not hold the record, whatever its consents', async () => {
    for (const agency of ['PROB', 'HSEM']) {
      const r = await ask({ agency, roles: ['CASE_MANAGER'] }, WHO_SAW, { id: JAMIE });
      expect(r.body.data.serviceUser.disclosureLog).toBeNull();
      expect(codes(r)).toEqual(['FORBIDDEN']);
      expect(r.body.errors![0]!.path).toEqual(['serviceUser', 'disclosureLog']);
      // A refused read disclosed nothing, so it is not in anyone's log.
      for (const [, ds] of databases()) expect(await rowsOf(ds, r.requestId)).toEqual([]);
    }
  });

  it('refuses a period that ends before it starts, and audits nothing for it', async () => {
    const r = await ask(
      AOIFE,
      `query Backwards($id: UUID!) { serviceUser(id: $id) { disclosureLog(from: "2026-02-01T00:00:00Z", to: "2026-01-01T00:00:00Z") { entries { edges { node { at } } } } } }`,
      { id: JAMIE },
    );
    expect(codes(r)).toEqual(['BAD_USER_INPUT']);
    expect(await rowsOf(f.cm.db.dataSource, r.requestId)).toEqual([]);
  });

  it('answers a page at a time, newest first, in every subgraph (first, after)', async () => {
    const page = (first: number, after: string | null = null) =>
      ask(
        AOIFE,
        `query Page($id: UUID!, $first: Int!, $after: String) { serviceUser(id: $id) { disclosureLog {
          entries(first: $first, after: $after) {
            edges { node { position requestId } } pageInfo { hasNextPage endCursor } }
          agencies { agencyCode entries(first: $first) { edges { node { position } } } } } } }`,
        { id: JAMIE, first, after },
      );
    await page(2); // at least two entries in case-management's trail about Jamie
    const r = await page(2);
    expect(r.body.errors).toBeUndefined();
    const log = r.body.data.serviceUser.disclosureLog;
    const positions = nodesOf(log.entries).map((e: Json) => e.position);
    expect(positions).toHaveLength(2);
    expect(positions[0]).toBeGreaterThan(positions[1]);
    const [newest] = await f.cm.db.dataSource.query<{ position: string }[]>(
      `SELECT max(position) AS position FROM disclosure_audit WHERE service_user_id = $1
        AND request_id <> $2`,
      [JAMIE, r.requestId],
    );
    expect(positions[0]).toBe(Number(newest!.position));
    // The next page continues below the last position shown.
    expect(log.entries.pageInfo.hasNextPage).toBe(true);
    const next = await page(2, log.entries.pageInfo.endCursor);
    const after = nodesOf(next.body.data.serviceUser.disclosureLog.entries).map(
      (e: Json) => e.position,
    );
    expect(after[0]).toBeLessThan(positions[1]);
    for (const a of log.agencies) expect(a.entries.edges.length).toBeLessThanOrEqual(2);
    for (const bad of [0, PAGE_MAX + 1]) {
      expect(codes(await page(bad))).toContain('BAD_USER_INPUT');
    }
  });

  it('withholds the data when the audit cannot be written (AUDIT_UNAVAILABLE)', async () => {
    // A real database condition: every new entry now violates a constraint.
    const refuse = (ds: DataSource) =>
      ds.query(
        `ALTER TABLE disclosure_audit ADD CONSTRAINT refuse_for_test CHECK (false) NOT VALID`,
      );
    const restore = (ds: DataSource) =>
      ds.query(`ALTER TABLE disclosure_audit DROP CONSTRAINT refuse_for_test`);

    await refuse(f.cm.db.dataSource);
    try {
      const r = await ask(AOIFE, `query Name($id: UUID!) { serviceUser(id: $id) { givenName } }`, {
        id: JAMIE,
      });
      expect(r.body.data?.serviceUser ?? null).toBeNull();
      expect(codes(r)).toEqual(['AUDIT_UNAVAILABLE']);
      expect(r.text).not.toContain('Jamie');
    } finally {
      await restore(f.cm.db.dataSource);
    }

    // One agency failing withholds that agency's part only.
    const prob = f.agencies.get('PROB')!.db.dataSource;
    await refuse(prob);
    try {
      const r = await ask({ agency: 'HSEM' }, TWO_PEOPLE, {
        a: DEMO.cases.jamie,
        b: DEMO.cases.chloe,
      });
      const deliveries = r.body.data.a.carePlan.actions.map((a: Json) => a.delivery);
      // The gateway knows the key (agencyCode); everything PROB's instance holds is withheld.
      expect(deliveries.find((d: Json) => d.agencyCode === 'PROB')).toEqual({
        agencyCode: 'PROB',
        status: null,
        progressNotes: null,
      });
      expect(deliveries.find((d: Json) => d.agencyCode === 'CDAS').status).not.toBeNull();
      expect(r.text).not.toContain('community service'); // PROB's note
      expect(r.body.errors).toContainEqual(
        expect.objectContaining({
          extensions: expect.objectContaining({ code: 'AUDIT_UNAVAILABLE', agencyCode: 'PROB' }),
        }),
      );
      expect(r.body.data.a.serviceUser.givenName).toBe('Jamie');
    } finally {
      await restore(prob);
    }
  });

  it('exports who saw the data as a FHIR Bundle of AuditEvents, or CSV (disclosures:export)', async () => {
    // The built CLI (npm run build), run as an operator would, against this federation.
    const cli = join(__dirname, '..', 'gateway', 'dist', 'cli', 'disclosures-export.js');
    const token = await f.token('CDAS', DEMO.staff.aoife.id, ['CASE_MANAGER']);
    // The token in ICP_TOKEN: the CLI refuses one on the command line.
    const run = (format: string, icpToken = token) =>
      promisify(execFile)(
        process.execPath,
        [cli, '--service-user', JAMIE, '--gateway', f.url, '--format', format],
        { env: { ...process.env, ICP_TOKEN: icpToken } },
      );
    const bundle = JSON.parse((await run('fhir')).stdout);
    expect(bundle).toMatchObject({ resourceType: 'Bundle', type: 'collection' });
    expect(bundle.total).toBeUndefined(); // bdl-1: a total only on a search or history Bundle
    expect(bundle.entry.length).toBeGreaterThan(0);
    const events = bundle.entry.map((e: Json) => e.resource);
    expect(events.every((e: Json) => e.resourceType === 'AuditEvent' && e.action === 'R')).toBe(
      true,
    );
    const sources = new Set(events.map((e: Json) => e.source.observer.identifier.value));
    expect(sources).toEqual(new Set(['case-management', 'CDAS', 'PROB', 'HSEM']));
    expect(events[0].entity[0].what.identifier.value).toBe(JAMIE);

    const table = (await run('csv')).stdout.trim().split('\r\n');
    expect(table[0]).toBe(
      'at,recordedBy,position,readerAgency,readerUser,categories,fields,consentIds,bases,operationName,requestId,hash',
    );
    // The CSV export came after the FHIR one, whose own read is now in the log too.
    expect(table.length - 1).toBeGreaterThan(bundle.entry.length);

    // A non-holder gets nothing, and a non-zero exit.
    const prob = await f.token('PROB', 'prob-declan', ['CASE_MANAGER']);
    await expect(run('fhir', prob)).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringContaining('FORBIDDEN'),
    });
  });
});
