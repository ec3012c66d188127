import { ConfigError, MAX_AGENCY_TIMEOUT_MS, parseFederationConfig } from './federation-config';

const key = { kty: 'OKP', crv: 'Ed25519', x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo' };
const parsed = (entry: Record<string, unknown>) =>
  parseFederationConfig(
    {
      gateway: { publicKey: key },
      caseManagement: { url: 'http://cm.internal/graphql' },
      agencies: [
        {
          code: 'AG',
          name: 'AG',
          kind: 'OTHER',
          url: 'http://ag.internal/graphql',
          publicKey: key,
          ...entry,
        },
      ],
    },
    '/',
  ).agencies[0]!;

describe("an agency's own timeout (ADR 0034)", () => {
  it('is absent unless the entry sets it (the gateway then uses its subgraph timeout)', () => {
    expect(parsed({}).timeoutMs).toBeUndefined();
    expect(parsed({ timeoutMs: 1500 }).timeoutMs).toBe(1500);
    expect(parsed({ timeoutMs: MAX_AGENCY_TIMEOUT_MS }).timeoutMs).toBe(MAX_AGENCY_TIMEOUT_MS);
  });

  it.each([0, -1, 1.5, MAX_AGENCY_TIMEOUT_MS + 1, '5000'])(
    'refuses a directory whose entry sets it to %p',
    (timeoutMs) => {
      expect(() => parsed({ timeoutMs })).toThrow(ConfigError);
    },
  );
});
