/**
 * Builds the web app (`vite build` in web/) for `npm start` when its sources are newer than the
 * build, so a restart with nothing changed starts at once.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** What a build depends on, besides web/src: newest wins. */
const INPUTS = ['index.html', 'vite.config.mts', 'package.json', 'tsconfig.json'];

function newestUnder(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestUnder(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** Whether web/dist is missing or older than any of its sources. */
export function webBuildIsStale(webDir: string): boolean {
  const built = join(webDir, 'dist', 'index.html');
  if (!existsSync(built)) return true;
  const inputs = Math.max(
    newestUnder(join(webDir, 'src')),
    existsSync(join(webDir, 'public')) ? newestUnder(join(webDir, 'public')) : 0,
    ...INPUTS.map((f) => join(webDir, f)).map((p) => (existsSync(p) ? statSync(p).mtimeMs : 0)),
  );
  return inputs > statSync(built).mtimeMs;
}

/** Runs `vite build` in webDir; its output goes to `log`. Rejects when it fails. */
export function buildWebApp(webDir: string, log: (line: string) => void): Promise<void> {
  const pkg = require.resolve('vite/package.json', { paths: [webDir] });
  const bin = (JSON.parse(readFileSync(pkg, 'utf8')) as { bin: Record<string, string> }).bin.vite!;
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [join(dirname(pkg), bin), 'build', '--logLevel', 'warn'],
      {
        cwd: webDir,
        env: { ...process.env, NODE_ENV: 'production' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const forward = (chunk: Buffer) =>
      chunk
        .toString()
        .split('\n')
        .filter(Boolean)
        .forEach((line) => log(line));
    child.stdout.on('data', forward);
    child.stderr.on('data', forward);
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`vite build exited with code ${code}`)),
    );
  });
}
