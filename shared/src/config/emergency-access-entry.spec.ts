import { AGENCY_KINDS } from './agency-kind';
import { ConfigError, allowsEmergencyAccess, parseFederationConfig } from './federation-config';

const key = { kty: 'OKP', crv: 'Ed25519', x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo' };
const file = (entry: Record<string, unknown>) => ({
  gateway: { publicKey: key },
  caseManagement: { url: 'http://cm.internal/graphql' },
  agencies: [
    { code: 'AG', name: 'AG', url: 'http://ag.internal/graphql', publicKey: key, ...entry },
  ],
});
const parsed = (entry: Record<string, unknown>) =>
  parseFederationConfig(file(entry), '/').agencies[0]!;

describe("an agency's emergency access (ADR 0027)", () => {
  it('is allowed by kind by default: the health and care services, not probation, prison or other', () => {
    const allowed = AGENCY_KINDS.filter((kind) => allowsEmergencyAccess(parsed({ kind })));
    expect(allowed).toEqual([
      'DRUG_AND_ALCOHOL',
      'HOMELESS',
      'SOCIAL_WORK',
      'GP',
      'MENTAL_HEALTH',
      'HSE_METHADONE',
    ]);
  });

  it('follows the entry when the operator sets it, either way', () => {
    expect(allowsEmergencyAccess(parsed({ kind: 'PROBATION', emergencyAccess: true }))).toBe(true);
    expect(allowsEmergencyAccess(parsed({ kind: 'GP', emergencyAccess: false }))).toBe(false);
  });

  it('refuses a directory whose entry says something other than true or false', () => {
    expect(() => parsed({ kind: 'GP', emergencyAccess: 'yes' })).toThrow(ConfigError);
  });
});
