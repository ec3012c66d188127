import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** One request the balancer forwarded: to which replica (index), and its body. */
export interface Forwarded {
  replica: number;
  path: string;
  body: string;
}

export interface RoundRobinProxy {
  /** The balancer's GraphQL address, for the directory. */
  url: string;
  /** Every request forwarded, in order. */
  forwarded: Forwarded[];
  close(): Promise<void>;
}

/**
 * A load balancer in front of replicas of one server, as a Kubernetes Service is: each request
 * (GraphQL or internal route) goes to the next replica in turn, whole, headers and body unchanged.
 */
export async function roundRobinProxy(replicaUrls: string[]): Promise<RoundRobinProxy> {
  const targets = replicaUrls.map((u) => new URL(u));
  const forwarded: Forwarded[] = [];
  let next = 0;
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const replica = next;
      next = (next + 1) % targets.length;
      const target = targets[replica]!;
      forwarded.push({ replica, path: req.url ?? '/', body: body.toString() });
      const upstream = httpRequest(
        {
          host: target.hostname,
          port: target.port,
          path: req.url,
          method: req.method,
          headers: { ...req.headers, host: target.host },
        },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on('error', () => req.socket.destroy());
      upstream.end(body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    forwarded,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
