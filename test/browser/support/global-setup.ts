import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startFederation } from './federation';

export const STATE_FILE = join(__dirname, '..', '..', '..', '.local', 'browser-federation.json');

/** Starts the federation once for every browser test file; the tests read its URLs. */
export default async function globalSetup(): Promise<void> {
  const { urls } = await startFederation();
  process.env.ICP_BROWSER_FEDERATION = JSON.stringify(urls);
  writeFileSync(STATE_FILE, JSON.stringify(urls));
}
