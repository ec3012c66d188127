/**
 * Quick restarts (issue 13): how long a second `npm start` takes, with the data already there
 * and nothing changed, from spawning `npm start` to the "is running" banner the launcher prints
 * (gateway/src/dev/start-federation.ts). A first start runs before, so that the build is done and
 * the demo seeded; then RUNS further starts are timed, each stopped with Ctrl-C (SIGINT) before
 * the next. Also timed alone: `npm run build` with nothing to build.
 *
 *   npm run bench -- bench/restart.bench.ts
 *
 * It uses the ports and the embedded databases of `npm start` (.local/data), so it is skipped
 * when something already listens on the gateway's port 4000. Writes bench/results/restart.json.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';

const ROOT = join(__dirname, '..');
const RUNS = Number(process.env.BENCH_RESTART_RUNS ?? 3);
const READY_TIMEOUT_MS = 120_000;

const portInUse = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });

/** Runs `npm <args>` to its end; the time it took, in ms. */
function timed(args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('npm', args, { cwd: ROOT, stdio: 'ignore' });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0
        ? resolve(performance.now() - started)
        : reject(new Error(`npm ${args.join(' ')}: exit ${code}`)),
    );
  });
}

/**
 * Spawns `npm start` in its own process group, waits for the banner, stops the whole group with
 * SIGINT and waits for it to exit. The time from spawn to banner, in ms, and the launcher's own
 * figure (from its start to the banner).
 */
function startOnce(): Promise<{ bannerMs: number; launcherMs: number }> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('npm', ['start'], {
      cwd: ROOT,
      detached: true,
      env: { ...process.env, LOG_LEVEL: 'warn' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let result: { bannerMs: number; launcherMs: number } | undefined;
    const timer = setTimeout(() => {
      process.kill(-child.pid!, 'SIGINT');
      reject(new Error(`npm start was not ready within ${READY_TIMEOUT_MS} ms:\n${out}`));
    }, READY_TIMEOUT_MS);
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      const ready = /is running \(ready in ([\d.]+) s\)/.exec(out);
      if (ready && !result) {
        result = {
          bannerMs: performance.now() - started,
          launcherMs: Number(ready[1]) * 1000,
        };
        clearTimeout(timer);
        process.kill(-child.pid!, 'SIGINT');
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', () => {
      clearTimeout(timer);
      if (result) resolve(result);
      else reject(new Error(`npm start exited before its banner:\n${out}`));
    });
  });
}

const round = (ms: number) => Math.round(ms / 100) / 10;

describe('benchmark: a second npm start', () => {
  it(`times ${RUNS} starts after the first`, async () => {
    if (await portInUse(4000)) {
      process.stdout.write('restart benchmark skipped: something listens on port 4000\n');
      return;
    }
    const first = await startOnce();
    const builds: number[] = [];
    for (let i = 0; i < RUNS; i += 1) builds.push(await timed(['run', 'build']));
    const starts: { bannerMs: number; launcherMs: number }[] = [];
    for (let i = 0; i < RUNS; i += 1) starts.push(await startOnce());
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const result = {
      firstStartS: round(first.bannerMs),
      secondStartS: starts.map((s) => round(s.bannerMs)),
      secondStartMedianS: round(median(starts.map((s) => s.bannerMs))),
      launcherToBannerS: starts.map((s) => round(s.launcherMs)),
      buildUpToDateS: builds.map(round),
      node: process.version,
      measuredAt: new Date().toISOString(),
    };
    mkdirSync(join(__dirname, 'results'), { recursive: true });
    writeFileSync(
      join(__dirname, 'results', 'restart.json'),
      `${JSON.stringify(result, null, 2)}\n`,
    );
    process.stdout.write(`\n${JSON.stringify(result, null, 2)}\n`);
  });
});
