import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateKeyPairJwk, type KeyPairJwk } from './keys';

export interface KeyFiles {
  privateKeyFile: string;
  publicKeyFile: string;
}

export const keyFileNames = (dir: string, name: string): KeyFiles => ({
  privateKeyFile: join(dir, `${name}.private.jwk`),
  publicKeyFile: join(dir, `${name}.public.jwk`),
});

/**
 * Writes a new key pair as `<name>.private.jwk` (mode 0600) and `<name>.public.jwk`. Refuses to
 * overwrite an existing private key unless `overwrite` is set, so a key is never lost by accident.
 */
export async function writeKeyPair(
  dir: string,
  name: string,
  overwrite = false,
): Promise<KeyFiles & KeyPairJwk> {
  const files = keyFileNames(dir, name);
  if (existsSync(files.privateKeyFile) && !overwrite) {
    throw new Error(`${files.privateKeyFile} already exists; refusing to overwrite it`);
  }
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const pair = await generateKeyPairJwk();
  writeFileSync(files.privateKeyFile, `${JSON.stringify(pair.privateKey, null, 2)}\n`, {
    mode: 0o600,
  });
  writeFileSync(files.publicKeyFile, `${JSON.stringify(pair.publicKey, null, 2)}\n`);
  return { ...files, ...pair };
}

/** Creates the key pair unless its private key file exists already. */
export async function ensureKeyPair(dir: string, name: string): Promise<KeyFiles> {
  const files = keyFileNames(dir, name);
  if (!existsSync(files.privateKeyFile) || !existsSync(files.publicKeyFile))
    await writeKeyPair(dir, name, true);
  return files;
}
