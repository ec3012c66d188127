import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { decodeJwt } from 'jose';
import { generateKeyPairJwk, importKey } from '@icp/shared';
import { SIGN_AS_HEADER, signAsHeaderValue, signingFetcher } from './signing-fetcher';

describe('signingFetcher', () => {
  let server: Server;
  let url: string;
  const seen: IncomingHttpHeaders[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      seen.push(req.headers);
      req.resume();
      req.on('end', () => res.end('{"data":{}}'));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  });

  const identity = (name: string) => ({
    agencyCode: 'CDAS',
    userId: 'cdas-niamh',
    roles: ['KEY_WORKER'],
    requestId: 'req-12345678',
    name,
  });

  it('sends an ASCII identity as JSON and any other as base64url, a header value either way', () => {
    expect(signAsHeaderValue(identity('Aoife Byrne'))).toBe(
      JSON.stringify(identity('Aoife Byrne')),
    );
    const other = signAsHeaderValue(identity('Niamh O’Brien'));
    expect(other).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(JSON.parse(Buffer.from(other, 'base64url').toString('utf8'))).toEqual(
      identity('Niamh O’Brien'),
    );
  });

  it.each(['Aoife Byrne', 'Niamh O’Brien'])(
    'signs as %s, and never sends the identity header on',
    async (name) => {
      const { privateKey } = await generateKeyPairJwk();
      const key = await importKey(privateKey);
      const fetcher = signingFetcher(async () => ({ key }), 'case-management', 5000);
      const res = await fetcher(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          [SIGN_AS_HEADER]: signAsHeaderValue(identity(name)),
        },
        body: '{"query":"{ a }"}',
      });
      expect(res.status).toBe(200);
      const headers = seen[seen.length - 1]!;
      expect(headers[SIGN_AS_HEADER]).toBeUndefined();
      const claims = decodeJwt(String(headers.authorization).replace(/^Bearer /, ''));
      expect(claims).toMatchObject({ sub: 'cdas-niamh', nm: name, aud: 'case-management' });
    },
  );
});
