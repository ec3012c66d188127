import { consentInForceAt, consentInForceSql } from './consent-in-force';

describe('a consent in force', () => {
  const at = new Date('2025-06-01T12:00:00Z');
  const before = new Date('2025-05-01T00:00:00Z');
  const after = new Date('2025-07-01T00:00:00Z');
  const c = (status: string, validFrom: Date, validUntil: Date | null) => ({
    status,
    validFrom,
    validUntil,
  });

  it('is active, started and not expired', () => {
    expect(consentInForceAt(c('ACTIVE', before, null), at)).toBe(true);
    expect(consentInForceAt(c('ACTIVE', before, after), at)).toBe(true);
    expect(consentInForceAt(c('ACTIVE', at, null), at)).toBe(true); // starts at that moment
  });

  it('is not withdrawn, not yet started or expired', () => {
    expect(consentInForceAt(c('WITHDRAWN', before, null), at)).toBe(false);
    expect(consentInForceAt(c('ACTIVE', after, null), at)).toBe(false);
    expect(consentInForceAt(c('ACTIVE', before, at), at)).toBe(false); // ends at that moment
    expect(consentInForceAt(c('ACTIVE', before, before), at)).toBe(false);
  });

  it('says the same in SQL, at now() or at a bind parameter', () => {
    expect(consentInForceSql('now()')).toBe(
      "status = 'ACTIVE' AND valid_from <= now() AND (valid_until IS NULL OR valid_until > now())",
    );
    expect(consentInForceSql('$4')).toBe(
      "status = 'ACTIVE' AND valid_from <= $4 AND (valid_until IS NULL OR valid_until > $4)",
    );
  });
});
