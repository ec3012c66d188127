import { fromDto, grantsFor, toDto, type ConsentDecision } from './consent-decision';

const SU = '11111111-1111-4111-8111-111111111111';

describe('a consent decision with deny provisions', () => {
  const decision: ConsentDecision = {
    serviceUserId: SU,
    grants: new Map([['IDENTITY', ['c-permit']]]),
    denials: new Map([['MENTAL_HEALTH', ['c-deny']]]),
    purposes: new Map([['c-permit', 'CARE_COORDINATION']]),
  };

  it('travels to agencies with its denials', () => {
    const dto = toDto(decision);
    expect(dto.denials).toEqual([{ category: 'MENTAL_HEALTH', consentIds: ['c-deny'] }]);
    const back = fromDto(JSON.parse(JSON.stringify(dto)));
    expect([...back.denials!]).toEqual([['MENTAL_HEALTH', ['c-deny']]]);
    expect([...back.grants]).toEqual([['IDENTITY', ['c-permit']]]);
  });

  it('is honoured where it arrives, even beside a permit for the same category', () => {
    const dto = toDto({
      ...decision,
      grants: new Map([
        ['IDENTITY', ['c-permit']],
        ['MENTAL_HEALTH', ['c-permit']],
      ]),
    });
    const back = fromDto(dto);
    expect(back.grants.has('MENTAL_HEALTH')).toBe(false);
    expect(back.grants.get('IDENTITY')).toEqual(['c-permit']);
  });

  it('grants no denied category for any purpose of use', () => {
    const withPermit: ConsentDecision = {
      ...decision,
      grants: new Map([
        ['IDENTITY', ['c-permit']],
        ['MENTAL_HEALTH', ['c-permit']],
      ]),
    };
    expect([...grantsFor(withPermit, 'CARE_COORDINATION').keys()]).toEqual(['IDENTITY']);
    expect(grantsFor(withPermit, 'REFERRAL').has('MENTAL_HEALTH')).toBe(false);
  });

  it('reads an answer from a server that sends no denials as denying nothing more', () => {
    const back = fromDto({
      serviceUserId: SU,
      grants: [{ category: 'MENTAL_HEALTH', consentIds: ['c-1'] }],
    });
    expect(back.grants.get('MENTAL_HEALTH')).toEqual(['c-1']);
    expect(back.denials!.size).toBe(0);
  });
});
