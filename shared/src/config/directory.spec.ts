import { mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Directory } from './directory';
import { ConfigError, interpolateEnv } from './federation-config';

const key = { kty: 'OKP', crv: 'Ed25519', x: '11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo' };
const config = (codes: string[]) => ({
  gateway: { publicKey: key },
  caseManagement: { url: 'http://cm.internal/graphql' },
  agencies: codes.map((code) => ({
    code,
    name: code,
    kind: 'OTHER',
    url: `http://${code}.internal/graphql`,
    publicKey: key,
  })),
});

describe('Directory', () => {
  it('picks up an agency added to the file, without a restart', () => {
    const dir = mkdtempSync(join(tmpdir(), 'icp-dir-'));
    const file = join(dir, 'federation.json');
    writeFileSync(file, JSON.stringify(config(['CDAS'])));
    const directory = Directory.fromFile(file, 0);
    expect(directory.agency('NSHS')).toBeUndefined();
    writeFileSync(file, JSON.stringify(config(['CDAS', 'NSHS'])));
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect(directory.agency('NSHS')?.url).toBe('http://NSHS.internal/graphql');
  });

  it('keeps the last good directory when the file becomes invalid', () => {
    const dir = mkdtempSync(join(tmpdir(), 'icp-dir-'));
    const file = join(dir, 'federation.json');
    writeFileSync(file, JSON.stringify(config(['CDAS'])));
    const errors: unknown[] = [];
    const directory = Directory.fromFile(file, 0, (e) => errors.push(e));
    writeFileSync(file, '{ "agencies": [');
    utimesSync(file, new Date(), new Date(Date.now() + 5000));
    expect(directory.agency('CDAS')).toBeDefined();
    expect(errors).toHaveLength(1);
  });

  it('fills ${VAR:-default} from the environment and refuses an unset variable without a default', () => {
    expect(interpolateEnv('"${CDAS_URL:-http://127.0.0.1:4101}"', {})).toBe(
      '"http://127.0.0.1:4101"',
    );
    expect(interpolateEnv('"${CDAS_URL:-x}"', { CDAS_URL: 'http://agency-cdas:4100' })).toBe(
      '"http://agency-cdas:4100"',
    );
    expect(() => interpolateEnv('"${NOPE}"', {})).toThrow(ConfigError);
  });
});
