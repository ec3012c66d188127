/**
 * A stock @apollo/gateway in its own process (bench/support/stock-gateway.cjs) beside a
 * ProcessFederation, over its supergraph and with its gateway key (ADR 0046), for
 * bench/gateway-compare.bench.ts. Stopped with the federation.
 */
import { spawn } from 'node:child_process';
import { join, resolve } from 'node:path';
import { READY_TIMEOUT_MS, freePort, type ProcessFederation } from './process-federation';

/**
 * Starts it; its URL and process id once it listens. `root`: the checkout whose built signing
 * fetcher and authentication it uses (default the federation's own), for a baseline beside it.
 * `bare`: unsigned hops and no authentication (stock-gateway.cjs's STOCK_GATEWAY_BARE).
 */
export async function startStockGateway(
  f: ProcessFederation,
  root?: string,
  { bare = false }: { bare?: boolean } = {},
): Promise<{ url: string; pid: number }> {
  const port = await freePort();
  const env = { ...process.env };
  delete env.NODE_OPTIONS;
  const profileDir = process.env.BENCH_CPU_PROF;
  const profile = profileDir
    ? [
        '--cpu-prof',
        `--cpu-prof-dir=${resolve(profileDir)}`,
        `--cpu-prof-name=${root ? 'baseline-' : ''}${bare ? 'bare-' : ''}stock-gateway.cpuprofile`,
      ]
    : [];
  const settings = { ...f.gatewaySettings(), ...(root ? { ICP_ROOT: resolve(root) } : {}) };
  const child = spawn(process.execPath, [...profile, join(__dirname, 'stock-gateway.cjs')], {
    cwd: settings.ICP_ROOT,
    env: {
      ...env,
      NODE_ENV: 'production',
      ...settings,
      PORT: String(port),
      ...(bare ? { STOCK_GATEWAY_BARE: '1' } : {}),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  f.adopt(child);
  let output = '';
  await new Promise<void>((ready, fail) => {
    const timer = setTimeout(() => fail(new Error(`stock gateway: ${output}`)), READY_TIMEOUT_MS);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('ready')) {
        clearTimeout(timer);
        ready();
      }
    });
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`stock gateway exited (${code}): ${output}`));
    });
  });
  return { url: `http://127.0.0.1:${port}/`, pid: child.pid! };
}
