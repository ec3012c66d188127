/**
 * `npm run keys:dev`: creates, once, the demo federation's keys under .local/keys (the gateway's,
 * case-management's and one per agency in federation.json). Private keys never leave that
 * git-ignored folder; federation.json refers to the public halves. npm start runs this itself.
 * A key is made only where the directory names a dev key file of which no half exists: an entry
 * that already carries a public key is never given a new one (see dev-key-plan).
 */
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
// Three modules of @icp/shared, not its index: npm start runs this check beside the servers'
// start, where loading the whole package (2.5 s of CPU on a slow machine) slows every server.
import { answerHelp } from '@icp/shared/dist/cli/help';
import { loadFederationConfig } from '@icp/shared/dist/config/federation-config';
import { writeKeyPair } from '@icp/shared/dist/identity/key-files';
import { planDevKeys, type KeyedDirectory } from './dev-key-plan';
import { DEV_CONFIG, KEYS_DIR, readRawDirectory } from './dev-paths';

export { DEV_CONFIG, KEYS_DIR, ROOT, readRawDirectory, type RawDirectory } from './dev-paths';

export interface DevKeys {
  /** Each owner's private key file ('gateway', 'case-management' or an agency code). */
  files: Map<string, string>;
  /** The owners whose key was neither found nor made, and what to do about each. */
  refused: Map<string, string>;
}

/** Makes the dev keys that may be made; returns the private key files, and the owners refused. */
export async function ensureDevKeys(path = DEV_CONFIG): Promise<DevKeys> {
  const plan = planDevKeys(readRawDirectory(path) as unknown as KeyedDirectory, {
    keysDir: KEYS_DIR,
    configPath: path,
  });
  const files = new Map<string, string>();
  const refused = new Map<string, string>();
  for (const key of plan) {
    if (key.status === 'refused') refused.set(key.owner, key.reason);
    else if (key.status === 'make') {
      files.set(key.owner, (await writeKeyPair(KEYS_DIR, key.owner)).privateKeyFile);
    } else files.set(key.owner, key.privateKeyFile);
  }
  loadFederationConfig(path); // validates the whole directory now that the keys exist
  ensureMetricsToken();
  return { files, refused };
}

/**
 * The bearer token Prometheus reads /metrics with in docker-compose (METRICS_TOKEN_FILE, ADR
 * 0038), made once. Readable by all (0644): Prometheus's container reads it as `nobody`, and it
 * opens metrics only, which carry no service-user data.
 */
export function ensureMetricsToken(): string {
  const file = join(KEYS_DIR, 'metrics-token');
  if (!existsSync(file)) {
    mkdirSync(KEYS_DIR, { recursive: true, mode: 0o700 });
    writeFileSync(file, `${randomBytes(32).toString('hex')}\n`, { mode: 0o644 });
  }
  return file;
}

if (require.main === module) {
  answerHelp(`Usage: npm run keys:dev

Creates the demo federation's keys in .local/keys (git-ignored), once: the gateway's,
case-management's and one pair per agency of federation.json whose entry names its dev key file
(.local/keys/<CODE>.public.jwk), and the token Prometheus reads /metrics with in docker-compose
(.local/keys/metrics-token). An entry that already carries another public key is never
given a new key; it is named, with what to do, and the exit code is 1. npm start does this itself.
`);
  ensureDevKeys()
    .then(({ files, refused }) => {
      process.stdout.write(`Dev keys ready in ${KEYS_DIR} (${[...files.keys()].join(', ')})\n`);
      for (const reason of refused.values()) process.stderr.write(`${reason}\n`);
      if (refused.size > 0) process.exitCode = 1;
    })
    .catch((error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    });
}
