/**
 * Flat to 100,000 people (issue 13): the same reads at 1,000 and at 100,000 service users (with
 * 1,000,000 plan actions, deliveries and progress notes, and audit entries in proportion; see
 * ./support/scale-seed.ts), through the gateway, as the demo's staff. Takes minutes, so it runs
 * only when asked, and only on PostgreSQL:
 *
 *   BENCH_SCALE=1 TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench
 *
 * Prints the p50 of each read at both sizes and their ratio, the same at 100,000 without the
 * indexes issue 13 added (dropped for that round, then put back), and the EXPLAIN (ANALYZE) of
 * each read's main statements at 100,000; writes bench/results/scale.json and scale-explain.txt.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import { DEMO } from '@icp/shared';
import { TestFederation } from '../test/support/test-federation';
import { AGENCIES, bulk, seedAgency, seedCaseManagement, settle } from './support/scale-seed';

const SMALL = 1_000;
const LARGE = Number(process.env.BENCH_SCALE_USERS ?? 100_000);
const WARMUP = 5;
const ROUNDS = Number(process.env.BENCH_SCALE_ROUNDS ?? 40);

const JAMIE = DEMO.serviceUsers.jamie.id;
const AOIFE = { agency: 'CDAS', user: DEMO.staff.aoife.id, roles: ['CASE_MANAGER' as const] };
const NIAMH = { agency: 'HSEM', user: DEMO.staff.niamh.id, roles: ['KEY_WORKER' as const] };

interface Read {
  name: string;
  as: typeof AOIFE | typeof NIAMH;
  query: string;
  variables?: Record<string, unknown>;
}

const READS: Read[] = [
  {
    name: 'worklist',
    as: AOIFE,
    query: `{ caseManagerWorklist { overdueReviews { edges { node { id } } }
      reviewsDueSoon { edges { node { id } } }
      overdueActions { edges { node { id description dueOn } } }
      referralsAwaitingFollowUp { edges { node { id } } }
      transfersAwaitingAcceptance { edges { node { id } } }
      serviceDeliveryChanges { edges { node { id } } } lateMeetingOutcomes { edges { node { id } } }
      emergencyAccessesToReview { edges { node { id } } } } }`,
  },
  {
    name: 'myCases',
    as: AOIFE,
    query: `{ myCases(first: 100) { edges { node { id status openedAt serviceUser { pseudonym } } } } }`,
  },
  {
    name: 'myCaseload',
    as: NIAMH,
    query: `{ myCaseload { serviceUsers { edges { node { id } } }
      openActions { edges { node { actionId description dueOn delivery { status } } } }
      attention { edges { node { kind } } } } }`,
  },
  {
    name: 'planRead',
    as: AOIFE,
    query: `query($id: UUID!) { carePlan(id: $id) { version nextReviewOn
      actions { id description dueOn delivery { status progressNotes { edges { node { body } } } } } } }`,
    variables: { id: DEMO.plans.jamie },
  },
  {
    name: 'disclosureLogFirstPage',
    as: AOIFE,
    query: `query($id: UUID!) { serviceUser(id: $id) { disclosureLog {
      entries(first: 100) { edges { node { at readerAgency readerUser position } } }
      agencies { agencyCode entries(first: 100) { edges { node { at readerAgency readerUser position } } } } } } }`,
    variables: { id: JAMIE },
  },
  {
    name: 'consentPreview',
    as: AOIFE,
    query: `query($su: UUID!) { consentPreview(agencyCode: "PROB", serviceUserId: $su) {
      holdsRecord categories { category visible referralOnly } } }`,
    variables: { su: JAMIE },
  },
];

/** The indexes issue 13 added to case-management, as its migrations create them. */
const NEW_INDEXES = [
  {
    name: 'care_case_case_manager',
    ddl: 'CREATE INDEX care_case_case_manager ON care_case (case_manager_id, lead_agency_code, status)',
  },
  {
    name: 'plan_action_case',
    ddl: 'CREATE INDEX plan_action_case ON plan_action (case_id, due_on)',
  },
];

const p50 = (ms: number[]) => {
  const s = [...ms].sort((a, b) => a - b);
  return Math.round(s[Math.floor(s.length / 2)]! * 10) / 10;
};

const maybe = process.env.BENCH_SCALE && process.env.TEST_DATABASE_URL ? describe : describe.skip;

/** One federation of a given size, and the tokens of the staff the benchmark reads as. */
interface Sized {
  f: TestFederation;
  tokens: Map<string, string>;
}

const databasesOf = (f: TestFederation): [string, DataSource][] => [
  ['case-management', f.cm.db.dataSource],
  ...AGENCIES.map((c): [string, DataSource] => [c, f.agencies.get(c)!.db.dataSource]),
];

/** Service users [1, users] into every database of the federation, then VACUUM ANALYZE. */
async function seed(f: TestFederation, users: number): Promise<number> {
  const started = performance.now();
  await Promise.all([
    bulk(f.cm.db.dataSource, (m) => seedCaseManagement(m, 1, users, JAMIE)),
    ...AGENCIES.map((c) =>
      bulk(f.agencies.get(c)!.db.dataSource, (m) => seedAgency(m, c, 1, users, JAMIE)),
    ),
  ]);
  for (const [, ds] of databasesOf(f)) await settle(ds);
  return Math.round(performance.now() - started);
}

async function counts(f: TestFederation) {
  const cm = f.cm.db.dataSource;
  const one = async (ds: DataSource, table: string) =>
    Number((await ds.query<{ n: string }[]>(`SELECT count(*) AS n FROM ${table}`))[0]!.n);
  let deliveries = 0;
  let notes = 0;
  let agencyAudit = 0;
  for (const c of AGENCIES) {
    const ds = f.agencies.get(c)!.db.dataSource;
    deliveries += await one(ds, 'action_delivery');
    notes += await one(ds, 'progress_note');
    agencyAudit += await one(ds, 'disclosure_audit');
  }
  return {
    serviceUsers: await one(cm, 'service_user'),
    cases: await one(cm, 'care_case'),
    planActions: await one(cm, 'plan_action'),
    deliveries,
    progressNotes: notes,
    auditEntriesCaseManagement: await one(cm, 'disclosure_audit'),
    auditEntriesAgencies: agencyAudit,
  };
}

async function once(at: Sized, read: Read): Promise<number> {
  const started = performance.now();
  const r = await at.f.query({ token: at.tokens.get(read.as.user)! }, read.query, read.variables);
  const elapsed = performance.now() - started;
  if (r.body.errors) throw new Error(`${read.name}: ${r.text.slice(0, 500)}`);
  return elapsed;
}

/**
 * Every read `rounds` times at both sizes, interleaved (each round: each read at one size then
 * the other, which goes first alternating), after a warm-up: the machine's load falls on both.
 */
async function measure(sizes: Record<string, Sized>, rounds: number) {
  const names = Object.keys(sizes);
  for (let i = 0; i < WARMUP; i += 1)
    for (const read of READS) for (const n of names) await once(sizes[n]!, read);
  const times = new Map<string, number[]>();
  for (let i = 0; i < rounds; i += 1)
    for (const read of READS)
      for (const n of i % 2 === 0 ? names : [...names].reverse()) {
        const key = `${n}/${read.name}`;
        times.set(key, [...(times.get(key) ?? []), await once(sizes[n]!, read)]);
      }
  return Object.fromEntries(
    names.map((n) => [
      n,
      Object.fromEntries(READS.map((r) => [r.name, p50(times.get(`${n}/${r.name}`)!)])),
    ]),
  );
}

const ratios = (large: Record<string, number>, small: Record<string, number>) =>
  Object.fromEntries(
    READS.map((r) => [r.name, Math.round((large[r.name]! / small[r.name]!) * 100) / 100]),
  );

maybe('benchmark: flat to 100,000 service users', () => {
  const sizes: Record<string, Sized> = {};

  beforeAll(async () => {
    process.env.LOG_LEVEL = 'silent';
    for (const name of ['small', 'large']) {
      const f = await TestFederation.start({ subgraphTimeoutMs: 30_000 });
      const tokens = new Map<string, string>();
      for (const as of [AOIFE, NIAMH])
        tokens.set(as.user, await f.token(as.agency, as.user, as.roles));
      sizes[name] = { f, tokens };
    }
  });
  afterAll(async () => {
    for (const s of Object.values(sizes)) await s.f.close();
  });

  async function explainAll(f: TestFederation): Promise<string> {
    const cm = f.cm.db.dataSource;
    const hsem = f.agencies.get('HSEM')!.db.dataSource;
    const aoifeCases = `SELECT id FROM care_case WHERE lead_agency_code = 'CDAS'
      AND case_manager_id = '${AOIFE.user}' AND status IN ('ACTIVE', 'REFERRED')`;
    const caseIds = (await cm.query<{ id: string }[]>(aoifeCases)).map((r) => `'${r.id}'`);
    const statements: [string, DataSource, string][] = [
      [
        'worklist: the case manager’s cases (case-management)',
        cm,
        `SELECT * FROM care_case
        WHERE lead_agency_code = 'CDAS' AND case_manager_id = '${AOIFE.user}'
        AND status IN ('ACTIVE', 'REFERRED')`,
      ],
      [
        'worklist: overdue actions of those cases (case-management)',
        cm,
        `SELECT * FROM plan_action
        WHERE case_id IN (${caseIds.join(', ')}) AND due_on < current_date ORDER BY due_on`,
      ],
      [
        'myCases (case-management)',
        cm,
        `SELECT id FROM care_case WHERE lead_agency_code = 'CDAS'
        AND case_manager_id = '${AOIFE.user}' AND status <> 'CLOSED'
        ORDER BY opened_at, id LIMIT 101`,
      ],
      [
        'myCaseload: the key worker’s open deliveries (HSEM)',
        hsem,
        `SELECT * FROM action_delivery
        WHERE key_worker_id = '${NIAMH.user}'
        AND status NOT IN ('DECLINED', 'COMPLETED', 'NOT_COMPLETED') ORDER BY action_id`,
      ],
      [
        'plan read: the plan’s actions (case-management)',
        cm,
        `SELECT * FROM plan_action WHERE plan_id = '${DEMO.plans.jamie}'`,
      ],
      [
        'plan read: progress notes of the agency’s actions (HSEM)',
        hsem,
        `SELECT * FROM progress_note
        WHERE action_id IN ('${DEMO.actions.jamieMethadone}') ORDER BY action_id, written_at`,
      ],
      [
        'disclosureLog first page (case-management; each agency runs the same)',
        cm,
        `SELECT * FROM disclosure_audit WHERE service_user_id = '${JAMIE}'
        AND at >= 'epoch' AND at <= now() ORDER BY position DESC LIMIT 100`,
      ],
      [
        'disclosureLog before issue 13: the whole history, oldest first (case-management)',
        cm,
        `SELECT * FROM disclosure_audit WHERE service_user_id = '${JAMIE}'
        AND at >= 'epoch' AND at <= now() ORDER BY position`,
      ],
      [
        'consentPreview: the holder, by the open case (case-management)',
        cm,
        `SELECT * FROM care_case
        WHERE service_user_id = '${JAMIE}' AND status <> 'CLOSED'`,
      ],
      [
        'consentPreview: consents in force for the agency (case-management)',
        cm,
        `SELECT * FROM consent
        WHERE service_user_id = '${JAMIE}' AND status = 'ACTIVE'
        AND (recipient_agency_code = 'PROB' OR recipient_agency_kind = 'PROBATION')`,
      ],
    ];
    const out: string[] = [];
    for (const [title, ds, sql] of statements) {
      const plan = await ds.query<{ 'QUERY PLAN': string }[]>(
        `EXPLAIN (ANALYZE, BUFFERS OFF, TIMING ON) ${sql}`,
      );
      out.push(`-- ${title}\n${plan.map((r) => r['QUERY PLAN']).join('\n')}\n`);
    }
    return out.join('\n');
  }

  it(`reads as fast at ${LARGE} service users as at ${SMALL}`, async () => {
    const { small, large } = sizes as { small: Sized; large: Sized };
    const [seedSmallMs, seedLargeMs] = await Promise.all([
      seed(small.f, SMALL),
      seed(large.f, LARGE),
    ]);
    const rows = { small: await counts(small.f), large: await counts(large.f) };
    const p50s = await measure(sizes, ROUNDS);

    // The same at 100,000 without the indexes issue 13 added, against 1,000 again.
    const [, cmLarge] = databasesOf(large.f)[0]!;
    for (const ix of NEW_INDEXES) await cmLarge.query(`DROP INDEX ${ix.name}`);
    await settle(cmLarge);
    const without = await measure(sizes, Math.ceil(ROUNDS / 2));
    await bulk(cmLarge, async (m) => {
      for (const ix of NEW_INDEXES) await m.query(ix.ddl);
    });
    await settle(cmLarge);
    const explain = await explainAll(large.f);

    const result = {
      serviceUsers: { small: SMALL, large: LARGE },
      rounds: ROUNDS,
      seedMs: { small: seedSmallMs, large: seedLargeMs },
      rows,
      p50: p50s,
      ratioLargeToSmall: ratios(p50s.large!, p50s.small!),
      withoutNewIndexes: {
        p50: without,
        ratioLargeToSmall: ratios(without.large!, without.small!),
      },
      loadAverage: loadavg().map((l) => Math.round(l * 100) / 100),
      node: process.version,
      measuredAt: new Date().toISOString(),
    };
    mkdirSync(join(__dirname, 'results'), { recursive: true });
    writeFileSync(join(__dirname, 'results', 'scale.json'), `${JSON.stringify(result, null, 2)}\n`);
    writeFileSync(join(__dirname, 'results', 'scale-explain.txt'), explain);
    process.stdout.write(`\n${JSON.stringify(result, null, 2)}\n\n${explain}\n`);
  });
});

if (!process.env.BENCH_SCALE || !process.env.TEST_DATABASE_URL) {
  it('scale benchmark: skipped (set BENCH_SCALE=1 and TEST_DATABASE_URL to run it)', () => {});
}
