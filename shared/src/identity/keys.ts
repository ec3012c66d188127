import { readFileSync } from 'node:fs';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, importJWK, type JWK } from 'jose';
import type { KeyLike } from 'jose';

/** The one signature algorithm of the federation: Ed25519 (small keys, fast, no parameters). */
export const ALG = 'EdDSA';

export interface KeyPairJwk {
  privateKey: JWK;
  publicKey: JWK;
}

/** Generates an Ed25519 key pair as JWKs carrying the same `kid` (the key's thumbprint). */
export async function generateKeyPairJwk(): Promise<KeyPairJwk> {
  const { privateKey, publicKey } = await generateKeyPair(ALG, {
    crv: 'Ed25519',
    extractable: true,
  });
  const pub = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(pub);
  return {
    privateKey: { ...(await exportJWK(privateKey)), kid, alg: ALG },
    publicKey: { ...pub, kid, alg: ALG, use: 'sig' },
  };
}

export async function importKey(jwk: JWK): Promise<KeyLike> {
  const key = await importJWK({ ...jwk, alg: ALG }, ALG);
  if (key instanceof Uint8Array) throw new Error('Expected an asymmetric key');
  return key;
}

/** Reads a private JWK file, refusing anything that is not a private Ed25519 key. */
export function readPrivateJwk(path: string): JWK {
  const jwk = JSON.parse(readFileSync(path, 'utf8')) as JWK;
  if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || typeof jwk.d !== 'string') {
    throw new Error(`${path} is not a private Ed25519 JWK`);
  }
  return jwk;
}

const importCache = new Map<string, Promise<KeyLike>>();
/**
 * The same, by the JWK object itself: a server asks for its directory's key object on every
 * request, and the directory keeps one object until it is reloaded, so the key's content is
 * serialised once per object, not per request. A reloaded directory (a rotated key) is a new
 * object, looked up by content again.
 */
const importedObjects = new WeakMap<JWK, Promise<KeyLike>>();

/** importKey, memoised by the key's content (directory keys are imported once, not per request). */
export function importKeyCached(jwk: JWK): Promise<KeyLike> {
  const known = importedObjects.get(jwk);
  if (known) return known;
  const id = JSON.stringify(jwk);
  let key = importCache.get(id);
  if (!key) {
    key = importKey(jwk);
    importCache.set(id, key);
    key.catch(() => {
      importCache.delete(id);
      importedObjects.delete(jwk);
    });
  }
  importedObjects.set(jwk, key);
  return key;
}
