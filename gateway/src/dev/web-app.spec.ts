import { VITE_DEV_PORT, webAppOriginEnv } from './web-app';

describe("the web app's origins, as npm start tells the identity provider and the gateway", () => {
  const origins = (port: number) => [`http://localhost:${port}`, `http://127.0.0.1:${port}`];

  it("names the app's own port, the default one and the Vite development server's", () => {
    const env = webAppOriginEnv(41234, {});
    expect(env.gateway.GATEWAY_CORS_ORIGINS!.split(',')).toEqual([
      ...origins(41234),
      ...origins(5173),
      ...origins(VITE_DEV_PORT),
    ]);
    expect(env.identityProvider.DEV_IDP_REDIRECT_URIS!.split(',')).toEqual(
      [...origins(41234), ...origins(5173), ...origins(VITE_DEV_PORT)].map((o) => `${o}/callback`),
    );
  });

  it('on the default port still lets the Vite development server sign in and call the gateway', () => {
    const env = webAppOriginEnv(5173, {});
    expect(env.gateway.GATEWAY_CORS_ORIGINS).toBe(
      [...origins(5173), ...origins(VITE_DEV_PORT)].join(','),
    );
    expect(env.identityProvider.DEV_IDP_REDIRECT_URIS).toContain(
      `http://localhost:${VITE_DEV_PORT}/callback`,
    );
  });

  it("adds to the environment's redirect URIs, and leaves its CORS origins alone", () => {
    const env = webAppOriginEnv(5173, {
      DEV_IDP_REDIRECT_URIS: 'https://app.example/callback',
      GATEWAY_CORS_ORIGINS: 'https://app.example',
    });
    expect(env.identityProvider.DEV_IDP_REDIRECT_URIS!.split(',')[0]).toBe(
      'https://app.example/callback',
    );
    expect(env.gateway).toEqual({});
  });
});
