import { webAppConfig, webAppCsp } from './web-app-config';

const agencies = [
  {
    code: 'CDAS',
    name: 'Northside Community Drug and Alcohol Service',
    identityProvider: {
      issuer: 'http://127.0.0.1:4400',
      claims: { roleMap: { 'case-managers': 'CASE_MANAGER', 'service-users': 'SERVICE_USER' } },
    },
  },
  { code: 'GPXX', name: 'A GP practice without a provider' },
];

describe('the web app configuration', () => {
  it("names each agency's identity provider and the app's client id there", () => {
    const config = webAppConfig(agencies, 'http://localhost:4000/graphql');
    expect(config.agencies).toEqual([
      {
        code: 'CDAS',
        name: 'Northside Community Drug and Alcohol Service',
        issuer: 'http://127.0.0.1:4400',
        clientId: 'icp-web',
        scope: 'openid profile agency',
      },
      { code: 'GPXX', name: 'A GP practice without a provider' },
    ]);
    expect(config.demoUsers).toBeUndefined();
  });

  it('lists demo accounts with the role their group maps to, and leaves out unmapped ones', () => {
    const config = webAppConfig(agencies, 'http://localhost:4000/graphql', [
      { login: 'aoife', name: 'Aoife Byrne', agency: 'CDAS', groups: ['case-managers'] },
      { login: 'jamie', name: 'Jamie Doyle', agency: 'CDAS', groups: ['service-users'] },
      { login: 'nobody', name: 'No Role', agency: 'CDAS', groups: ['cleaners'] },
    ]);
    expect(config.demoUsers).toEqual([
      { login: 'aoife', name: 'Aoife Byrne', agency: 'CDAS', role: 'CASE_MANAGER' },
      { login: 'jamie', name: 'Jamie Doyle', agency: 'CDAS', role: 'SERVICE_USER' },
    ]);
  });

  it('allows requests only to the gateway and the providers, and no inline code but by nonce', () => {
    const csp = webAppCsp(webAppConfig(agencies, 'http://localhost:4000/graphql'), 'abc');
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("connect-src 'self' http://localhost:4000 http://127.0.0.1:4400");
    expect(csp).toContain("script-src 'self' 'nonce-abc'");
    expect(csp).toContain("style-src 'self' 'nonce-abc'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
  });
});
