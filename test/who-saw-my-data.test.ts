import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { DataSource } from 'typeorm';
import {
  DEMO,
  DisclosureAudit,
  hashSecurityEvent,
  readChain,
  readSecurityEvents,
  verifyChain,
  verifyLinks,
  type Role,
} from '@icp/shared';
import { TestFederation, codes, type GraphQLResponse } from './support/test-federation';
import { TEST_SERVER_URL } from './support/test-database';
import { nodesOf } from './support/connections';
import type { Json } from './support/json';

/**
 * "Who saw my data" for those it belongs to (ADR 0029), through the gateway: the case manager of
 * the person's open case lists and exports every agency's disclosures about them, whatever
 * categories the lead agency itself holds consent for, and the reads that were refused, kept
 * as security events apart from the disclosure audit.
 */
const JAMIE = DEMO.serviceUsers.jamie.id;
const AOIFE = { agency: 'CDAS', user: DEMO.staff.aoife.id, roles: ['CASE_MANAGER'] as Role[] };
/** Staff of the lead agency who is not Jamie's case manager. */
const SEAN = { agency: 'CDAS', user: DEMO.staff.sean.id, roles: ['SUPERVISOR'] as Role[] };
const DECLAN = { agency: 'PROB', user: DEMO.staff.declan.id, roles: ['KEY_WORKER'] as Role[] };

/** Probation reads Jamie twice over in one request: his name and HSEM's notes are refused. */
const PROBE = /* GraphQL */ `
  query ProbeJamie($case: UUID!) {
    a: case(id: $case) {
      ...Read
    }
    b: case(id: $case) {
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
        deniedAttempts(first: 100) {
          edges {
            node {
              ...Denied
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
          deniedAttempts(first: 100) {
            edges {
              node {
                ...Denied
              }
            }
          }
        }
      }
    }
  }
  fragment Entry on DisclosureEntry {
    readerAgency
    readerUser
    categories
    fields
    bases
    operationName
    requestId
    position
  }
  fragment Denied on DeniedAttempt {
    at
    readerAgency
    readerUser
    category
    field
    purposeOfUse
    reason
    operationName
    requestId
    position
    hash
  }
`;

interface EventRow {
  service_user_id: string;
  reader_agency: string;
  reader_user: string;
  category: string | null;
  field: string;
  purpose_of_use: string;
  reason: string;
  operation_name: string | null;
}

describe('who saw my data, for the case manager of the open case', () => {
  let f: TestFederation;
  /** Probation's probing read, made once. */
  let probe: GraphQLResponse & { requestId: string };

  /** Posts to the gateway with a request id of our own, to find the request's audit rows. */
  async function ask(
    as: { agency: string; user: string; roles: Role[] },
    query: string,
    variables: Record<string, unknown>,
  ): Promise<GraphQLResponse & { requestId: string }> {
    const requestId = `who-saw-${randomUUID()}`;
    const token = await f.token(as.agency, as.user, as.roles);
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
  const database = (name: string) => databases().find(([n]) => n === name)![1];

  const eventsOf = (ds: DataSource, requestId: string): Promise<EventRow[]> =>
    ds.query(`SELECT * FROM security_event WHERE request_id = $1 ORDER BY position`, [requestId]);
  const disclosuresOf = (
    ds: DataSource,
    requestId: string,
  ): Promise<{ fields: string[]; bases: string[]; reader_user: string }[]> =>
    ds.query(`SELECT * FROM disclosure_audit WHERE request_id = $1 ORDER BY position`, [requestId]);

  beforeAll(async () => {
    f = await TestFederation.start();
    // The lead agency's own consent no longer covers the plan summary: Jamie keeps his identity
    // and substance use with CDAS, nothing else.
    const [own] = await f.cm.db.dataSource.query<{ id: string; version: number }[]>(
      `SELECT id, version FROM consent WHERE service_user_id = $1 AND recipient_agency_code = 'CDAS'
          AND status = 'ACTIVE'`,
      [JAMIE],
    );
    const amended = await f.query(
      AOIFE,
      `mutation Narrow($input: AmendConsentInput!) { amendConsent(input: $input) { categories } }`,
      {
        input: {
          id: own!.id,
          expectedVersion: own!.version,
          categories: ['IDENTITY', 'SUBSTANCE_USE'],
          evidenceRef: 'FORM-CDAS-NARROW',
          reason: 'Jamie keeps his plan between the agencies working on it',
        },
      },
    );
    expect(amended.body.errors).toBeUndefined();
    probe = await ask(DECLAN, PROBE, { case: DEMO.cases.jamie });
    expect(probe.body.data.a.serviceUser.givenName).toBeNull();
    expect(codes(probe)).toContain('CONSENT_REQUIRED');
  });
  afterAll(() => f.close());

  it('records each refused read once per request, as a security event where it was refused, and not as a disclosure', async () => {
    const cm = await eventsOf(f.cm.db.dataSource, probe.requestId);
    // Asked twice (two aliases), refused and recorded once.
    expect(cm).toEqual([
      expect.objectContaining({
        service_user_id: JAMIE,
        reader_agency: 'PROB',
        reader_user: DECLAN.user,
        category: 'IDENTITY',
        field: 'ServiceUser.givenName',
        purpose_of_use: 'CARE_COORDINATION',
        reason: 'NO_CONSENT',
        operation_name: 'ProbeJamie',
      }),
    ]);
    // HSEM's methadone notes were refused by HSEM's own server, and are in its own database.
    expect(await eventsOf(database('HSEM'), probe.requestId)).toEqual([
      expect.objectContaining({
        reader_agency: 'PROB',
        category: 'SUBSTANCE_USE',
        field: 'ActionDelivery.progressNotes',
      }),
    ]);
    for (const [, ds] of databases()) {
      const rows = await eventsOf(ds, probe.requestId);
      const keys = rows.map((r) => `${r.service_user_id} ${r.category} ${r.field}`);
      expect(new Set(keys).size).toBe(keys.length);
      // What was refused is not in the disclosure chain; what was read is.
      for (const d of await disclosuresOf(ds, probe.requestId)) {
        for (const r of rows) expect(d.fields).not.toContain(r.field);
      }
    }
    expect((await disclosuresOf(f.cm.db.dataSource, probe.requestId))[0]!.fields).toContain(
      'Case.carePlan',
    );
  });

  it("lists every agency's disclosures and the denied attempts to the case manager, whatever the lead agency's own consent", async () => {
    const r = await ask(AOIFE, WHO_SAW, { id: JAMIE });
    expect(r.body.errors).toBeUndefined();
    const log = r.body.data.serviceUser.disclosureLog;
    const ofProbe = (items: { edges: { node: Json }[] } | null) =>
      nodesOf(items).filter((e: Json) => e.requestId === probe.requestId);

    expect(ofProbe(log.entries)).toEqual([
      expect.objectContaining({ readerAgency: 'PROB', bases: ['CONSENT'] }),
    ]);
    const part = (code: string) => log.agencies.find((a: Json) => a.agencyCode === code);
    expect(log.agencies.map((a: Json) => a.agencyCode).sort()).toEqual(['CDAS', 'HSEM', 'PROB']);
    // Every agency's own trail, CDAS's consent to the plan summary notwithstanding (one entry
    // per fetch the gateway made to that agency for the request).
    for (const [code, basis] of [
      ['PROB', 'HOLDER'],
      ['CDAS', 'CONSENT'],
      ['HSEM', 'CONSENT'],
    ] as const) {
      const mine = ofProbe(part(code).entries);
      expect(mine.length).toBeGreaterThan(0);
      for (const e of mine) {
        expect(e).toMatchObject({ readerAgency: 'PROB', readerUser: DECLAN.user, bases: [basis] });
      }
    }

    // The denied attempts, beside the disclosures, newest first.
    expect(ofProbe(log.deniedAttempts)).toEqual([
      {
        at: expect.any(String),
        readerAgency: 'PROB',
        readerUser: DECLAN.user,
        category: 'IDENTITY',
        field: 'ServiceUser.givenName',
        purposeOfUse: 'CARE_COORDINATION',
        reason: 'NO_CONSENT',
        operationName: 'ProbeJamie',
        requestId: probe.requestId,
        position: expect.any(Number),
        hash: expect.stringMatching(/^[0-9a-f]{64}$/),
      },
    ]);
    expect(ofProbe(part('HSEM').deniedAttempts)).toEqual([
      expect.objectContaining({ category: 'SUBSTANCE_USE', field: 'ActionDelivery.progressNotes' }),
    ]);
    for (const list of [log.deniedAttempts, ...log.agencies.map((a: Json) => a.deniedAttempts)]) {
      const positions = nodesOf(list).map((e: Json) => e.position);
      expect(positions).toEqual([...positions].sort((a, b) => b - a));
    }

    // Each agency audited the case manager's read of its trail, on her right as case manager.
    for (const code of ['PROB', 'HSEM']) {
      expect(await disclosuresOf(database(code), r.requestId)).toEqual([
        expect.objectContaining({
          reader_user: AOIFE.user,
          bases: ['CASE_MANAGER'],
          fields: expect.arrayContaining([
            'AgencyDisclosureLog.entries',
            'AgencyDisclosureLog.deniedAttempts',
          ]),
        }),
      ]);
    }
  });

  it('pages the entries and the denied attempts of every part with first and after, newest first', async () => {
    const PAGE = `query Page($id: UUID!, $to: DateTime, $first: Int!, $after: String, $agency: String) {
      serviceUser(id: $id) { disclosureLog(to: $to) {
        to
        entries(first: $first, after: $after) { ...P }
        deniedAttempts(first: $first, after: $after) { ...D }
        agencies(agencyCode: $agency) { agencyCode
          entries(first: $first, after: $after) { ...P }
          deniedAttempts(first: $first, after: $after) { ...D } } } } }
      fragment P on DisclosureEntryConnection {
        edges { cursor node { position } } pageInfo { hasNextPage endCursor } }
      fragment D on DeniedAttemptConnection {
        edges { cursor node { position } } pageInfo { hasNextPage endCursor } }`;
    // Reading the log is itself disclosed (audited): a fixed end keeps those reads out of it.
    const pause = () => new Promise((r) => setTimeout(r, 5));
    await pause();
    const to = new Date().toISOString();
    await pause();
    const page = (first: number, after: string | null = null, agency: string | null = null) =>
      ask(AOIFE, PAGE, { id: JAMIE, to, first, after, agency });
    type Part = { edges: { cursor: string; node: Json }[]; pageInfo: Json };
    /** Every position of one part, walked `first` at a time. */
    const walk = async (pick: (log: Json) => Part, agency: string | null = null) => {
      const seen: number[] = [];
      let after: string | null = null;
      for (let pages = 0; pages < 200; pages += 1) {
        const r = await page(2, after, agency);
        expect(r.body.errors).toBeUndefined();
        const part = pick(r.body.data.serviceUser.disclosureLog);
        expect(part.edges.length).toBeLessThanOrEqual(2);
        seen.push(...part.edges.map((e) => e.node.position as number));
        if (!part.pageInfo.hasNextPage) return seen;
        expect(part.pageInfo.endCursor).toBe(part.edges.at(-1)!.cursor);
        after = part.pageInfo.endCursor as string;
      }
      throw new Error('too many pages');
    };
    const all = (await page(100)).body.data.serviceUser.disclosureLog;
    const positions = (part: Part) => part.edges.map((e) => e.node.position);
    expect(all.entries.pageInfo.hasNextPage).toBe(false);

    // Walking two at a time gives every record once, in the same order (newest first).
    const own = await walk((log) => log.entries);
    expect(own).toEqual(positions(all.entries));
    expect(own.length).toBeGreaterThan(2);
    expect(own).toEqual([...own].sort((a, b) => b - a));
    expect(await walk((log) => log.deniedAttempts)).toEqual(positions(all.deniedAttempts));
    const hsem = (log: Json) => log.agencies.find((a: Json) => a.agencyCode === 'HSEM');
    expect(await walk((log) => hsem(log).entries, 'HSEM')).toEqual(positions(hsem(all).entries));
    // `agencyCode` asks for one agency's part only.
    expect((await page(1, null, 'HSEM')).body.data.serviceUser.disclosureLog.agencies).toEqual([
      expect.objectContaining({ agencyCode: 'HSEM' }),
    ]);

    expect(codes(await page(0))).toContain('BAD_USER_INPUT');
    expect(codes(await page(101))).toContain('BAD_USER_INPUT');
    const bad = await page(1, 'not-a-cursor');
    expect(codes(bad)).toContain('BAD_USER_INPUT');
    expect((bad.body.errors ?? []).map((e: Json) => e.extensions.field)).toContain('after');
  });

  it("keeps today's rule for the lead agency's other staff: other agencies' parts only under consent", async () => {
    const r = await ask(SEAN, WHO_SAW, { id: JAMIE });
    const log = r.body.data.serviceUser.disclosureLog;
    // case-management's part: Sean's agency holds Jamie's record.
    expect(nodesOf(log.entries).some((e: Json) => e.requestId === probe.requestId)).toBe(true);
    // Other agencies' parts: CDAS holds no consent to the plan summary any more, so they show
    // nothing (null at the part, or the part left out as a record Sean may not see).
    for (const code of ['PROB', 'HSEM']) {
      const part = (log.agencies ?? []).find((a: Json) => a?.agencyCode === code);
      expect(part?.entries ?? null).toBeNull();
      expect(part?.deniedAttempts ?? null).toBeNull();
    }
    for (const code of ['PROB', 'HSEM']) {
      expect(await disclosuresOf(database(code), r.requestId)).toEqual([]);
    }
  });

  it('refuses the log, disclosures and denied attempts alike, to another agency: the denied one too', async () => {
    for (const as of [
      { ...DECLAN, roles: ['CASE_MANAGER'] as Role[] },
      { agency: 'HSEM', user: DEMO.staff.niamh.id, roles: ['CASE_MANAGER'] as Role[] },
    ]) {
      const r = await ask(as, WHO_SAW, { id: JAMIE });
      expect(r.body.data.serviceUser.disclosureLog).toBeNull();
      expect(codes(r)).toEqual(['FORBIDDEN']);
      expect(r.text).not.toContain('ServiceUser.givenName');
      expect(r.text).not.toContain(probe.requestId);
    }
  });

  it('keeps the security events append-only and hash-chained, and every disclosure chain still verifies', async () => {
    for (const [name, ds] of databases()) {
      const sql = async (s: string, p?: unknown[]) => ds.query(s, p);
      const disclosures = await verifyChain(readChain(sql));
      expect({ name, problems: disclosures.problems }).toEqual({ name, problems: [] });
      const events = await verifyLinks(readSecurityEvents(sql), hashSecurityEvent);
      expect({ name, problems: events.problems }).toEqual({ name, problems: [] });
    }
    const cm = f.cm.db.dataSource;
    await expect(
      cm.query(`UPDATE security_event SET reason = 'NONE' WHERE request_id = $1`, [
        probe.requestId,
      ]),
    ).rejects.toThrow(/append-only/);
    await expect(
      cm.query(`DELETE FROM security_event WHERE request_id = $1`, [probe.requestId]),
    ).rejects.toThrow(/append-only/);
  });

  (TEST_SERVER_URL ? it : it.skip)(
    'audit:verify checks both chains of a subgraph (PostgreSQL)',
    async () => {
      const cli = join(__dirname, '..', 'shared', 'dist', 'cli', 'audit-verify.js');
      const url = (f.cm.db.dataSource.options as { url?: string }).url!;
      const run = (...extra: string[]) =>
        promisify(execFile)(process.execPath, [
          cli,
          '--service',
          'case-management',
          '--database-url',
          url,
          ...extra,
        ]);
      expect((await run()).stdout).toContain('chain intact');
      const events = await run('--security-events');
      expect(events.stdout).toMatch(/case-management security events: \d+ entries/);
      expect(events.stdout).toContain('chain intact');
    },
  );

  it('exports the disclosures and, in a file of their own, the denied attempts (disclosures:export)', async () => {
    const cli = join(__dirname, '..', 'gateway', 'dist', 'cli', 'disclosures-export.js');
    const dir = mkdtempSync(join(tmpdir(), 'icp-who-saw-'));
    // The token goes in ICP_TOKEN, never on the command line.
    const run = async (
      args: string[],
      as: { agency: string; user: string; roles: Role[] } = AOIFE,
    ) =>
      promisify(execFile)(
        process.execPath,
        [cli, '--service-user', JAMIE, '--gateway', f.url, ...args],
        { env: { ...process.env, ICP_TOKEN: await f.token(as.agency, as.user, as.roles) } },
      );

    // More than one page of HSEM's trail (its first page holds 50, the next ones 100): the export
    // follows the cursor to the end (it exited 0: complete).
    const hsemTrail = new DisclosureAudit(database('HSEM'));
    for (let i = 0; i < 160; i += 1) {
      await hsemTrail.record(
        { agencyCode: 'CDAS', userId: AOIFE.user, roles: AOIFE.roles, requestId: `bulk-${i}` },
        [
          {
            serviceUserId: JAMIE,
            category: null,
            field: 'Bulk.read',
            basis: 'HOLDER',
            consentIds: [],
          },
        ],
      );
    }
    const [counted] = await database('HSEM').query<{ n: number }[]>(
      `SELECT count(*)::int AS n FROM disclosure_audit WHERE service_user_id = $1`,
      [JAMIE],
    );
    const hsemRows = counted!.n;
    expect(hsemRows).toBeGreaterThan(150);
    await run(['--out', join(dir, 'jamie.json')]);
    const bundle = JSON.parse(readFileSync(join(dir, 'jamie.json'), 'utf8'));
    const fromHsem = bundle.entry
      .map((e: Json) => e.resource)
      .filter((e: Json) => e.source.observer.identifier.value === 'HSEM');
    expect(fromHsem).toHaveLength(hsemRows);
    expect(new Set(fromHsem.map((e: Json) => e.id)).size).toBe(hsemRows);
    expect(bundle.meta.tag[0].code).toBe('disclosures');
    const events = bundle.entry.map((e: Json) => e.resource);
    const sources = new Set(events.map((e: Json) => e.source.observer.identifier.value));
    expect(sources).toEqual(new Set(['case-management', 'CDAS', 'PROB', 'HSEM']));
    const probeRead = events.filter(
      (e: Json) => e.entity[1].what.identifier.value === probe.requestId,
    );
    expect(new Set(probeRead.map((e: Json) => e.source.observer.identifier.value))).toEqual(
      new Set(['CDAS', 'HSEM', 'PROB', 'case-management']),
    );
    expect(events.every((e: Json) => e.outcome === '0')).toBe(true);

    const denied = JSON.parse(readFileSync(join(dir, 'jamie.denied-attempts.json'), 'utf8'));
    expect(denied).toMatchObject({
      resourceType: 'Bundle',
      type: 'collection',
      meta: { tag: [{ code: 'denied-attempts' }] },
    });
    const refused = denied.entry
      .map((e: Json) => e.resource)
      .filter((e: Json) => e.entity[1].what.identifier.value === probe.requestId);
    expect(refused.map((e: Json) => e.source.observer.identifier.value).sort()).toEqual(
      expect.arrayContaining(['HSEM', 'case-management']),
    );
    for (const e of refused) {
      expect(e).toMatchObject({
        resourceType: 'AuditEvent',
        action: 'R',
        outcome: '4',
        outcomeDesc: 'Refused: NO_CONSENT',
        agent: [{ who: { identifier: { value: DECLAN.user } }, requestor: true }, {}],
      });
      expect(e.entity[0].what.identifier.value).toBe(JAMIE);
    }

    await run(['--format', 'csv', '--out', join(dir, 'd.csv'), '--denied-out', join(dir, 'x.csv')]);
    const table = readFileSync(join(dir, 'x.csv'), 'utf8').trim().split('\r\n');
    expect(table[0]).toBe(
      'at,recordedBy,position,readerAgency,readerUser,category,field,purposeOfUse,reason,operationName,requestId,hash',
    );
    expect(
      table.some((l) => l.includes(`ServiceUser.givenName`) && l.includes(probe.requestId)),
    ).toBe(true);
    expect(readFileSync(join(dir, 'd.csv'), 'utf8')).not.toContain('ServiceUser.givenName,');

    // Probation, whose attempts these are, gets nothing and a non-zero exit.
    await expect(
      run(['--out', join(dir, 'prob.json')], { ...DECLAN, roles: ['CASE_MANAGER'] }),
    ).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('FORBIDDEN') });
    expect(existsSync(join(dir, 'prob.denied-attempts.json'))).toBe(false);
  });
});
