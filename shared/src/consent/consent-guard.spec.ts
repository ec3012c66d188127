import { ConsentGuard } from './consent-guard';
import type { ConsentDecider, ConsentDecision } from './consent-decision';

const reader = { agencyCode: 'PROB', userId: 'prob-declan', roles: [], requestId: 'r1' };
const SU1 = '11111111-1111-4111-8111-111111111111';
const SU2 = '22222222-2222-4222-8222-222222222222';

function decider(
  grants: Record<string, Record<string, string[]>>,
): ConsentDecider & { calls: string[][] } {
  const calls: string[][] = [];
  return {
    calls,
    async decide(_r, ids) {
      calls.push([...ids]);
      return ids.map((id): ConsentDecision => ({
        serviceUserId: id,
        grants: new Map(Object.entries(grants[id] ?? {})) as ConsentDecision['grants'],
      }));
    },
  };
}

describe('ConsentGuard', () => {
  it('lets the holding agency read its own records without asking for a decision', async () => {
    const d = decider({});
    const guard = new ConsentGuard(reader, d);
    expect(
      await guard.verdict({ serviceUserId: SU1, holderAgencyCode: 'PROB' }, 'MENTAL_HEALTH'),
    ).toEqual({
      allowed: true,
      basis: 'HOLDER',
      consentIds: [],
    });
    expect(d.calls).toEqual([]);
  });

  it('allows another agency only for a category its consent names, citing the consent', async () => {
    const guard = new ConsentGuard(reader, decider({ [SU1]: { LEGAL_AND_JUSTICE: ['c-1'] } }));
    const subject = { serviceUserId: SU1, holderAgencyCode: 'CDAS' };
    expect(await guard.verdict(subject, 'LEGAL_AND_JUSTICE')).toEqual({
      allowed: true,
      basis: 'CONSENT',
      consentIds: ['c-1'],
    });
    expect(await guard.verdict(subject, 'SUBSTANCE_USE')).toEqual({ allowed: false });
  });

  it('denies when the record names no service user', async () => {
    const guard = new ConsentGuard(reader, decider({}));
    expect(
      await guard.verdict({ serviceUserId: null, holderAgencyCode: 'CDAS' }, 'IDENTITY'),
    ).toEqual({ allowed: false });
  });

  it('asks for all service users of a request in one batch', async () => {
    const d = decider({ [SU1]: { IDENTITY: ['c-1'] } });
    const guard = new ConsentGuard(reader, d);
    const verdicts = await Promise.all(
      [SU1, SU2, SU1].map((id) =>
        guard.verdict({ serviceUserId: id, holderAgencyCode: 'CDAS' }, 'IDENTITY'),
      ),
    );
    expect(verdicts.map((v) => v.allowed)).toEqual([true, false, true]);
    expect(d.calls).toEqual([[SU1, SU2]]);
  });

  it('denies everything when the decision service fails (default deny)', async () => {
    const errors: unknown[] = [];
    const failing: ConsentDecider = {
      decide: async () => {
        throw new Error('connection refused');
      },
    };
    const guard = new ConsentGuard(reader, failing, (e) => errors.push(e));
    expect(
      await guard.verdict({ serviceUserId: SU1, holderAgencyCode: 'CDAS' }, 'IDENTITY'),
    ).toEqual({ allowed: false, reason: 'CONSENT_SERVICE_UNAVAILABLE' });
    expect(errors).toHaveLength(1);
  });

  it('refuses a category a deny provision refuses, whatever consent permits it (ADR 0028)', async () => {
    const deciding = (emergency: ConsentDecision['emergency']): ConsentDecider => ({
      decide: async (_r, ids) =>
        ids.map((id) => ({
          serviceUserId: id,
          grants: new Map([
            ['IDENTITY', ['c-permit']],
            ['MENTAL_HEALTH', ['c-permit']],
          ]),
          denials: new Map([['MENTAL_HEALTH', ['c-deny']]]),
          emergency,
        })),
    });
    const subject = { serviceUserId: SU1, holderAgencyCode: 'CDAS' };
    const guard = new ConsentGuard(reader, deciding(null));
    expect(await guard.verdict(subject, 'MENTAL_HEALTH')).toEqual({ allowed: false });
    expect(await guard.verdict(subject, 'IDENTITY')).toMatchObject({ allowed: true });
    // The holder reads its own record, and a user's emergency access reads past a deny.
    expect(
      await guard.verdict({ ...subject, holderAgencyCode: 'PROB' }, 'MENTAL_HEALTH'),
    ).toMatchObject({ allowed: true, basis: 'HOLDER' });
    const until = new Date(Date.now() + 60_000);
    const glass = new ConsentGuard(reader, deciding({ id: 'ea-1', until }));
    expect(await glass.verdict(subject, 'MENTAL_HEALTH')).toEqual({
      allowed: true,
      basis: 'BREAK_GLASS',
      consentIds: ['ea-1'],
    });
  });
});
