import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  DEMO,
  addWorkingDays,
  openDatabase,
  subtractWorkingDays,
  today,
  type Role,
} from '@icp/shared';
import {
  ENTITIES as CM_ENTITIES,
  MIGRATIONS as CM_MIGRATIONS,
} from '../subgraphs/case-management/src/database';
import { TestFederation, codes, type GraphQLResponse } from './support/test-federation';
import { createTestDatabase } from './support/test-database';
import type { Json } from './support/json';
import { nodesOf } from './support/connections';

/**
 * Break-glass is bounded (issue 12, point 4; ADR 0027): open only to agencies whose directory
 * entry allows it, with a coded reason; a user's second person within 24 hours is flagged to the
 * rehabilitation co-ordinators, and accesses not reviewed within 5 working days appear on their
 * list. Through the gateway.
 */

const JAMIE = DEMO.serviceUsers.jamie.id;
const CHLOE = DEMO.serviceUsers.chloe.id;

interface Person {
  agency: string;
  user: string;
  roles: Role[];
}
const person = (agency: string, user: string, ...roles: Role[]): Person => ({
  agency,
  user,
  roles,
});

// Jamie's and Chloe's records are held by CDAS. GPX is a GP practice (a health service: allowed by
// default), PROB the probation service (not allowed by default). The co-ordinator sits in their
// own organisation, which holds no consent for anyone.
const aoife = person('CDAS', DEMO.staff.aoife.id, 'CASE_MANAGER');
const declan = person('PROB', DEMO.staff.declan.id, 'KEY_WORKER');
const rc = person('NDRC', 'ndrc-rc', 'REHAB_COORDINATOR');
const gp = (name: string) => person('GPX', `gpx-${name}`, 'KEY_WORKER');

const ACCESS = `id userId agencyCode reason reasonCode flag flaggedAt flagAcknowledgedAt
  flagAcknowledgedBy flagNote reviewDueOn reviewLate reviewedAt inForce`;
const START = `mutation($input: StartEmergencyAccessInput!) {
  startEmergencyAccess(input: $input) { ${ACCESS} }
}`;
const END = `mutation($id: UUID!) { endEmergencyAccess(id: $id) { id } }`;
const LIST = `{ emergencyAccessesForCoordinator(first: 100) {
  edges { node { ${ACCESS} serviceUser { id givenName } } } } }`;
const ACK = `mutation($input: AcknowledgeEmergencyAccessFlagInput!) {
  acknowledgeEmergencyAccessFlag(input: $input) { ${ACCESS} }
}`;
const REVIEW = `mutation($input: ReviewEmergencyAccessInput!) {
  reviewEmergencyAccess(input: $input) { id reviewLate reviewedAt }
}`;
// GP practices may read Jamie's identity under a demo consent, not his case: the case's status
// shows what break-glass opens.
const STATUS = `query($id: UUID!) { case(id: $id) { status } }`;

const reason = 'Collapsed in the waiting room; the ambulance crew ask what he is prescribed';

describe('bounded break-glass', () => {
  let f: TestFederation;
  beforeAll(async () => {
    f = await TestFederation.start({
      agencies: [
        { code: 'CDAS' },
        { code: 'PROB' },
        { code: 'GPX', kind: 'GP' },
        { code: 'NDRC', kind: 'OTHER' },
      ],
    });
  });
  afterAll(() => f.close());

  const start = (who: Person, input: Record<string, unknown>) =>
    f.query(who, START, { input: { reasonCode: 'ETREAT', reason, ...input } });
  const started = (r: GraphQLResponse) => {
    expect(r.body.errors).toBeUndefined();
    return r.body.data.startEmergencyAccess;
  };
  const coordinatorList = async (): Promise<Json[]> => {
    const r = await f.query(rc, LIST);
    expect(r.body.errors).toBeUndefined();
    return nodesOf(r.body.data.emergencyAccessesForCoordinator);
  };
  const sql = <T = Json>(text: string, params: unknown[] = []): Promise<T[]> =>
    f.cm.db.dataSource.query(text, params);
  const rowsOf = async (user: string) =>
    (await sql(`SELECT id FROM emergency_access WHERE user_id = $1`, [user])).length;

  it('is open to health and care agencies by default, not to others; the operator overrides either way', async () => {
    // Probation is not a health or care service: refused before anything about the person is read.
    for (const id of [JAMIE, randomUUID()]) {
      const refused = await start(declan, { serviceUserId: id });
      expect(refused.body.errors).toEqual([
        expect.objectContaining({
          message:
            'Emergency access is not open to your agency: its directory entry does not allow it',
          extensions: { code: 'FORBIDDEN', reason: 'AGENCY_NOT_ALLOWED' },
        }),
      ]);
      expect(refused.body.data).toBeNull();
    }
    expect(await rowsOf(declan.user)).toBe(0);

    // A GP practice is a health service: allowed by its kind.
    const doc = gp('allowed');
    const access = started(await start(doc, { serviceUserId: JAMIE }));
    expect(access).toMatchObject({ reasonCode: 'ETREAT', inForce: true, flag: null });
    const status = async (who: Person) =>
      (await f.query(who, STATUS, { id: DEMO.cases.jamie })).body.data.case?.status ?? null;
    expect(await status(doc)).toBe('ACTIVE');
    expect(await status(gp('colleague'))).toBeNull();

    // The operator closes it for that practice: new accesses are refused, and the open one no
    // longer opens anything (the decision service asks the directory too).
    f.updateDirectoryEntry('GPX', { emergencyAccess: false });
    try {
      expect(codes(await start(gp('refused'), { serviceUserId: JAMIE }))).toEqual(['FORBIDDEN']);
      await new Promise((r) => setTimeout(r, 600)); // past any cached decision (ADR 0025)
      expect(await status(doc)).toBeNull();
    } finally {
      f.updateDirectoryEntry('GPX', { emergencyAccess: undefined });
    }
    expect((await f.query(doc, END, { id: access.id })).body.errors).toBeUndefined();

    // ...and opens it for probation.
    f.updateDirectoryEntry('PROB', { emergencyAccess: true });
    try {
      const prob = started(await start(declan, { serviceUserId: JAMIE, reasonCode: 'THREAT' }));
      expect(prob).toMatchObject({ agencyCode: 'PROB', reasonCode: 'THREAT', inForce: true });
      await f.query(declan, END, { id: prob.id });
    } finally {
      f.updateDirectoryEntry('PROB', { emergencyAccess: undefined });
    }
  });

  it('needs a coded reason from the list and a reason that says what happened, naming the field', async () => {
    const doc = gp('inputs');
    const missing = await f.query(doc, START, { input: { serviceUserId: JAMIE, reason } });
    expect(codes(missing)).toEqual(['BAD_USER_INPUT']);
    expect(missing.body.errors![0]!.message).toContain('reasonCode');

    const unknown = await start(doc, { serviceUserId: JAMIE, reasonCode: 'URGENT' });
    expect(codes(unknown)).toEqual(['BAD_USER_INPUT']);
    expect(unknown.body.errors![0]!.message).toContain('input.reasonCode');
    expect(unknown.body.errors![0]!.message).toContain('does not exist in "EmergencyReasonCode"');

    const short = await start(doc, { serviceUserId: JAMIE, reason: 'urgent' });
    expect(short.body.errors).toEqual([
      expect.objectContaining({
        message: 'reason must say what the emergency is (at least 20 characters)',
        extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'reason' }),
      }),
    ]);
    expect(await rowsOf(doc.user)).toBe(0);
  });

  it("flags a user's second person within 24 hours to the co-ordinators, not the first", async () => {
    const doc = gp('flagged');
    const first = started(await start(doc, { serviceUserId: JAMIE }));
    expect(first.flag).toBeNull();
    await f.query(doc, END, { id: first.id });
    // The same person again is not a second person.
    const again = started(await start(doc, { serviceUserId: JAMIE }));
    expect(again.flag).toBeNull();
    const second = started(await start(doc, { serviceUserId: CHLOE }));
    expect(second).toMatchObject({ flag: 'SECOND_PERSON_WITHIN_24_HOURS' });
    expect(second.flaggedAt).not.toBeNull();

    const listed = await coordinatorList();
    const ids = listed.map((a) => a.id);
    expect(ids).toContain(second.id);
    expect(ids).not.toContain(first.id);
    expect(ids).not.toContain(again.id);
    // The co-ordinator reads the access, not the person's record.
    expect(listed.find((a) => a.id === second.id)).toMatchObject({
      userId: doc.user,
      agencyCode: 'GPX',
      reason,
      reasonCode: 'ETREAT',
      flag: 'SECOND_PERSON_WITHIN_24_HOURS',
      // Nothing of Chloe herself: her record stays under consent, and reads as none.
      serviceUser: null,
    });
    // The list is the co-ordinators'.
    expect(codes(await f.query(aoife, LIST))).toEqual(['FORBIDDEN']);

    // An earlier access more than 24 hours before does not flag.
    const other = gp('a-day-apart');
    const old = started(await start(other, { serviceUserId: JAMIE }));
    await sql(
      `UPDATE emergency_access SET started_at = now() - interval '25 hours',
              ends_at = now() - interval '24 hours' WHERE id = $1`,
      [old.id],
    );
    expect(started(await start(other, { serviceUserId: CHLOE })).flag).toBeNull();

    // The co-ordinator acknowledges the flag once; it then leaves the list.
    const input = {
      id: second.id,
      note: 'Spoke to the practice manager: two call-outs that night',
    };
    expect(codes(await f.query(aoife, ACK, { input }))).toEqual(['FORBIDDEN']);
    const acked = await f.query(rc, ACK, { input });
    expect(acked.body.errors).toBeUndefined();
    expect(acked.body.data.acknowledgeEmergencyAccessFlag).toMatchObject({
      flag: 'SECOND_PERSON_WITHIN_24_HOURS',
      flagAcknowledgedBy: rc.user,
      flagNote: input.note,
    });
    expect(codes(await f.query(rc, ACK, { input }))).toEqual(['CONFLICT']);
    expect((await coordinatorList()).map((a) => a.id)).not.toContain(second.id);
    // An access never flagged is not the co-ordinator's: as if there were none.
    expect(codes(await f.query(rc, ACK, { input: { ...input, id: again.id } }))).toEqual([
      'NOT_FOUND',
    ]);
    for (const id of [again.id, second.id]) await f.query(doc, END, { id });
  });

  it('lists accesses not reviewed within 5 working days for the co-ordinators; reviewed ones leave', async () => {
    const startOn = async (who: Person, workingDaysAgo: number) => {
      const a = started(await start(who, { serviceUserId: JAMIE }));
      const on = subtractWorkingDays(today(), workingDaysAgo);
      await sql(
        `UPDATE emergency_access SET started_at = $2::timestamptz,
                ends_at = $2::timestamptz + interval '1 hour' WHERE id = $1`,
        [a.id, `${on}T10:00:00Z`],
      );
      return { id: a.id as string, on };
    };
    const overdue = await startOn(gp('overdue'), 10);
    const recent = await startOn(gp('recent'), 3);
    // One opened before reasons were coded: still a valid row, listed like any other.
    const legacy = randomUUID();
    const legacyOn = subtractWorkingDays(today(), 8);
    await sql(
      `INSERT INTO emergency_access (id, service_user_id, case_id, user_id, agency_code, reason,
              started_at, ends_at)
       VALUES ($1, $2, $3, 'gpx-legacy', 'GPX', $4, $5::timestamptz,
               $5::timestamptz + interval '1 hour')`,
      [legacy, JAMIE, DEMO.cases.jamie, reason, `${legacyOn}T10:00:00Z`],
    );

    const listed = await coordinatorList();
    const byId = new Map(listed.map((a) => [a.id, a]));
    expect(byId.get(overdue.id)).toMatchObject({
      reviewDueOn: addWorkingDays(overdue.on, 5),
      reviewLate: true,
      flag: null,
      serviceUser: null,
    });
    expect(byId.get(legacy)).toMatchObject({ reasonCode: null, reviewLate: true });
    expect(byId.has(recent.id)).toBe(false);
    // Oldest first.
    const order = listed.map((a) => a.id);
    expect(order.indexOf(overdue.id)).toBeLessThan(order.indexOf(legacy));

    // The lead agency reviews them (late): they leave the list.
    for (const id of [overdue.id, legacy]) {
      const reviewed = await f.query(aoife, REVIEW, {
        input: { id, outcome: 'JUSTIFIED', note: 'Confirmed with the ambulance service' },
      });
      expect(reviewed.body.errors).toBeUndefined();
      expect(reviewed.body.data.reviewEmergencyAccess.reviewLate).toBe(true);
    }
    const after = (await coordinatorList()).map((a) => a.id);
    expect(after).not.toContain(overdue.id);
    expect(after).not.toContain(legacy);
  });
});

/** Where an upgraded database lives: the test server, or an embedded one kept on disk. */
const where = (url: string | undefined) =>
  url ? { url } : { dataDir: mkdtempSync(join(tmpdir(), 'icp-break-glass-')) };

describe('the bounded break-glass migration', () => {
  it('keeps accesses opened before it valid: no reason code, reviewable', async () => {
    const db = await createTestDatabase('break_glass_upgrade');
    const settings = { ...where(db.url), applicationName: 'upgrade-test', entities: CM_ENTITIES };
    const mine = CM_MIGRATIONS.findIndex((m) => m.name === 'BoundedBreakGlass1764400000027');
    expect(mine).toBeGreaterThan(0);
    const before = await openDatabase({
      ...settings,
      migrations: CM_MIGRATIONS.filter((_, i) => i !== mine),
    });
    const su = randomUUID();
    const id = randomUUID();
    await before.dataSource.query(
      `INSERT INTO service_user (id, pseudonym, registered_by_agency) VALUES ($1, 'SU-OLD2', 'CDAS')`,
      [su],
    );
    await before.dataSource.query(
      `INSERT INTO emergency_access (id, service_user_id, user_id, agency_code, reason, started_at, ends_at)
       VALUES ($1, $2, 'prob-old', 'PROB', 'Found unresponsive before the upgrade', now(), now() + interval '1 hour')`,
      [id, su],
    );
    await before.close();
    const upgraded = await openDatabase({ ...settings, migrations: CM_MIGRATIONS });
    try {
      const [row] = await upgraded.dataSource.query(
        `SELECT reason_code, flag, reason FROM emergency_access WHERE id = $1`,
        [id],
      );
      expect(row).toEqual({
        reason_code: null,
        flag: null,
        reason: 'Found unresponsive before the upgrade',
      });
      await upgraded.dataSource.query(
        `UPDATE emergency_access SET review_outcome = 'JUSTIFIED', review_note = 'ok',
                reviewed_by = 'cdas-aoife', reviewed_by_agency = 'CDAS', reviewed_at = now()
          WHERE id = $1`,
        [id],
      );
      // The new columns are checked: a code off the list, or a flag without its time, is refused.
      await expect(
        upgraded.dataSource.query(`UPDATE emergency_access SET reason_code = 'URGENT'`),
      ).rejects.toThrow();
      await expect(
        upgraded.dataSource.query(
          `UPDATE emergency_access SET flag = 'SECOND_PERSON_WITHIN_24_HOURS'`,
        ),
      ).rejects.toThrow();
    } finally {
      await upgraded.close();
      await db.drop();
    }
  });
});
