import { DEMO } from '@icp/shared';
import { TestFederation, codes, type GraphQLResponse } from './support/test-federation';
import { AOIFE } from './support/plan-factory';
import type { Json } from './support/json';

/**
 * Finding people without exposing them (ADR 0036): a search finds only the people the agency may
 * already see who they are, and answers exactly the same whether people it may not see exist or
 * not; registering checks for a likely duplicate among those people first.
 */

const SEARCH = `query($input: ServiceUserSearchInput!) {
  searchServiceUsers(input: $input) {
    heldByYourAgency
    serviceUser { id pseudonym givenName familyName dateOfBirth }
  }
}`;
const REGISTER = `mutation($input: RegisterServiceUserInput!) {
  registerServiceUser(input: $input) { id pseudonym }
}`;
const GRANT = `mutation($input: GrantConsentInput!) { grantConsent(input: $input) { id } }`;

const PROB_KW = { agency: 'PROB', user: DEMO.staff.declan.id, roles: ['KEY_WORKER' as const] };
const HSEM_CM = { agency: 'HSEM', user: DEMO.staff.niamh.id, roles: ['CASE_MANAGER' as const] };

const first = (r: GraphQLResponse) => r.body.errors?.[0]?.extensions ?? {};

describe('finding service users without exposing them', () => {
  let f: TestFederation;
  beforeAll(async () => {
    f = await TestFederation.start();
  });
  afterAll(() => f.close());

  type As = typeof AOIFE | typeof PROB_KW | typeof HSEM_CM;

  async function register(
    as: As,
    person: { givenName: string; familyName: string; dateOfBirth?: string },
    confirmNotDuplicate = true,
  ) {
    const r = await f.query(as, REGISTER, { input: { ...person, confirmNotDuplicate } });
    expect(r.body.errors).toBeUndefined();
    return r.body.data.registerServiceUser as { id: string; pseudonym: string };
  }

  /** The registering agency (the holder) records the person's consent for CDAS. */
  async function consentToCdas(as: As, serviceUserId: string, over: Record<string, unknown>) {
    const r = await f.query(as, GRANT, {
      input: { serviceUserId, recipientAgencyCode: 'CDAS', ...over },
    });
    expect(r.body.errors).toBeUndefined();
  }

  const search = (as: As, input: Record<string, unknown>) => f.query(as, SEARCH, { input });
  const idsOf = (r: GraphQLResponse) =>
    (r.body.data.searchServiceUsers as Json[]).map((x) => x.serviceUser.id as string);
  const count = async () =>
    (
      await f.cm.db.dataSource.query<{ n: number }[]>(`SELECT count(*)::int AS n FROM service_user`)
    )[0]!.n;

  let held: { id: string; pseudonym: string };
  let consented: { id: string; pseudonym: string };

  it('finds the people the agency holds or may read the identity of, matching names as people write them', async () => {
    held = await register(AOIFE, {
      givenName: 'Siobhán',
      familyName: 'Ó Briain',
      dateOfBirth: '1990-01-01',
    });
    consented = await register(PROB_KW, {
      givenName: 'Seán',
      familyName: 'MacCarthy',
      dateOfBirth: '1985-05-05',
    });
    await consentToCdas(PROB_KW, consented.id, {
      categories: ['IDENTITY'],
      purpose: 'CARE_COORDINATION',
    });

    for (const familyName of ['o briain', "O'Briain", 'O’BRIAIN', 'Ó Bri']) {
      const r = await search(AOIFE, { familyName });
      expect(r.body.errors).toBeUndefined();
      expect(r.body.data.searchServiceUsers).toEqual([
        {
          heldByYourAgency: true,
          serviceUser: {
            id: held.id,
            pseudonym: held.pseudonym,
            givenName: 'Siobhán',
            familyName: 'Ó Briain',
            dateOfBirth: '1990-01-01',
          },
        },
      ]);
    }
    for (const familyName of ['McCarthy', 'Mac Carthy', 'maccarthy']) {
      const r = await search(AOIFE, { familyName, givenName: 'sean' });
      expect(r.body.data.searchServiceUsers).toEqual([
        {
          heldByYourAgency: false,
          serviceUser: {
            id: consented.id,
            pseudonym: consented.pseudonym,
            givenName: 'Seán',
            familyName: 'MacCarthy',
            dateOfBirth: '1985-05-05',
          },
        },
      ]);
    }
    expect(idsOf(await search(AOIFE, { dateOfBirth: '1985-05-05' }))).toEqual([consented.id]);
    expect(idsOf(await search(AOIFE, { pseudonym: held.pseudonym.toLowerCase() }))).toEqual([
      held.id,
    ]);
    // Every criterion given must match.
    expect(
      idsOf(await search(AOIFE, { familyName: 'Ó Briain', dateOfBirth: '1985-05-05' })),
    ).toEqual([]);
    // The demo's own: CDAS leads Jamie's case.
    expect(idsOf(await search(AOIFE, { pseudonym: DEMO.serviceUsers.jamie.pseudonym }))).toEqual([
      DEMO.serviceUsers.jamie.id,
    ]);
  });

  it('answers exactly the same whether people the agency may not see exist or not', async () => {
    const queries: Record<string, unknown>[] = [
      { familyName: 'O Briain' },
      { givenName: 'Siobhan' },
      { familyName: 'McCarthy' },
      { dateOfBirth: '1991-02-02' },
      { dateOfBirth: '1986-06-06' },
      { givenName: 'Sean', familyName: 'Mc' },
    ];
    const before = await Promise.all(queries.map((q) => search(AOIFE, q)));

    // Held by HSEM, and never consented to CDAS.
    const hidden = await register(HSEM_CM, {
      givenName: 'Siobhan',
      familyName: "O'Briain",
      dateOfBirth: '1991-02-02',
    });
    // Consented to CDAS, but not who they are (the plan summary only).
    const summaryOnly = await register(PROB_KW, {
      givenName: 'Sean',
      familyName: 'McCarthy',
      dateOfBirth: '1986-06-06',
    });
    await consentToCdas(PROB_KW, summaryOnly.id, {
      categories: ['CARE_PLAN_SUMMARY'],
      purpose: 'CARE_COORDINATION',
    });
    // Who they are, but for one referral only: not for a search.
    const referralOnly = await register(PROB_KW, {
      givenName: 'Seán',
      familyName: 'Mac Cárthaigh',
      dateOfBirth: '1986-06-06',
    });
    await consentToCdas(PROB_KW, referralOnly.id, {
      categories: ['IDENTITY'],
      purpose: 'REFERRAL',
    });
    // Consented to, with a deny provision (exception) refusing who they are.
    const denied = await register(PROB_KW, {
      givenName: 'Seán',
      familyName: 'McCarthy',
      dateOfBirth: '1986-06-06',
    });
    await consentToCdas(PROB_KW, denied.id, {
      categories: ['IDENTITY', 'CARE_PLAN_SUMMARY'],
      purpose: 'CARE_COORDINATION',
      exceptions: [{ categories: ['IDENTITY'] }],
    });
    // Consented, then withdrawn.
    const withdrawn = await register(PROB_KW, {
      givenName: 'Sean',
      familyName: 'McCarthy',
      dateOfBirth: '1986-06-06',
    });
    const granted = await f.query(PROB_KW, GRANT, {
      input: {
        serviceUserId: withdrawn.id,
        recipientAgencyCode: 'CDAS',
        categories: ['IDENTITY'],
        purpose: 'CARE_COORDINATION',
      },
    });
    const withdrawal = await f.query(
      PROB_KW,
      `mutation($id: UUID!) { withdrawConsent(id: $id, reason: "Changed their mind") { status } }`,
      { id: granted.body.data.grantConsent.id },
    );
    expect(withdrawal.body.errors).toBeUndefined();

    const after = await Promise.all(queries.map((q) => search(AOIFE, q)));
    for (const [i, r] of after.entries()) {
      expect(r.body.errors).toBeUndefined();
      expect(r.text).toBe(before[i]!.text);
    }
    // A hidden person's pseudonym finds what a pseudonym no one has finds: nothing.
    for (const p of [hidden, summaryOnly, referralOnly, denied, withdrawn]) {
      const r = await search(AOIFE, { pseudonym: p.pseudonym });
      expect(r.text).toBe((await search(AOIFE, { pseudonym: 'SU-NOBODY' })).text);
    }
    // The holder finds its own.
    expect(idsOf(await search(HSEM_CM, { familyName: 'O Briain' }))).toEqual([hidden.id]);
    // And a person CDAS holds is hidden from the others.
    expect(idsOf(await search(HSEM_CM, { givenName: 'Siobhán' }))).toEqual([hidden.id]);
    expect(idsOf(await search(PROB_KW, { pseudonym: held.pseudonym }))).toEqual([]);
  });

  it('refuses a search without criteria, with a one-letter name or a bad date, and without the role', async () => {
    for (const input of [
      {},
      { familyName: '  ' },
      { familyName: "O'" },
      { dateOfBirth: '1990-02-30' },
    ]) {
      const r = await search(AOIFE, input);
      expect(codes(r)).toEqual(['BAD_USER_INPUT']);
      // No answer: null from case-management, or none at all when the gateway refuses a
      // malformed LocalDate before planning (HTTP 400).
      expect(r.body.data ?? null).toBeNull();
    }
    expect(first(await search(AOIFE, { familyName: "O'" })).field).toBe('familyName');
    expect(codes(await search(AOIFE, { familyName: 'Ó Briain', first: 51 }))).toEqual([
      'BAD_USER_INPUT',
    ]);
    const admin = { agency: 'CDAS', user: 'cdas-admin', roles: ['AGENCY_ADMIN' as const] };
    expect(codes(await f.query(admin, SEARCH, { input: { familyName: 'Ó Briain' } }))).toEqual([
      'FORBIDDEN',
    ]);
  });

  describe('registering checks for a likely duplicate first', () => {
    it('refuses the same names and date of birth among people the agency may see, naming them, writing nothing', async () => {
      const before = await count();
      const again = await f.query(AOIFE, REGISTER, {
        input: { givenName: 'SIOBHAN', familyName: 'O Briain', dateOfBirth: '1990-01-01' },
      });
      expect(codes(again)).toEqual(['CONFLICT']);
      expect(first(again)).toMatchObject({ reason: 'DUPLICATE_SUSPECTED', candidates: [held.id] });
      expect(again.body.data).toBeNull();
      // Seen by consent counts too; no date of birth on either side matches any.
      const byConsent = await f.query(AOIFE, REGISTER, {
        input: { givenName: 'Sean', familyName: 'Mc Carthy' },
      });
      expect(first(byConsent)).toMatchObject({
        reason: 'DUPLICATE_SUSPECTED',
        candidates: [consented.id],
      });
      expect(await count()).toBe(before);

      // Someone else of the same name is registered when the case manager says so.
      const confirmed = await f.query(AOIFE, REGISTER, {
        input: {
          givenName: 'Siobhán',
          familyName: 'Ó Briain',
          dateOfBirth: '1990-01-01',
          confirmNotDuplicate: true,
        },
      });
      expect(confirmed.body.errors).toBeUndefined();
      expect(await count()).toBe(before + 1);
      // Another date of birth is another person.
      const other = await f.query(AOIFE, REGISTER, {
        input: { givenName: 'Siobhán', familyName: 'Ó Briain', dateOfBirth: '2001-01-01' },
      });
      expect(other.body.errors).toBeUndefined();
    });

    it('never names, or stops at, a person the agency may not see', async () => {
      // HSEM holds "Siobhan O'Briain" born 1991-02-02; CDAS may not see her.
      const r = await f.query(AOIFE, REGISTER, {
        input: { givenName: 'Siobhan', familyName: "O'Briain", dateOfBirth: '1991-02-02' },
      });
      expect(r.body.errors).toBeUndefined();
      expect(r.body.data.registerServiceUser.id).toEqual(expect.any(String));
    });

    it('lets only one of two simultaneous registrations of the same person through', async () => {
      const person = { givenName: 'Pádraig', familyName: 'Mac Gabhann', dateOfBirth: '1979-09-09' };
      const before = await count();
      const [a, b] = await Promise.all([
        f.query(AOIFE, REGISTER, { input: person }),
        f.query(AOIFE, REGISTER, { input: { ...person, givenName: 'PADRAIG' } }),
      ]);
      expect([codes(a), codes(b)].sort()).toEqual([[], ['CONFLICT']]);
      expect(await count()).toBe(before + 1);
    });
  });
});
