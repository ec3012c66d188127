import { ConsentGuard } from '../consent/consent-guard';
import type { ConsentDecider } from '../consent/consent-decision';
import { verifyLinks } from './verify-chain';
import { hashSecurityEvent, securityEventsOf } from './security-event';
import { chainSecurityEvents } from './security-event-store';

const reader = {
  agencyCode: 'PROB',
  userId: 'prob-declan',
  roles: [],
  requestId: 'req-1',
  operationName: 'Probe',
};
const SU1 = '11111111-1111-4111-8111-111111111111';
const SU2 = '22222222-2222-4222-8222-222222222222';
const none: ConsentDecider = {
  decide: async (_r, ids) => ids.map((id) => ({ serviceUserId: id, grants: new Map() })),
};

describe('security events (refused reads)', () => {
  it('keeps one refused read per service user, category and field in a request', () => {
    const guard = new ConsentGuard(reader, none);
    // A list of three of SU1's notes refused, their name twice, and SU2's name once.
    for (let i = 0; i < 3; i += 1)
      guard.recordDenied(
        { serviceUserId: SU1 },
        'SUBSTANCE_USE',
        'ProgressNote.body',
        'CARE_COORDINATION',
      );
    guard.recordDenied(
      { serviceUserId: SU1 },
      'IDENTITY',
      'ServiceUser.givenName',
      'CARE_COORDINATION',
    );
    guard.recordDenied(
      { serviceUserId: SU1.toUpperCase() },
      'IDENTITY',
      'ServiceUser.givenName',
      'REFERRAL',
    );
    guard.recordDenied(
      { serviceUserId: SU2 },
      'IDENTITY',
      'ServiceUser.givenName',
      'CARE_COORDINATION',
      'CONSENT_SERVICE_UNAVAILABLE',
    );
    // About nobody: nobody's log can show it.
    guard.recordDenied({ serviceUserId: null }, null, 'Thing.field', 'CARE_COORDINATION');
    expect(guard.denials).toEqual([
      {
        serviceUserId: SU1,
        category: 'SUBSTANCE_USE',
        field: 'ProgressNote.body',
        purposeOfUse: 'CARE_COORDINATION',
        reason: 'NO_CONSENT',
      },
      {
        serviceUserId: SU1,
        category: 'IDENTITY',
        field: 'ServiceUser.givenName',
        purposeOfUse: 'CARE_COORDINATION',
        reason: 'NO_CONSENT',
      },
      {
        serviceUserId: SU2,
        category: 'IDENTITY',
        field: 'ServiceUser.givenName',
        purposeOfUse: 'CARE_COORDINATION',
        reason: 'CONSENT_SERVICE_UNAVAILABLE',
      },
    ]);
    expect(guard.disclosures).toEqual([]);
  });

  it('lets the case manager read a record of their right of access without a consent, as such', async () => {
    const guard = new ConsentGuard({ ...reader, agencyCode: 'CDAS' }, none);
    const log = { serviceUserId: SU1, holderAgencyCode: 'PROB' };
    expect(await guard.verdict(log, 'CARE_PLAN_SUMMARY')).toEqual({ allowed: false });
    expect(await guard.verdict({ ...log, readerIsCaseManager: true }, 'CARE_PLAN_SUMMARY')).toEqual(
      { allowed: true, basis: 'CASE_MANAGER', consentIds: [] },
    );
  });

  it('chains events in a stable order with their own hash, and finds an edited one', async () => {
    const guard = new ConsentGuard(reader, none);
    guard.recordDenied(
      { serviceUserId: SU2 },
      'IDENTITY',
      'ServiceUser.givenName',
      'CARE_COORDINATION',
    );
    guard.recordDenied(
      { serviceUserId: SU1 },
      'IDENTITY',
      'ServiceUser.givenName',
      'CARE_COORDINATION',
    );
    const at = new Date('2026-12-01T10:00:00.123Z');
    const events = chainSecurityEvents(securityEventsOf(reader, guard.denials, at), {
      position: 4,
      hash: 'f'.repeat(64),
    });
    expect(events.map((e) => [e.position, e.serviceUserId])).toEqual([
      [5, SU1],
      [6, SU2],
    ]);
    expect(events[0]).toMatchObject({
      kind: 'READ_DENIED',
      readerAgency: 'PROB',
      readerUser: 'prob-declan',
      operationName: 'Probe',
      requestId: 'req-1',
      prevHash: 'f'.repeat(64),
    });
    expect(events[1]!.prevHash).toBe(events[0]!.hash);

    const genesis = chainSecurityEvents(securityEventsOf(reader, guard.denials, at), null);
    expect((await verifyLinks(genesis, hashSecurityEvent)).ok).toBe(true);
    const edited = genesis.map((e, i) => (i === 0 ? { ...e, readerUser: 'someone-else' } : e));
    expect((await verifyLinks(edited, hashSecurityEvent)).problems).toEqual([
      expect.objectContaining({ position: 1, kind: 'EDITED' }),
    ]);
  });
});
