/**
 * `ICP_TOKEN=<jwt> npm run disclosures:export -- --service-user <id> [--token-stdin]
 *   [--gateway http://localhost:4000/graphql] [--format fhir|csv] [--from ISO] [--to ISO]
 *   [--out file] [--denied-out file]`
 *
 * Exports every disclosure of a service user's data across the federation (GDPR right of
 * access) through the gateway, as the case manager (or other staff of the holding agency) whose
 * token is given: a FHIR R4 Bundle of AuditEvent resources (default) or CSV, on stdout or to
 * `--out`.
 *
 * The denied attempts (security events: reads that were refused, ADR 0029) are a separate
 * export in the same format, labelled as such: to `--denied-out`, else next to `--out` as
 * `<name>.denied-attempts.<ext>`. Written to stdout without `--denied-out`, only the
 * disclosures are written and stderr says how many denied attempts were left out.
 *
 * Every part (case-management's, each agency's) is read to its last page (disclosure-log-pages).
 *
 * Exit codes: 0 complete; 3 written but incomplete (an agency's part is missing — named on
 * stderr); 1 refused or failed (nothing written); 2 usage.
 */
import { writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { answerHelp } from '@icp/shared';
import { EXPORT_USAGE, TOKEN_ON_COMMAND_LINE, exportToken } from './export-token';
import { readDisclosureLog, type GraphQLAnswer } from './disclosure-log-pages';
import { csv, deniedCsv } from './disclosure-csv';
import { deniedBundle, fhirBundle, flatten, flattenDenied } from './disclosure-export';

function fail(message: string, code = 2): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

async function main() {
  const { values } = parseArgs({
    options: {
      'service-user': { type: 'string' },
      token: { type: 'string' },
      gateway: { type: 'string', default: 'http://localhost:4000/graphql' },
      format: { type: 'string', default: 'fhir' },
      from: { type: 'string' },
      to: { type: 'string' },
      out: { type: 'string' },
      'denied-out': { type: 'string' },
      'token-stdin': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  answerHelp(EXPORT_USAGE, values.help ? ['--help'] : []);
  if (values.token !== undefined) fail(TOKEN_ON_COMMAND_LINE);
  const id = values['service-user'];
  if (!id) fail(EXPORT_USAGE);
  const token = await exportToken({ fromStdin: values['token-stdin'] });
  if (!token) {
    fail(
      values['token-stdin']
        ? 'No token on standard input'
        : 'No token: set ICP_TOKEN, or pipe it in with --token-stdin (see --help)',
    );
  }
  if (values.format !== 'fhir' && values.format !== 'csv') fail('--format is fhir or csv');

  const gateway = values.gateway;
  const post = async (
    query: string,
    operationName: string,
    variables: Record<string, unknown>,
  ): Promise<GraphQLAnswer> => {
    const res = await fetch(gateway, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, operationName, variables }),
    });
    return {
      status: res.status,
      body: (await res.json().catch(() => ({}))) as GraphQLAnswer['body'],
    };
  };
  const { log, status } = await readDisclosureLog(
    post,
    id,
    { from: values.from ?? null, to: values.to ?? null },
    (e) =>
      process.stderr.write(
        `${e.extensions?.code ?? 'ERROR'}: ${e.message}${e.path ? ` at ${e.path.join('.')}` : ''}\n`,
      ),
  );
  if (!log) fail(`No disclosure log for ${id} (HTTP ${status})`, 1);

  const { entries, missing } = flatten(log);
  const text =
    values.format === 'csv'
      ? csv(entries)
      : `${JSON.stringify(fhirBundle(id, entries), null, 2)}\n`;
  if (values.out) writeFileSync(values.out, text);
  else process.stdout.write(text);
  incomplete('entries', missing);

  const denied = flattenDenied(log);
  const deniedOut = values['denied-out'] ?? (values.out ? deniedFileBeside(values.out) : null);
  if (deniedOut) {
    writeFileSync(
      deniedOut,
      values.format === 'csv'
        ? deniedCsv(denied.attempts)
        : `${JSON.stringify(deniedBundle(id, denied.attempts), null, 2)}\n`,
    );
    process.stderr.write(`${denied.attempts.length} denied attempts written to ${deniedOut}\n`);
    incomplete('denied attempts', denied.missing);
  } else if (denied.attempts.length > 0 || denied.missing.length > 0) {
    process.stderr.write(
      `NOTE: ${denied.attempts.length} denied attempts (security events) are not in this ` +
        'export; write them with --denied-out <file>\n',
    );
  }
}

/** Says on stderr which parts are missing, and exits 3 if any. */
function incomplete(what: string, missing: string[]): void {
  if (missing.length > 0) {
    process.stderr.write(`INCOMPLETE: no ${what} from ${missing.join(', ')}\n`);
    process.exitCode = 3;
  }
}

/** `jamie.json` → `jamie.denied-attempts.json` (no extension: `.denied-attempts` appended). */
function deniedFileBeside(out: string): string {
  const ext = extname(out);
  return `${out.slice(0, out.length - ext.length)}.denied-attempts${ext}`;
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error), 1));
