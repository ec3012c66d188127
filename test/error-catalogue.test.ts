import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { ERROR_CODES, REQUEST_ERROR_CODES } from '@icp/shared';
import { LIMIT_REASONS } from '@icp/gateway';

/**
 * docs/errors.md lists every `extensions.code` the API can return, and every `extensions.reason`
 * beside one: this test finds them in the sources and fails on any the catalogue misses, so a
 * new code or reason cannot reach clients undocumented.
 */
const ROOT = join(__dirname, '..');
const CATALOGUE = readFileSync(join(ROOT, 'docs', 'errors.md'), 'utf8');

/** `reason` values in the sources that are not error reasons a client sees. */
const NOT_CLIENT_REASONS = new Set([
  // The reason of a refused read in the security-event log (ADR 0029), never in a response.
  'NO_CONSENT',
]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
    return /\.ts$/.test(entry.name) && !/\.(spec|d)\.ts$/.test(entry.name) ? [path] : [];
  });
}

const SOURCES = [
  'shared/src',
  'gateway/src',
  ...readdirSync(join(ROOT, 'subgraphs')).map((sg) => `subgraphs/${sg}/src`),
]
  .flatMap((dir) => sourceFiles(join(ROOT, dir)))
  .map((path) => ({ path: relative(ROOT, path), text: readFileSync(path, 'utf8') }));

/** String constants of the sources (`const PERSISTED_QUERY_NOT_LISTED = '…'`), by name. */
const CONSTANTS = new Map(
  SOURCES.flatMap(({ text }) =>
    [...text.matchAll(/\bconst ([A-Z][A-Z0-9_]+) = '([A-Z][A-Z0-9_]+)'/g)].map(
      (m) => [m[1]!, m[2]!] as const,
    ),
  ),
);

/** The all-caps string literals in some code, and the constants it names. */
const capsIn = (text: string) => [
  ...[...text.matchAll(/'([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*)'/g)].map((m) => m[1]!),
  ...[...text.matchAll(/\b([A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+)\b/g)]
    .map((m) => CONSTANTS.get(m[1]!))
    .filter((v): v is string => v !== undefined),
];

/** Where each value was found: value → the files that give it. */
function collect(patterns: { re: RegExp; all?: boolean }[]): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  for (const { path, text } of SOURCES) {
    for (const { re, all } of patterns) {
      for (const m of text.matchAll(re)) {
        for (const value of all ? capsIn(m[1]!) : [m[1]!]) {
          found.set(value, (found.get(value) ?? new Set()).add(path));
        }
      }
    }
  }
  return found;
}

/** Codes given where errors are made: DomainError and its subclasses, HttpError, GraphQLError. */
const SOURCE_CODES = collect([
  { re: /new DomainError\(\s*'([A-Z][A-Z0-9_]+)'/g },
  { re: /\bsuper\(\s*'([A-Z][A-Z0-9_]+)'/g },
  { re: /new HttpError\(\s*\d{3},\s*'([A-Z][A-Z0-9_]+)'/g },
  { re: /(?:extensions|unavailable):\s*\{\s*code:\s*([^,}\n]+)/g, all: true },
  { re: /\brefusal\(([\s\S]*?)\)\s*[;,]/g, all: true },
]);

/** Reasons: `reason: 'X'` (or a choice of literals), a default `reason = 'X'`, positional ones. */
const SOURCE_REASONS = collect([
  { re: /\breason:\s*([^,}\n]+)/g, all: true },
  { re: /constructor\([^)]*\breason\s*=\s*('[A-Z][A-Z0-9_]+')/g, all: true },
  // A reason given positionally: NotYetError's, and the one of an UNAUTHENTICATED refusal.
  { re: /new (?:NotYetError|UserTokenError|HttpError)\(([\s\S]*?)\)\s*;/g, all: true },
]);
for (const reason of Object.values(LIMIT_REASONS)) {
  SOURCE_REASONS.set(reason, new Set(['gateway/src/limits/request-limits.ts']));
}
const CODES = new Set<string>([...ERROR_CODES, ...REQUEST_ERROR_CODES, ...SOURCE_CODES.keys()]);
// The positional scan also meets the codes themselves (`new HttpError(401, 'UNAUTHENTICATED', …)`).
for (const r of [...NOT_CLIENT_REASONS, ...CODES]) SOURCE_REASONS.delete(r);

/** The codes the catalogue has a section for: `### \`CODE\``. */
const SECTIONS = [...CATALOGUE.matchAll(/^### `([A-Z_]+)`/gm)].map((m) => m[1]!);

describe('the error catalogue (docs/errors.md)', () => {
  it('finds the codes in the sources (the scan works)', () => {
    for (const code of ['BAD_REQUEST', 'PAYLOAD_TOO_LARGE', 'UNAUTHENTICATED', 'CONSENT_REQUIRED'])
      expect(SOURCE_CODES.has(code)).toBe(true);
    for (const reason of ['CASE_CLOSED', 'CONSENT_SERVICE_UNAVAILABLE', 'MEETING_NOT_STARTED'])
      expect(SOURCE_REASONS.has(reason)).toBe(true);
  });

  it('has a section for every code the API can return', () => {
    const missing = [...CODES].filter((c) => !SECTIONS.includes(c));
    expect(
      missing.map((c) => `${c} (${[...(SOURCE_CODES.get(c) ?? ['error-codes.ts'])].join(', ')})`),
    ).toEqual([]);
  });

  it('lists every reason a code comes with', () => {
    const missing = [...SOURCE_REASONS.keys()].filter((r) => !CATALOGUE.includes(`\`${r}\``));
    expect(missing.map((r) => `${r} (${[...SOURCE_REASONS.get(r)!].join(', ')})`)).toEqual([]);
  });

  it('has no section for a code the API does not return, and one section per code', () => {
    expect(SECTIONS.filter((c) => !CODES.has(c))).toEqual([]);
    expect(SECTIONS.length).toBe(new Set(SECTIONS).size);
  });

  it('is linked from the README and the API guide', () => {
    for (const doc of ['README.md', 'docs/api-guide.md']) {
      expect(readFileSync(join(ROOT, doc), 'utf8')).toMatch(
        /\]\((?:docs\/)?errors\.md(?:#[^)]*)?\)/,
      );
    }
  });
});
