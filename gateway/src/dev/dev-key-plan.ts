/**
 * Which dev keys `npm start` may use or make, owner by owner, before it starts anything. A key
 * is made only for an owner whose directory entry names the dev key file and when neither half
 * of that pair exists: an entry that already carries a public key (inline, another file, or a
 * dev file without its private half) is never given a new key, which could not match it. Such an
 * agency is not started and the launcher says what to do; the gateway or case-management not
 * matching stops the launch. Light on purpose (node's own modules only): it runs before the
 * servers are spawned.
 */
import { createPrivateKey, createPublicKey, type JsonWebKey } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';

/** A public key in the directory: an inline JWK or a path relative to the directory file. */
type KeyRef = string | { kty?: unknown; crv?: unknown; x?: unknown } | undefined;

/** The directory as written, with the public keys its entries carry. */
export interface KeyedDirectory {
  gateway: { publicKey?: KeyRef };
  caseManagement: { publicKey?: KeyRef };
  agencies: { code: string; publicKey?: KeyRef }[];
}

export type DevKey =
  /** A private key that matches the directory: use it. */
  | { owner: string; status: 'ready'; privateKeyFile: string }
  /** The directory names the dev key file and no half of it exists: make the pair. */
  | { owner: string; status: 'make'; privateKeyFile: string }
  /** Neither used nor made: `reason` says why and what to do. */
  | { owner: string; status: 'refused'; reason: string };

export interface DevKeyOptions {
  /** Where the dev keys are (.local/keys). */
  keysDir: string;
  /** The directory file: its key paths are relative to it. */
  configPath: string;
  /** For `AGENCY_<CODE>_PRIVATE_KEY_FILE`: an agency's own private key, kept elsewhere. */
  env?: NodeJS.ProcessEnv;
}

/** The public `x` of a private Ed25519 JWK, derived from its secret (not read from the file). */
function publicXOf(privateKeyFile: string): string {
  const jwk = JSON.parse(readFileSync(privateKeyFile, 'utf8')) as JsonWebKey;
  const pub = createPublicKey(createPrivateKey({ key: jwk, format: 'jwk' })).export({
    format: 'jwk',
  });
  if (typeof pub.x !== 'string') throw new Error('not an Ed25519 key');
  return pub.x;
}

const show = (path: string) => relative(process.cwd(), path) || path;

/** What the launcher does about each key owner's key (the gateway, case-management, each agency). */
export function planDevKeys(dir: KeyedDirectory, o: DevKeyOptions): DevKey[] {
  const env = o.env ?? process.env;
  const owners: { owner: string; ref: KeyRef; what: string; override?: string }[] = [
    { owner: 'gateway', ref: dir.gateway.publicKey, what: 'the gateway' },
    { owner: 'case-management', ref: dir.caseManagement.publicKey, what: 'case-management' },
    ...dir.agencies.map((a) => {
      const override = env[`AGENCY_${a.code}_PRIVATE_KEY_FILE`];
      return {
        owner: a.code,
        ref: a.publicKey,
        what: `agency ${a.code}`,
        ...(override ? { override } : {}),
      };
    }),
  ];
  return owners.map(({ owner, ref, what, override }) =>
    planOne(owner, ref, what, override, o.keysDir, dirname(resolve(o.configPath))),
  );
}

function planOne(
  owner: string,
  ref: KeyRef,
  what: string,
  override: string | undefined,
  keysDir: string,
  baseDir: string,
): DevKey {
  const devPrivate = resolve(keysDir, `${owner}.private.jwk`);
  const devPublic = resolve(keysDir, `${owner}.public.jwk`);
  const privateKeyFile = override ? resolve(override) : devPrivate;
  const publicFile = typeof ref === 'string' ? resolve(baseDir, ref) : null;
  const devOwned = ref === undefined || publicFile === devPublic;
  const hint =
    `Put ${what}'s own private key at ${show(devPrivate)}` +
    (owner === 'gateway' || owner === 'case-management'
      ? ''
      : ` (or set AGENCY_${owner}_PRIVATE_KEY_FILE to it)`) +
    `, or, to let npm start make a new pair, set its publicKey in the directory to ` +
    `"${relative(baseDir, devPublic)}" and remove any half of that pair left in ${show(keysDir)}.`;
  const refuse = (why: string): DevKey => ({
    owner,
    status: 'refused',
    reason: `Not starting ${what}: ${why} npm start never makes a key that could not match. ${hint}`,
  });

  if (!existsSync(privateKeyFile)) {
    if (override) return refuse(`AGENCY_${owner}_PRIVATE_KEY_FILE=${override} does not exist.`);
    if (devOwned && !existsSync(devPublic)) {
      return { owner, status: 'make', privateKeyFile };
    }
    return refuse(
      `its directory entry carries a public key (${
        publicFile ? show(publicFile) : 'inline'
      }) and there is no private key for it (${show(privateKeyFile)}).`,
    );
  }
  let x: string;
  try {
    x = publicXOf(privateKeyFile);
  } catch (error) {
    return refuse(
      `${show(privateKeyFile)} is not a private Ed25519 key (${error instanceof Error ? error.message : String(error)}).`,
    );
  }
  if (ref === undefined) return { owner, status: 'ready', privateKeyFile };
  let listed: unknown;
  if (publicFile === null) {
    listed = (ref as { x?: unknown }).x;
  } else if (existsSync(publicFile)) {
    try {
      listed = (JSON.parse(readFileSync(publicFile, 'utf8')) as { x?: unknown }).x;
    } catch {
      return refuse(`its directory entry's public key file ${show(publicFile)} is not a JWK.`);
    }
  } else if (devOwned) {
    // The dev pair lost its public half: it is the private key's, written back (nothing is made).
    const pub = createPublicKey(
      createPrivateKey({
        key: JSON.parse(readFileSync(privateKeyFile, 'utf8')) as JsonWebKey,
        format: 'jwk',
      }),
    ).export({ format: 'jwk' });
    const { kid, alg } = JSON.parse(readFileSync(privateKeyFile, 'utf8')) as {
      kid?: string;
      alg?: string;
    };
    writeFileSync(
      devPublic,
      `${JSON.stringify({ ...pub, ...(kid ? { kid } : {}), alg: alg ?? 'EdDSA', use: 'sig' }, null, 2)}\n`,
    );
    return { owner, status: 'ready', privateKeyFile };
  } else {
    return refuse(`its directory entry's public key file ${show(publicFile)} does not exist.`);
  }
  if (listed !== x) {
    return refuse(
      `the private key ${show(privateKeyFile)} does not match the public key its directory entry carries (${
        publicFile ? show(publicFile) : 'inline'
      }).`,
    );
  }
  return { owner, status: 'ready', privateKeyFile };
}
