/**
 * `npm run agency:keys -- --agency CODE --name "Agency name" --kind KIND --url https://.../graphql
 *  [--out ./keys]`
 *
 * Generates an agency's Ed25519 key pair (private key file mode 0600, never shared) and prints
 * the directory entry, with the public key inline, that the federation operator adds to
 * federation.json.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AGENCY_CODE_PATTERN, AGENCY_KINDS, type AgencyKind, writeKeyPair } from '@icp/shared';

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

async function main() {
  const { values } = parseArgs({
    options: {
      agency: { type: 'string' },
      name: { type: 'string' },
      kind: { type: 'string' },
      url: { type: 'string' },
      out: { type: 'string', default: 'keys' },
    },
    strict: true,
  });
  const code = values.agency ?? fail('--agency is required (2-16 capitals or digits, e.g. NSHS)');
  if (!AGENCY_CODE_PATTERN.test(code)) fail(`--agency ${code}: codes are 2-16 capitals or digits`);
  const name = values.name ?? fail('--name is required');
  const kind = values.kind ?? fail(`--kind is required: one of ${AGENCY_KINDS.join(', ')}`);
  if (!(AGENCY_KINDS as readonly string[]).includes(kind))
    fail(`--kind must be one of ${AGENCY_KINDS.join(', ')}`);
  const url =
    values.url ??
    fail(
      '--url is required: where the gateway reaches your subgraph, e.g. https://icp.agency.ie/graphql',
    );
  try {
    new URL(url);
  } catch {
    fail(`--url ${url} is not a URL`);
  }
  const dir = resolve(values.out);
  const pair = await writeKeyPair(dir, code).catch((e: unknown) =>
    fail(e instanceof Error ? e.message : String(e)),
  );
  const entry = { code, name, kind: kind as AgencyKind, url, publicKey: pair.publicKey };
  process.stderr.write(
    `Wrote ${pair.privateKeyFile} (keep it secret: set AGENCY_PRIVATE_KEY_FILE to it)\n` +
      `and ${pair.publicKeyFile}. Send this directory entry to the federation operator:\n\n`,
  );
  process.stdout.write(`${JSON.stringify(entry, null, 2)}\n`);
}

void main();
