import { readFileSync, rmSync } from 'node:fs';
import { STATE_FILE } from './global-setup';

/** Stops the launcher and every server it started (their process group). */
export default async function globalTeardown(): Promise<void> {
  // This run's federation (global-setup.ts put it in the environment); the file is a fallback.
  const { pid, dataDir } = JSON.parse(
    process.env.ICP_BROWSER_FEDERATION ?? readFileSync(STATE_FILE, 'utf8'),
  ) as {
    pid: number;
    dataDir: string;
  };
  try {
    process.kill(-pid, 'SIGINT');
  } catch {
    return;
  }
  for (let i = 0; i < 100; i++) {
    try {
      process.kill(pid, 0);
    } catch {
      break;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  rmSync(STATE_FILE, { force: true });
  rmSync(dataDir, { recursive: true, force: true });
}
