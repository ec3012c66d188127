import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { postToSubgraph } from './http-fetcher';

describe('postToSubgraph', () => {
  let server: Server;
  let url: string;
  const seen: { headers: Record<string, unknown>; body: string }[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        seen.push({ headers: req.headers, body });
        if (req.url === '/slow') return; // never answers
        res.writeHead(req.url === '/refused' ? 401 : 200, {
          'content-type': 'application/json',
        });
        res.end(JSON.stringify({ data: { echo: body } }));
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  });

  it('posts the exact body with its headers and answers as RemoteGraphQLDataSource reads it', async () => {
    const res = await postToSubgraph(
      `${url}/graphql`,
      {
        headers: { 'content-type': 'application/json', authorization: 'Bearer t' },
        body: '{"a":"é"}',
      },
      5000,
    );
    expect(res.ok).toBe(true);
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Type')).toBe('application/json');
    expect(await res.json()).toEqual({ data: { echo: '{"a":"é"}' } });
    expect(res.bodyUsed).toBe(true);
    const last = seen[seen.length - 1]!;
    expect(last.headers.authorization).toBe('Bearer t');
    expect(last.headers['content-length']).toBe(String(Buffer.byteLength('{"a":"é"}')));
  });

  it('passes a refusal on with its status', async () => {
    const res = await postToSubgraph(`${url}/refused`, { headers: {}, body: '{}' }, 5000);
    expect(res.ok).toBe(false);
    expect(res.status).toBe(401);
  });

  it('fails after the timeout when the subgraph does not answer', async () => {
    await expect(postToSubgraph(`${url}/slow`, { headers: {}, body: '{}' }, 100)).rejects.toThrow(
      /did not answer within 100 ms/,
    );
  });

  it("closes an idle connection before the server's keep-alive timeout, so it is never reused as the server closes it", async () => {
    const quick = createServer((req, res) => {
      req.resume();
      req.on('end', () => res.end('{}'));
    });
    quick.keepAliveTimeout = 2000; // answers carry Keep-Alive: timeout=2
    let connections = 0;
    quick.on('connection', () => (connections += 1));
    await new Promise<void>((r) => quick.listen(0, '127.0.0.1', r));
    const at = `http://127.0.0.1:${(quick.address() as AddressInfo).port}/`;
    try {
      await (await postToSubgraph(at, { headers: {}, body: '{}' }, 5000)).text();
      await (await postToSubgraph(at, { headers: {}, body: '{}' }, 5000)).text();
      expect(connections).toBe(1); // kept alive
      await new Promise((r) => setTimeout(r, 1500)); // past the client's 1 s, before the server's 2 s
      await (await postToSubgraph(at, { headers: {}, body: '{}' }, 5000)).text();
      expect(connections).toBe(2);
    } finally {
      quick.closeAllConnections();
      await new Promise((r) => quick.close(r));
    }
  });

  it('fails when nothing listens', async () => {
    await expect(
      postToSubgraph('http://127.0.0.1:9/graphql', { headers: {}, body: '{}' }, 1000),
    ).rejects.toThrow();
  });
});
