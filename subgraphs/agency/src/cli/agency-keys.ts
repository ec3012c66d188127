/**
 * `npm run agency:keys -- --agency CODE --name "Agency name" --kind KIND --url https://.../graphql
 *  [--out DIR]`
 *
 * Generates an agency's Ed25519 key pair (private key file mode 0600, never shared) and prints
 * the directory entry, with the public key inline, that the federation operator adds to
 * federation.json. The keys go to `--out`, by default the repository's git-ignored .local/keys;
 * a folder inside the repository that git would track is refused, so that a private key is never
 * committed by accident.
 */
import { isAbsolute, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  AGENCY_CODE_PATTERN,
  AGENCY_KINDS,
  answerHelp,
  type AgencyKind,
  usageError,
  writeKeyPair,
} from '@icp/shared';

const ROOT = resolve(__dirname, '..', '..', '..', '..');
/** Git-ignored (.gitignore): where keys may be kept inside the repository. */
const IGNORED = join(ROOT, '.local');

const USAGE = `Usage: npm run -s agency:keys -- --agency CODE --name NAME --kind KIND --url URL [--out DIR]

Generates your agency's Ed25519 key pair and prints the directory entry (with the public key) to
send to the federation operator. The private key file (mode 0600) never leaves your server.

Options:
  --agency CODE   your agency's code: 2-16 capitals or digits, e.g. NSHS (required)
  --name NAME     its name, e.g. "North Strand Homeless Service" (required)
  --kind KIND     one of ${AGENCY_KINDS.join(', ')} (required)
  --url URL       where the gateway reaches your subgraph, e.g. https://icp.nshs.example.ie/graphql
                  (required)
  --out DIR       where to write CODE.private.jwk and CODE.public.jwk: a folder outside the
                  repository (e.g. /etc/icp/keys), or under its git-ignored .local/
                  (default .local/keys)
  -h, --help      this help
`;

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

/** Whether `path` is `dir` or inside it. */
function inside(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

async function main() {
  const { values } = parseArgs({
    options: {
      agency: { type: 'string' },
      name: { type: 'string' },
      kind: { type: 'string' },
      url: { type: 'string' },
      out: { type: 'string', default: join(ROOT, '.local', 'keys') },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  answerHelp(USAGE, values.help ? ['--help'] : []);
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
  if (inside(ROOT, dir) && !inside(IGNORED, dir)) {
    fail(
      `--out ${values.out} is inside the repository, where git would track the private key: ` +
        'use a folder outside it (e.g. /etc/icp/keys) or under .local/ (git-ignored)',
    );
  }
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

main().catch((error: unknown) => fail(usageError(error, 'npm run agency:keys')));
