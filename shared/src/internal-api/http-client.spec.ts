import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { httpPost } from './http-client';

describe('httpPost', () => {
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
    const res = await httpPost(
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
    const res = await httpPost(`${url}/refused`, { headers: {}, body: '{}' }, 5000);
    expect(res.ok).toBe(false);
    expect(res.status).toBe(401);
  });

  it('fails after the timeout when the subgraph does not answer', async () => {
    await expect(httpPost(`${url}/slow`, { headers: {}, body: '{}' }, 100)).rejects.toThrow(
      /did not answer within 100 ms/,
    );
  });

  it("closes an idle connection before the server's keep-alive timeout, so it is never reused as the server closes it", async () => {
    const quick = createServer((req, res) => {
      req.resume();
      req.on('end', () => res.end('{}'));
    });
    quick.keepAliveTimeout = 2000; // answers carry Keep-Alive: timeout=2
    const sockets: Socket[] = [];
    quick.on('connection', (socket: Socket) => sockets.push(socket));
    await new Promise<void>((r) => quick.listen(0, '127.0.0.1', r));
    const at = `http://127.0.0.1:${(quick.address() as AddressInfo).port}/`;
    try {
      for (let i = 0; i < 4; i += 1)
        await (await httpPost(at, { headers: {}, body: '{}' }, 5000)).text();
      // Kept alive: four requests one after another need at most two connections (undici's pool
      // may open a second while the first is being handed back).
      expect(sockets.length).toBeLessThanOrEqual(2);
      expect(sockets.some((s) => !s.destroyed)).toBe(true);
      await new Promise((r) => setTimeout(r, 1500)); // past the client's 1 s, before the server's 2 s
      expect(sockets.every((s) => s.destroyed)).toBe(true); // the client closed them
      const before = sockets.length;
      await (await httpPost(at, { headers: {}, body: '{}' }, 5000)).text();
      expect(sockets.length).toBe(before + 1);
    } finally {
      quick.closeAllConnections();
      await new Promise((r) => quick.close(r));
    }
  });

  it('sends at most one request at a time on a connection (no pipelining)', async () => {
    const held: (() => void)[] = [];
    const sockets = new Set<Socket>();
    const slow = createServer((req, res) => {
      sockets.add(req.socket);
      req.resume();
      req.on('end', () => held.push(() => res.end('{}')));
    });
    await new Promise<void>((r) => slow.listen(0, '127.0.0.1', r));
    const at = `http://127.0.0.1:${(slow.address() as AddressInfo).port}/`;
    try {
      const answers = Array.from({ length: 3 }, () =>
        httpPost(at, { headers: {}, body: '{}' }, 5000),
      );
      while (held.length < 3) await new Promise((r) => setTimeout(r, 10));
      expect(sockets.size).toBe(3); // three requests in flight, three connections
      for (const answer of held) answer();
      expect((await Promise.all(answers)).map((a) => a.status)).toEqual([200, 200, 200]);
    } finally {
      slow.closeAllConnections();
      await new Promise((r) => slow.close(r));
    }
  });

  it('fails when nothing listens', async () => {
    await expect(
      httpPost('http://127.0.0.1:9/graphql', { headers: {}, body: '{}' }, 1000),
    ).rejects.toThrow();
  });
});
