/**
 * `npm run keys:dev`: creates, once, the demo federation's keys under .local/keys (the gateway's
 * and one per agency in federation.json). Private keys never leave that git-ignored folder;
 * federation.json refers to the public halves. npm start runs this itself.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ensureKeyPair, interpolateEnv, loadFederationConfig } from '@icp/shared';

export const ROOT = resolve(__dirname, '..', '..', '..');
export const KEYS_DIR = join(ROOT, '.local', 'keys');
export const DEV_CONFIG = resolve(process.env.FEDERATION_CONFIG ?? join(ROOT, 'federation.json'));

export interface RawDirectory {
  caseManagement: { url: string };
  agencies: { code: string; url: string }[];
}

/** The directory as written (URLs interpolated), readable before its key files exist. */
export function readRawDirectory(path = DEV_CONFIG): RawDirectory {
  return JSON.parse(interpolateEnv(readFileSync(path, 'utf8'))) as RawDirectory;
}

/** Ensures every dev key exists; returns the private key files by owner ('gateway' or a code). */
export async function ensureDevKeys(path = DEV_CONFIG): Promise<Map<string, string>> {
  const raw = readRawDirectory(path);
  const files = new Map<string, string>();
  for (const owner of ['gateway', ...raw.agencies.map((a) => a.code)]) {
    files.set(owner, (await ensureKeyPair(KEYS_DIR, owner)).privateKeyFile);
  }
  loadFederationConfig(path); // validates the whole directory now that the keys exist
  return files;
}

if (require.main === module) {
  ensureDevKeys()
    .then((files) =>
      process.stdout.write(`Dev keys ready in ${KEYS_DIR} (${[...files.keys()].join(', ')})\n`),
    )
    .catch((error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    });
}
