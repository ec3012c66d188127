import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateKeyPairJwk } from '@icp/shared';
import { planDevKeys, type DevKey, type KeyedDirectory } from './dev-key-plan';

/** A directory file in `root`, its dev keys in `root/.local/keys`, as npm start has them. */
function setup() {
  const root = mkdtempSync(join(tmpdir(), 'icp-dev-keys-'));
  const keysDir = join(root, '.local', 'keys');
  const configPath = join(root, 'federation.json');
  const write = async (owner: string, halves: ('private' | 'public')[] = ['private', 'public']) => {
    const pair = await generateKeyPairJwk();
    mkdirSync(keysDir, { recursive: true });
    if (halves.includes('private'))
      writeFileSync(join(keysDir, `${owner}.private.jwk`), JSON.stringify(pair.privateKey));
    if (halves.includes('public'))
      writeFileSync(join(keysDir, `${owner}.public.jwk`), JSON.stringify(pair.publicKey));
    return pair;
  };
  const dev = (owner: string) => `.local/keys/${owner}.public.jwk`;
  const plan = (dir: KeyedDirectory, env: NodeJS.ProcessEnv = {}) =>
    Object.fromEntries(
      planDevKeys(dir, { keysDir, configPath, env }).map((k) => [k.owner, k]),
    ) as Record<string, DevKey>;
  return { root, keysDir, write, dev, plan };
}

describe('the dev keys npm start uses or makes', () => {
  it('makes a pair only where the directory names the dev key file and no half of it exists', async () => {
    const { plan, dev } = setup();
    const p = plan({
      gateway: { publicKey: dev('gateway') },
      caseManagement: {},
      agencies: [{ code: 'CDAS', publicKey: dev('CDAS') }],
    });
    expect(Object.values(p).map((k) => [k.owner, k.status])).toEqual([
      ['gateway', 'make'],
      ['case-management', 'make'],
      ['CDAS', 'make'],
    ]);
  });

  it('uses a dev pair that matches, and writes back a lost public half from its private key', async () => {
    const { plan, dev, write, keysDir } = setup();
    await write('gateway');
    await write('CDAS');
    unlinkSync(join(keysDir, 'CDAS.public.jwk'));
    const p = plan({
      gateway: { publicKey: dev('gateway') },
      caseManagement: {},
      agencies: [{ code: 'CDAS', publicKey: dev('CDAS') }],
    });
    expect(p.gateway).toMatchObject({ status: 'ready' });
    expect(p.CDAS).toMatchObject({ status: 'ready' });
    expect(existsSync(join(keysDir, 'CDAS.public.jwk'))).toBe(true);
    const restored = JSON.parse(readFileSync(join(keysDir, 'CDAS.public.jwk'), 'utf8')) as {
      x: string;
      d?: string;
    };
    expect(restored.d).toBeUndefined();
  });

  it('never makes a key for an agency whose entry carries a public key no private key here matches', async () => {
    const { plan, dev, write } = setup();
    await write('gateway');
    const elsewhere = await generateKeyPairJwk();
    await write('NSHS'); // a dev pair that is not the one the directory carries
    const mismatched = plan({
      gateway: { publicKey: dev('gateway') },
      caseManagement: {},
      agencies: [{ code: 'NSHS', publicKey: elsewhere.publicKey }],
    }).NSHS!;
    expect(mismatched.status).toBe('refused');
    expect(mismatched.status === 'refused' && mismatched.reason).toMatch(
      /Not starting agency NSHS: the private key .*NSHS\.private\.jwk does not match the public key its directory entry carries \(inline\)\. npm start never makes a key that could not match\. Put agency NSHS's own private key at .*NSHS\.private\.jwk \(or set AGENCY_NSHS_PRIVATE_KEY_FILE to it\)/,
    );

    // No private key at all, for an inline key or for a dev public file left without its half.
    const { plan: plan2, dev: dev2, write: write2 } = setup();
    await write2('HSEM', ['public']);
    const p = plan2({
      gateway: { publicKey: dev2('gateway') },
      caseManagement: {},
      agencies: [
        { code: 'NSHS', publicKey: elsewhere.publicKey },
        { code: 'HSEM', publicKey: dev2('HSEM') },
      ],
    });
    expect(p.NSHS).toMatchObject({ status: 'refused' });
    expect(p.HSEM).toMatchObject({ status: 'refused' });
    expect(p.HSEM!.status === 'refused' && p.HSEM!.reason).toContain(
      'its directory entry carries a public key',
    );
    expect(p.gateway).toMatchObject({ status: 'make' });
  });

  it("uses an agency's own private key given by AGENCY_<CODE>_PRIVATE_KEY_FILE when it matches", async () => {
    const { plan, dev, root } = setup();
    const own = await generateKeyPairJwk();
    const file = join(root, 'NSHS.private.jwk');
    writeFileSync(file, JSON.stringify(own.privateKey));
    const dir = {
      gateway: { publicKey: dev('gateway') },
      caseManagement: {},
      agencies: [{ code: 'NSHS', publicKey: own.publicKey }],
    };
    expect(plan(dir, { AGENCY_NSHS_PRIVATE_KEY_FILE: file }).NSHS).toEqual({
      owner: 'NSHS',
      status: 'ready',
      privateKeyFile: file,
    });
    expect(
      plan(dir, { AGENCY_NSHS_PRIVATE_KEY_FILE: join(root, 'missing.jwk') }).NSHS,
    ).toMatchObject({ status: 'refused' });
  });
});
