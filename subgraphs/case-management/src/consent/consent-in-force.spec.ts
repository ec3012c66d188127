import {
  consentInForceAt,
  consentInForceSql,
  consentNotOverSql,
  denyInForceAt,
  denyWindow,
} from './consent-in-force';

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

  it('says in SQL which consents are not over yet, started or not (their denies may apply)', () => {
    expect(consentNotOverSql('$4')).toBe(
      "status = 'ACTIVE' AND (valid_until IS NULL OR valid_until > $4)",
    );
  });
});

describe('a deny provision in force', () => {
  const day = (n: number) => new Date(Date.UTC(2025, 5, n));
  const consent = { status: 'ACTIVE', validFrom: day(1), validUntil: day(30) };
  const at = day(10);

  it('applies for its consent’s period when it names none of its own', () => {
    const d = { validFrom: null, validUntil: null };
    expect(denyWindow(consent, d)).toEqual({ from: day(1), until: day(30) });
    expect(denyInForceAt(consent, d, at)).toBe(true);
    expect(denyInForceAt({ ...consent, validUntil: null }, d, at)).toBe(true);
  });

  it('applies only within its own period, itself within the consent’s', () => {
    expect(denyInForceAt(consent, { validFrom: day(5), validUntil: day(15) }, at)).toBe(true);
    expect(denyInForceAt(consent, { validFrom: day(10), validUntil: null }, at)).toBe(true);
    expect(denyInForceAt(consent, { validFrom: day(11), validUntil: null }, at)).toBe(false);
    expect(denyInForceAt(consent, { validFrom: null, validUntil: day(10) }, at)).toBe(false);
    // Never outside its consent's period, whatever it says.
    expect(denyWindow(consent, { validFrom: day(0), validUntil: day(40) })).toEqual({
      from: day(1),
      until: day(30),
    });
  });

  it('does not apply once its consent is withdrawn, expired or not yet started', () => {
    const d = { validFrom: null, validUntil: null };
    expect(denyInForceAt({ ...consent, status: 'WITHDRAWN' }, d, at)).toBe(false);
    expect(denyInForceAt(consent, d, day(30))).toBe(false);
    expect(denyInForceAt({ ...consent, validFrom: day(11) }, d, at)).toBe(false);
  });
});
