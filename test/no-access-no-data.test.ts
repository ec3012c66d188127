import { randomUUID } from 'node:crypto';
import { DEMO, type Role } from '@icp/shared';
import { TestFederation, type GraphQLResponse } from './support/test-federation';
import type { Json } from './support/json';
import { nodesOf } from './support/connections';

/**
 * ADR 0026, points 2 and 3 of the consent issue: "no access" reads exactly as "no such record"
 * on every by-id read and entity reference, and the consent register is private to the agency
 * holding the person's record and to each consent's recipient.
 */

const CHLOE = DEMO.serviceUsers.chloe.id;
const aoife = { agency: 'CDAS', user: DEMO.staff.aoife.id, roles: ['CASE_MANAGER' as Role] };
const declan = { agency: 'PROB', user: DEMO.staff.declan.id, roles: ['KEY_WORKER' as Role] };
const niamh = { agency: 'HSEM', user: DEMO.staff.niamh.id, roles: ['KEY_WORKER' as Role] };
/** A homeless service with no consent from anybody. */
const homx = { agency: 'HOMX', user: 'homx-kw', roles: ['KEY_WORKER' as Role] };
/** A GP practice: Jamie's consent covers any GP's reading his identity and physical health. */
const gpx = { agency: 'GPX', user: 'gpx-gp', roles: ['KEY_WORKER' as Role] };

interface ConsentRow {
  id: string;
  recipientAgency: { code: string } | null;
  recipientAgencyKind: string | null;
}

/** The by-id root fields, each with a selection of protected and unprotected fields. */
const BY_ID: Record<string, string> = {
  serviceUser: 'id pseudonym givenName cases { id }',
  case: 'id status carePlan { id }',
  carePlan: 'id version actions { id }',
  planAction: 'id description delivery { status }',
  consent: 'id categories purpose status',
  referral: 'id reason status consentId',
  gapBlock: 'id level status',
  meeting: 'id reason scheduledFor',
};

describe('no access reads as no data (ADR 0026)', () => {
  let f: TestFederation;
  const ids: Record<string, string> = {};
  let consents: ConsentRow[] = [];

  const data = (r: GraphQLResponse, what: string): Json => {
    if (r.body.errors) throw new Error(`${what}: ${JSON.stringify(r.body.errors)}`);
    return r.body.data!;
  };

  beforeAll(async () => {
    f = await TestFederation.start({
      agencies: [
        { code: 'CDAS' },
        { code: 'PROB' },
        { code: 'HSEM' },
        { code: 'HOMX', kind: 'HOMELESS' },
        { code: 'GPX', kind: 'GP' },
      ],
    });
    const chloe = data(
      await f.query(
        aoife,
        `query($id: UUID!) {
          case(id: $id) {
            id carePlan { id actions { id } } referrals { id } gapsAndBlocks { id } meetings { edges { node { id } } }
            serviceUser { id consents(first: 100) { edges { node {
              id recipientAgency { code } recipientAgencyKind } } } }
          }
        }`,
        { id: DEMO.cases.chloe },
      ),
      'lead reads the case',
    ) as {
      case: {
        id: string;
        carePlan: { id: string; actions: { id: string }[] };
        referrals: { id: string }[];
        gapsAndBlocks: { id: string }[];
        meetings: { edges: { node: { id: string } }[] };
        serviceUser: { id: string; consents: { edges: { node: ConsentRow }[] } };
      };
    };
    const c = chloe.case;
    Object.assign(ids, {
      serviceUser: c.serviceUser.id,
      case: c.id,
      carePlan: c.carePlan.id,
      planAction: c.carePlan.actions[0]!.id,
      consent: nodesOf(c.serviceUser.consents)[0]!.id,
      referral: c.referrals[0]?.id,
    });
    consents = nodesOf(c.serviceUser.consents);
    // A meeting and a Gaps and Blocks form of Jamie's case, wherever the demo has them.
    const other = data(
      await f.query(
        aoife,
        `query($id: UUID!) { case(id: $id) { gapsAndBlocks { id } meetings { edges { node { id } } } } }`,
        {
          id: DEMO.cases.jamie,
        },
      ),
      'lead reads Jamie',
    ) as {
      case: { gapsAndBlocks: { id: string }[]; meetings: { edges: { node: { id: string } }[] } };
    };
    ids.meeting = (nodesOf(c.meetings)[0] ?? nodesOf(other.case.meetings)[0])!.id;
    ids.gapBlock = (c.gapsAndBlocks[0] ?? other.case.gapsAndBlocks[0])?.id as string;
    if (!ids.gapBlock) {
      const raised = data(
        await f.query(
          aoife,
          `mutation($input: RaiseGapBlockInput!) { raiseGapBlock(input: $input) { id } }`,
          {
            input: {
              caseId: DEMO.cases.chloe,
              concerningAgencyCode: 'PROB',
              issue: 'No emergency accommodation bed available within the catchment',
              whatTried: 'Phoned the central placement service twice this week',
            },
          },
        ),
        'raise a form',
      ) as { raiseGapBlock: { id: string } };
      ids.gapBlock = raised.raiseGapBlock.id;
    }
  }, 180_000);
  afterAll(() => f?.close());

  it.each(Object.keys(BY_ID))(
    'answers %s(id) to an agency that may see nothing of it exactly as for an id that does not exist',
    async (field) => {
      const query = `query($id: UUID!) { ${field}(id: $id) { ${BY_ID[field]} } }`;
      // The lead agency reads the record: it exists.
      const lead = await f.query(aoife, query, { id: ids[field] });
      expect((lead.body.data as Record<string, Json>)[field]).not.toBeNull();
      for (const reader of [homx, gpx]) {
        const existing = await f.query(reader, query, { id: ids[field] });
        const missing = await f.query(reader, query, { id: randomUUID() });
        expect({
          field,
          reader: reader.agency,
          status: existing.status,
          body: existing.body,
        }).toEqual({
          field,
          reader: reader.agency,
          status: missing.status,
          body: missing.body,
        });
        expect(existing.body).toEqual({ data: { [field]: null } });
      }
    },
  );

  it('hides a record reached from another the reader may see nothing of, as a missing one', async () => {
    // Chloe's plan action for housing is delivered by CDAS; probation reaches her case only
    // through its referral, which does not open the case (ADR 0026): the reference is null.
    const r = await f.query(
      declan,
      `query($id: UUID!) { referral(id: $id) { reason case { id status } } }`,
      { id: ids.referral },
    );
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data).toEqual({ referral: { reason: expect.any(String), case: null } });
  });

  it('keeps the refused by-id read as a security event for the case manager, not for the asker', async () => {
    const asked = await f.query(
      homx,
      `query HomxProbe($id: UUID!) { case(id: $id) { id status } }`,
      {
        id: ids.case,
      },
    );
    expect(asked.body).toEqual({ data: { case: null } });
    const log = data(
      await f.query(
        aoife,
        `query($id: UUID!) {
          serviceUser(id: $id) { disclosureLog { deniedAttempts(first: 100) { edges { node {
            readerAgency field category reason operationName } } } } }
        }`,
        { id: CHLOE },
      ),
      'log',
    ) as { serviceUser: { disclosureLog: { deniedAttempts: { edges: { node: Json }[] } } } };
    expect(nodesOf(log.serviceUser.disclosureLog.deniedAttempts)).toContainEqual({
      readerAgency: 'HOMX',
      field: 'Query.case',
      category: null,
      reason: 'NOTHING_READABLE',
      operationName: 'HomxProbe',
    });
  });

  describe('the consent register', () => {
    const CONSENT = `query($id: UUID!) { consent(id: $id) { id categories purpose } }`;
    const LIST = `query($id: UUID!, $first: Int) {
      serviceUser(id: $id) { consents(first: $first) {
        edges { cursor node { id recipientAgency { code } recipientAgencyKind } }
        pageInfo { hasNextPage endCursor } } }
    }`;

    it('shows every consent to the agency holding the record', async () => {
      const listed = data(await f.query(aoife, LIST, { id: CHLOE, first: 100 }), 'list') as {
        serviceUser: { consents: { edges: { node: ConsentRow }[] } };
      };
      expect(
        nodesOf(listed.serviceUser.consents)
          .map((c) => c.id)
          .sort(),
      ).toEqual(consents.map((c) => c.id).sort());
      const recipients = new Set(consents.map((c) => c.recipientAgency?.code));
      expect(recipients).toEqual(new Set(['CDAS', 'PROB', 'HSEM']));
    });

    it('shows a recipient its own consents and nothing of the others, by id or in a list', async () => {
      // HSEM has a full-copy consent for Chloe: it reads her plan, but not that she consented
      // to probation (a referral) or anything else not addressed to it.
      for (const [reader, code] of [
        [niamh, 'HSEM'],
        [declan, 'PROB'],
      ] as const) {
        for (const c of consents) {
          const r = await f.query(reader, CONSENT, { id: c.id });
          const mine = c.recipientAgency?.code === code;
          expect({ reader: code, consent: c.recipientAgency?.code, errors: r.body.errors }).toEqual(
            {
              reader: code,
              consent: c.recipientAgency?.code,
              errors: undefined,
            },
          );
          if (mine) expect((r.body.data as { consent: Json }).consent).toMatchObject({ id: c.id });
          else expect(r.body.data).toEqual({ consent: null });
        }
      }
      const listed = await f.query(niamh, LIST, { id: CHLOE, first: 100 });
      expect(listed.body.errors).toBeUndefined();
      const seen = nodesOf<ConsentRow>(listed.body.data.serviceUser.consents);
      expect(seen.map((c) => c.recipientAgency?.code)).toEqual(['HSEM']);
      // A page of one is the whole of it: the consents withheld give no edge, no cursor and no
      // next page (filtered before paging).
      const one = (await f.query(niamh, LIST, { id: CHLOE, first: 1 })).body.data;
      expect(one.serviceUser.consents.edges).toHaveLength(1);
      expect(one.serviceUser.consents.pageInfo).toEqual({
        hasNextPage: false,
        endCursor: one.serviceUser.consents.edges[0].cursor,
      });
    });

    it('tells a third agency nothing of a referral consent through the referral', async () => {
      // HSEM may read Chloe's case (its consent covers coordination), and so her referrals, but
      // not the id of the consent under which probation was referred to.
      const r = await f.query(
        niamh,
        `query($id: UUID!) { case(id: $id) { referrals { id toAgency { code } consentId } } }`,
        { id: DEMO.cases.chloe },
      );
      expect(r.body.errors).toBeUndefined();
      const referrals = (r.body.data as { case: { referrals: Json[] } }).case.referrals;
      expect(referrals.length).toBeGreaterThan(0);
      for (const ref of referrals) expect(ref).toMatchObject({ consentId: null });
      const asProbation = await f.query(
        declan,
        `query($id: UUID!) { referral(id: $id) { consentId } }`,
        { id: ids.referral },
      );
      expect(
        (asProbation.body.data as { referral: { consentId: string } }).referral.consentId,
      ).toEqual(consents.find((c) => c.recipientAgency?.code === 'PROB')!.id);
    });
  });

  it('resolves an entity reference the reader may see nothing of as a missing entity', async () => {
    // Probation's own caseload names Jamie; case-management resolves the person (an entity
    // reference). Once every consent to probation is withdrawn, probation may see nothing of
    // him: the reference resolves to null, as for an id case-management does not know, and the
    // rest of the caseload stays.
    const grainne = { agency: 'PROB', user: DEMO.staff.grainne.id, roles: ['SUPERVISOR' as Role] };
    const CASELOAD = `query($k: ID) {
      myCaseload(keyWorkerId: $k) {
        serviceUsers { edges { cursor node { id pseudonym } } }
        openActions { edges { node { actionId } } }
      }
    }`;
    type Caseload = {
      myCaseload: {
        serviceUsers: { edges: { cursor: string; node: Json }[] };
        openActions: { edges: { node: Json }[] };
      };
    };
    const before = data(
      await f.query(grainne, CASELOAD, { k: DEMO.staff.declan.id }),
      'before',
    ) as Caseload;
    expect(nodesOf(before.myCaseload.serviceUsers)).toEqual([
      { id: DEMO.serviceUsers.jamie.id, pseudonym: DEMO.serviceUsers.jamie.pseudonym },
    ]);
    const listed = data(
      await f.query(
        aoife,
        `query($id: UUID!) { serviceUser(id: $id) { consents(first: 100) { edges { node {
          id inForce recipientAgency { code } } } } } }`,
        { id: DEMO.serviceUsers.jamie.id },
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
    for (const c of nodesOf(listed.serviceUser.consents)) {
      if (c.inForce && c.recipientAgency?.code === 'PROB') {
        data(
          await f.query(aoife, `mutation($id: UUID!) { withdrawConsent(id: $id) { id } }`, {
            id: c.id,
          }),
          'withdraw',
        );
      }
    }
    const after = await f.query(grainne, CASELOAD, { k: DEMO.staff.declan.id });
    // The same edge, its node now null: the cursor is the assignment's, and tells nothing new.
    expect(after.body.data).toEqual({
      myCaseload: {
        serviceUsers: {
          edges: [{ cursor: before.myCaseload.serviceUsers.edges[0]!.cursor, node: null }],
        },
        openActions: before.myCaseload.openActions,
      },
    });
    expect((after.body.errors ?? []).map((e) => e.extensions?.code)).not.toContain(
      'CONSENT_REQUIRED',
    );
  });
});
