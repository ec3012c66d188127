/**
 * `npm run keys:dev`: creates, once, the demo federation's keys under .local/keys (the gateway's
 * and one per agency in federation.json). Private keys never leave that git-ignored folder;
 * federation.json refers to the public halves. npm start runs this itself.
 */
import { ensureKeyPair, loadFederationConfig } from '@icp/shared';
import { DEV_CONFIG, KEYS_DIR, keyOwners, readRawDirectory } from './dev-paths';

export { DEV_CONFIG, KEYS_DIR, ROOT, readRawDirectory, type RawDirectory } from './dev-paths';

/** Ensures every dev key exists; returns the private key files by owner ('gateway' or a code). */
export async function ensureDevKeys(path = DEV_CONFIG): Promise<Map<string, string>> {
  const raw = readRawDirectory(path);
  const files = new Map<string, string>();
  for (const owner of keyOwners(raw)) {
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
