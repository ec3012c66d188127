import { createLogger } from '@icp/shared';
import {
  CORS_ALLOWED_HEADERS,
  DEVELOPMENT_CORS_ORIGINS,
  composeSupergraph,
  parseCorsOrigins,
  startGateway,
  type RunningGateway,
} from '@icp/gateway';
import { TestFederation } from './support/test-federation';
import type { Json } from './support/json';

const APP = 'http://localhost:5173';
const OTHER_SITE = 'https://elsewhere.example';
const AGENCIES = '{ agencies { code } }';

interface Answer {
  status: number;
  headers: Headers;
  text: string;
}

const json = (r: Answer): Json => JSON.parse(r.text);

async function send(url: string, init: RequestInit = {}): Promise<Answer> {
  const res = await fetch(url, init);
  return { status: res.status, headers: res.headers, text: await res.text() };
}

/** What a browser sends before a cross-origin JSON POST with a token. */
const preflight = (origin: string): RequestInit => ({
  method: 'OPTIONS',
  headers: {
    origin,
    'access-control-request-method': 'POST',
    'access-control-request-headers': 'authorization,content-type',
  },
});

const post = (headers: Record<string, string>, query = AGENCIES): RequestInit => ({
  method: 'POST',
  headers: { 'content-type': 'application/json', ...headers },
  body: JSON.stringify({ query }),
});

/** The security headers every response of the gateway carries. */
function expectSecurityHeaders(r: Answer) {
  expect(r.headers.get('x-content-type-options')).toBe('nosniff');
  expect(r.headers.get('referrer-policy')).toBe('no-referrer');
  expect(r.headers.get('x-frame-options')).toBe('DENY');
  expect(r.headers.get('cross-origin-resource-policy')).toBe('same-origin');
  expect(r.headers.get('cache-control')).toBe('no-store');
  const csp = r.headers.get('content-security-policy') ?? '';
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("default-src 'none'");
}

/** Every URL a page loads: its scripts, stylesheets, icons (and any other src/href). */
const pageUrls = (html: string) =>
  [...html.matchAll(/\s(?:src|href)="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));

let f: TestFederation;
beforeAll(async () => {
  f = await TestFederation.start({ agencies: [{ code: 'CDAS' }], seedDemo: false });
});
afterAll(async () => {
  await f?.close();
});

describe('calling the gateway from a browser', () => {
  let origin: string;
  beforeAll(() => {
    origin = new URL(f.url).origin;
  });

  describe('CORS', () => {
    it("answers an allowed origin's preflight without a token: 204 and the CORS headers", async () => {
      const r = await send(f.url, preflight(APP));
      expect(r.status).toBe(204);
      expect(r.headers.get('access-control-allow-origin')).toBe(APP);
      expect(r.headers.get('access-control-allow-methods')).toContain('POST');
      const allowed = (r.headers.get('access-control-allow-headers') ?? '').split(',');
      for (const h of [
        'authorization',
        'content-type',
        'apollo-require-preflight',
        'x-apollo-operation-name',
      ])
        expect(allowed).toContain(h);
      expect(allowed).toEqual([...CORS_ALLOWED_HEADERS]);
      expect(r.headers.get('access-control-max-age')).toBe('600');
      expect(r.headers.get('vary')).toMatch(/origin/i);
      // The token travels in a header, never in cookies: credentials are not allowed.
      expect(r.headers.get('access-control-allow-credentials')).toBeNull();
      expect(r.text).toBe('');
      expectSecurityHeaders(r);
    });

    it('allows the web app on 127.0.0.1 too, by default outside production', async () => {
      expect(DEVELOPMENT_CORS_ORIGINS).toEqual([APP, 'http://127.0.0.1:5173']);
      const r = await send(f.url, preflight('http://127.0.0.1:5173'));
      expect(r.status).toBe(204);
      expect(r.headers.get('access-control-allow-origin')).toBe('http://127.0.0.1:5173');
    });

    it("lets an allowed origin's page read the answer to an operation with a token", async () => {
      const token = await f.token('CDAS', 'cdas-aoife', ['CASE_MANAGER']);
      const r = await send(f.url, post({ origin: APP, authorization: `Bearer ${token}` }));
      expect(r.status).toBe(200);
      expect(json(r).data.agencies).toEqual([{ code: 'CDAS' }]);
      expect(r.headers.get('access-control-allow-origin')).toBe(APP);
      expect(r.headers.get('access-control-expose-headers')).toBe('x-request-id');
      expectSecurityHeaders(r);
    });

    it('still refuses an operation without a token from an allowed origin (401, readable)', async () => {
      const r = await send(f.url, post({ origin: APP }));
      expect(r.status).toBe(401);
      expect(json(r).errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect(r.text).not.toMatch(/"data"/);
      expect(r.headers.get('access-control-allow-origin')).toBe(APP);
      expectSecurityHeaders(r);
      const get = await send(`${f.url}?query=${encodeURIComponent(AGENCIES)}`, {
        headers: { origin: APP, 'apollo-require-preflight': 'true' },
      });
      expect(get.status).toBe(401);
    });

    it('gives another origin no CORS header: its preflight is not answered', async () => {
      const r = await send(f.url, preflight(OTHER_SITE));
      expect(r.status).toBe(401);
      expect(r.headers.get('access-control-allow-origin')).toBeNull();
      expect(r.headers.get('access-control-allow-headers')).toBeNull();
      expectSecurityHeaders(r);
      const token = await f.token('CDAS', 'cdas-aoife', ['CASE_MANAGER']);
      const withToken = await send(
        f.url,
        post({ origin: OTHER_SITE, authorization: `Bearer ${token}` }),
      );
      expect(withToken.headers.get('access-control-allow-origin')).toBeNull();
      const noOrigin = await send(f.url, preflight('null'));
      expect(noOrigin.headers.get('access-control-allow-origin')).toBeNull();
    });

    it('answers preflights only at the GraphQL endpoint, not on internal or unknown paths', async () => {
      const internal = await send(`${origin}/internal/consent-decisions`, preflight(APP));
      expect(internal.status).toBe(401);
      expect(internal.headers.get('access-control-allow-origin')).toBeNull();
      const unknown = await send(`${origin}/elsewhere`, preflight(APP));
      expect(unknown.status).toBe(404);
      expect(unknown.headers.get('access-control-allow-origin')).toBeNull();
    });
  });

  describe('security headers', () => {
    it('are on GraphQL answers, GraphQL errors, refusals and the health probe', async () => {
      const token = await f.token('CDAS', 'cdas-aoife', ['CASE_MANAGER']);
      const ok = await send(f.url, post({ authorization: `Bearer ${token}` }));
      expect(ok.status).toBe(200);
      expectSecurityHeaders(ok);
      const invalid = await send(f.url, post({ authorization: `Bearer ${token}` }, '{ nope }'));
      expect(invalid.status).toBe(400);
      expect(invalid.text).toMatch(/GRAPHQL_VALIDATION_FAILED/);
      expectSecurityHeaders(invalid);
      const badToken = await send(f.url, post({ authorization: 'Bearer not-a-token' }));
      expect(badToken.status).toBe(401);
      expectSecurityHeaders(badToken);
      const notFound = await send(`${origin}/nowhere`);
      expect(notFound.status).toBe(404);
      expectSecurityHeaders(notFound);
      const tooLarge = await send(f.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: 'x'.repeat(2 * 1024 * 1024),
      });
      expect(tooLarge.status).toBe(413);
      expectSecurityHeaders(tooLarge);
      const health = await send(`${origin}/health`);
      expectSecurityHeaders(health);
    });

    it('send no Strict-Transport-Security unless configured (the gateway speaks plain HTTP here)', async () => {
      const r = await send(`${origin}/health`);
      expect(r.headers.get('strict-transport-security')).toBeNull();
      expect(r.headers.get('x-powered-by')).toBeNull();
    });

    it('are on the subgraphs too', async () => {
      const cm = await send(`${new URL(f.cm.url).origin}/health`);
      expectSecurityHeaders(cm);
      const agency = await send(f.agencies.get('CDAS')!.url, post({}));
      expect(agency.status).toBe(401);
      expectSecurityHeaders(agency);
    });
  });

  describe('the explorer (development)', () => {
    const openPage = (path: string) =>
      send(`${origin}${path}`, { headers: { accept: 'text/html' } });

    it('is served at / and to a browser opening the GraphQL endpoint, without a token', async () => {
      for (const path of ['/', '/graphql']) {
        const r = await openPage(path);
        expect(r.status).toBe(200);
        expect(r.headers.get('content-type')).toMatch(/^text\/html/);
        expect(r.text).toMatch(/<html/);
        expect(r.text).toContain('id="explorer"');
      }
    });

    it('loads every script, stylesheet and font from the gateway itself', async () => {
      const r = await openPage('/');
      const urls = pageUrls(r.text);
      const scripts = [...r.text.matchAll(/<script src="([^"]+)"/g)].map((m) => m[1]!);
      const styles = [...r.text.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map(
        (m) => m[1]!,
      );
      expect(scripts.length).toBeGreaterThanOrEqual(2);
      expect(styles.length).toBeGreaterThanOrEqual(1);
      expect(r.text).not.toMatch(/<script>|<style>|https?:\/\//);
      for (const url of urls) {
        if (url.startsWith('data:')) continue;
        // Same origin: a path on the gateway, never another host (`//host/...`).
        expect(url).toMatch(/^\/(?!\/)/);
      }
      // The page's policy lets it load code from the gateway only, and reach only the gateway.
      const csp = r.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("connect-src 'self'");
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toMatch(/https?:|\*/);

      // Each file answers, as what it is; the editor's workers too (named in start.js).
      const start = await send(`${origin}/explorer/start.js`);
      const workers = ['editor', 'json', 'graphql'].map((w) => `/explorer/${w}.worker.js`);
      expect(start.text).toContain("'/explorer/' + name + '.worker.js'");
      for (const url of [...scripts, ...styles, ...workers]) {
        const asset = await send(`${origin}${url}`);
        expect({ url, status: asset.status }).toEqual({ url, status: 200 });
        expect(asset.text.length).toBeGreaterThan(50);
        expect(asset.headers.get('content-type')).toMatch(
          url.endsWith('.css') ? /^text\/css/ : /^text\/javascript/,
        );
        expect(asset.headers.get('x-content-type-options')).toBe('nosniff');
        if (url.endsWith('.css')) {
          // Fonts and images are inlined (data:), none fetched from elsewhere.
          const refs = [...asset.text.matchAll(/url\(\s*["']?([^"')]+)/g)].map((m) => m[1]!);
          expect(refs.length).toBeGreaterThan(0);
          for (const ref of refs) expect(ref).toMatch(/^(data:|#)/);
          expect(asset.text).not.toMatch(/@import/);
        }
      }
    });

    it('has a headers editor preset for the Authorization header, kept in the page only', async () => {
      const r = await openPage('/');
      const attribute = /data-options="([^"]*)"/.exec(r.text)![1]!;
      const options: Json = JSON.parse(
        attribute
          .replace(/&quot;/g, '"')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&amp;/g, '&'),
      );
      expect(options.endpoint).toBe('/graphql');
      expect(JSON.parse(options.headers as string)).toEqual({ Authorization: 'Bearer <token>' });
      expect(options.shouldPersistHeaders).toBe(false);
    });

    it('executes nothing without a token: the page is all a browser gets', async () => {
      // The explorer keeps the query being edited in the URL: a reload gets the page again,
      // and runs nothing.
      const page = await openPage('/');
      const reload = await send(`${f.url}?query=${encodeURIComponent(AGENCIES)}`, {
        headers: { accept: 'text/html', 'apollo-require-preflight': 'true' },
      });
      expect(reload.status).toBe(200);
      expect(reload.text).toBe(page.text);
      const asJson = await send(`${f.url}?query=${encodeURIComponent(AGENCIES)}`, {
        headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
      });
      expect(asJson.status).toBe(401);
      const postHtml = await send(f.url, post({ accept: 'text/html' }));
      expect(postHtml.status).toBe(401);
      const unknownFile = await send(`${origin}/explorer/../package.json`);
      expect(unknownFile.status).toBe(404);
      const notAFile = await send(`${origin}/explorer/secrets.json`);
      expect(notAFile.status).toBe(404);
    });
  });
});

describe('a gateway in production', () => {
  let gateway: RunningGateway;
  let origin: string;
  const deployedApp = 'https://care.example.ie';
  beforeAll(async () => {
    const composition = await composeSupergraph();
    const previous = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      gateway = await startGateway({
        directory: f.directory,
        privateKey: f.gatewayKey,
        ...composition,
        port: 0,
        corsOrigins: parseCorsOrigins(` ${deployedApp} ,`),
        strictTransportSecurityMaxAge: 31536000,
        logger: createLogger('gateway'),
      });
    } finally {
      process.env.NODE_ENV = previous;
    }
    origin = new URL(gateway.url).origin;
  });
  afterAll(async () => {
    await gateway?.close();
  });

  it('serves no explorer: no page, no files, and a browser opening the endpoint gets 401', async () => {
    const root = await send(`${origin}/`, { headers: { accept: 'text/html' } });
    expect(root.status).toBe(404);
    expect(root.text).not.toMatch(/<html/i);
    const endpoint = await send(gateway.url, { headers: { accept: 'text/html' } });
    expect(endpoint.status).toBe(401);
    expect(endpoint.text).not.toMatch(/<html/i);
    const file = await send(`${origin}/explorer/graphiql.js`);
    expect(file.status).toBe(404);
  });

  it('allows only the configured origins: not the development ones', async () => {
    const app = await send(gateway.url, preflight(deployedApp));
    expect(app.status).toBe(204);
    expect(app.headers.get('access-control-allow-origin')).toBe(deployedApp);
    for (const dev of DEVELOPMENT_CORS_ORIGINS) {
      const r = await send(gateway.url, preflight(dev));
      expect(r.headers.get('access-control-allow-origin')).toBeNull();
    }
  });

  it('sends Strict-Transport-Security when configured', async () => {
    const r = await send(`${origin}/health`);
    expect(r.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    expectSecurityHeaders(r);
  });
});

describe('GATEWAY_CORS_ORIGINS', () => {
  it('is a comma-separated list of origins', () => {
    expect(parseCorsOrigins('https://a.example, http://localhost:5173')).toEqual([
      'https://a.example',
      'http://localhost:5173',
    ]);
    expect(parseCorsOrigins('')).toEqual([]);
  });

  it.each(['*', 'https://a.example/', 'https://a.example/app', 'ftp://a.example', 'a.example'])(
    'refuses %s, which is not an origin',
    (value) => {
      expect(() => parseCorsOrigins(value)).toThrow(/not an origin/);
    },
  );
});
