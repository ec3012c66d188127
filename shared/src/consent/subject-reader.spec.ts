import { ConsentGuard } from './consent-guard';
import type { ConsentDecider, ConsentDecision, ConsentReader } from './consent-decision';
import type { Role } from '../identity/roles';

/** A SERVICE_USER reader (ADR 0049): their own records only, basis SUBJECT, never as holder. */
const SU1 = '11111111-1111-4111-8111-111111111111';
const SU2 = '22222222-2222-4222-8222-222222222222';
const jamie = {
  agencyCode: 'CDAS',
  userId: 'cdas-su-1001',
  roles: ['SERVICE_USER'] as Role[],
  serviceUserId: SU1,
  requestId: 'r1',
};

/** Says `subject` for `subjectOf` only, and records whom it was asked for. */
function decider(subjectOf: string | null): ConsentDecider & { readers: ConsentReader[] } {
  const readers: ConsentReader[] = [];
  return {
    readers,
    async decide(reader, ids) {
      readers.push(reader);
      return ids.map((id): ConsentDecision => ({
        serviceUserId: id,
        grants: new Map([['IDENTITY', ['c-1']]]),
        ...(id === subjectOf ? { subject: true } : {}),
      }));
    },
  };
}

describe('ConsentGuard for a service user', () => {
  it('reads every category of their own records, holder-only ones too, as SUBJECT', async () => {
    const d = decider(SU1);
    const guard = new ConsentGuard(jamie, d);
    const own = { serviceUserId: SU1, holderAgencyCode: 'PROB' };
    const subject = { allowed: true, basis: 'SUBJECT', consentIds: [] };
    expect(await guard.verdict(own, 'MENTAL_HEALTH')).toEqual(subject);
    expect(guard.verdictNow({ ...own, holderOnly: true }, null)).toEqual(subject);
    expect(d.readers).toEqual([{ agencyCode: 'CDAS', userId: 'cdas-su-1001', serviceUserId: SU1 }]);
  });

  it('never reads as holder: another person of their agency is refused without asking', async () => {
    const d = decider(SU1);
    const guard = new ConsentGuard(jamie, d);
    const other = { serviceUserId: SU2, holderAgencyCode: 'CDAS', readerIsCaseManager: true };
    expect(await guard.verdict(other, 'IDENTITY')).toEqual({ allowed: false });
    expect(await guard.verdict({ serviceUserId: null, holderAgencyCode: 'CDAS' }, null)).toEqual({
      allowed: false,
    });
    expect(d.readers).toEqual([]);
  });

  it('reads nothing of their own without the lead agency’s confirmation (no subject flag)', async () => {
    const guard = new ConsentGuard(jamie, decider(null));
    // Not even what a consent to their agency grants: a service user does not read as the agency.
    expect(
      await guard.verdict({ serviceUserId: SU1, holderAgencyCode: 'CDAS' }, 'IDENTITY'),
    ).toEqual({ allowed: false });
  });
});
