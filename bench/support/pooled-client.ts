/**
 * How the benchmarks' client sends GraphQL requests to a server: undici over kept-alive
 * connections, as the gateway's own hops go (ADR 0050), so that the client's CPU per request is
 * small and the same on every path it measures.
 */
import { Pool } from 'undici';

export interface PooledClient {
  /** POSTs the body to the URL's path; the status and the whole answer. */
  post(
    headers: Record<string, string>,
    body: string,
  ): Promise<{ ok: boolean; status: number; text(): Promise<string> }>;
  close(): Promise<void>;
}

export function pooledClient(url: string, connections: number): PooledClient {
  const { origin, pathname } = new URL(url);
  const pool = new Pool(origin, { connections });
  return {
    async post(headers, body) {
      const res = await pool.request({ method: 'POST', path: pathname, headers, body });
      return {
        ok: res.statusCode >= 200 && res.statusCode < 300,
        status: res.statusCode,
        text: () => res.body.text(),
      };
    },
    close: () => pool.close(),
  };
}
