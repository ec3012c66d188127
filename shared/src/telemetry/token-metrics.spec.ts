import { countTokenSigned, countTokenVerified, resetTokenCounts } from '../identity/token-counters';
import { metricsRegistry } from './metrics';

describe('token metrics', () => {
  afterEach(() => resetTokenCounts());

  it("reports the process's token signatures and verifications as counters, by issuer and audience", async () => {
    resetTokenCounts();
    countTokenSigned('icp-gateway');
    countTokenSigned('icp-gateway');
    countTokenVerified('case-management');
    const text = await metricsRegistry.metrics();
    expect(text).toContain('icp_tokens_signed_total{issuer="icp-gateway"} 2');
    expect(text).toContain('icp_tokens_verified_total{audience="case-management"} 1');
  });
});
