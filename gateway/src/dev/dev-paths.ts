/**
 * Where the dev federation keeps its directory and keys, and the directory as written: what
 * `npm start` needs before it can spawn the servers. Deliberately light (it does not load the
 * whole of `@icp/shared`, half a second of CPU): on a restart the launcher spawns the servers
 * first and validates the directory beside them (see start-federation.ts).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
// The one module of @icp/shared the launcher needs before spawning, not the package's index.
import { interpolateEnv } from '@icp/shared/dist/config/federation-config';

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

/**
 * The owners of dev keys: the gateway, case-management (its calls to agencies) and every agency
 * of the directory.
 */
export const keyOwners = (raw: RawDirectory) => [
  'gateway',
  'case-management',
  ...raw.agencies.map((a) => a.code),
];

/** Each owner's private key file, when every owner's key pair is already there; else null. */
export function existingDevKeys(raw: RawDirectory): Map<string, string> | null {
  const files = new Map<string, string>();
  for (const owner of keyOwners(raw)) {
    const privateKeyFile = join(KEYS_DIR, `${owner}.private.jwk`);
    if (!existsSync(privateKeyFile) || !existsSync(join(KEYS_DIR, `${owner}.public.jwk`)))
      return null;
    files.set(owner, privateKeyFile);
  }
  return files;
}
