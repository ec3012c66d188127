/**
 * `npm run disclosures:export -- --service-user <id> --token <jwt>
 *   [--gateway http://localhost:4000/graphql] [--format fhir|csv] [--from ISO] [--to ISO]
 *   [--out file]`
 *
 * Exports every disclosure of a service user's data across the federation (GDPR right of
 * access) through the gateway, as the holding agency's staff member whose token is given: a
 * FHIR R4 Bundle of AuditEvent resources (default) or CSV, on stdout or to `--out`.
 *
 * Exit codes: 0 complete; 3 written but incomplete (an agency's part is missing — named on
 * stderr); 1 refused or failed (nothing written); 2 usage.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { DISCLOSURE_PAGE_MAX } from '@icp/shared';
import {
  DISCLOSURE_LOG_QUERY,
  csv,
  fhirBundle,
  flatten,
  type DisclosureLogData,
} from './disclosure-export';

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
    },
  });
  const id = values['service-user'];
  const token = values.token ?? process.env.ICP_TOKEN;
  if (!id || !token)
    fail('Usage: disclosures:export -- --service-user <id> --token <jwt> [--format fhir|csv]');
  if (values.format !== 'fhir' && values.format !== 'csv') fail('--format is fhir or csv');

  const res = await fetch(values.gateway, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({
      query: DISCLOSURE_LOG_QUERY,
      operationName: 'DisclosureExport',
      variables: { id, from: values.from ?? null, to: values.to ?? null },
    }),
  });
  const body = (await res.json().catch(() => ({}))) as {
    data?: { serviceUser: { disclosureLog: DisclosureLogData | null } | null } | null;
    errors?: { message: string; path?: unknown[]; extensions?: { code?: string } }[];
  };
  for (const e of body.errors ?? [])
    process.stderr.write(
      `${e.extensions?.code ?? 'ERROR'}: ${e.message}${e.path ? ` at ${e.path.join('.')}` : ''}\n`,
    );
  const log = body.data?.serviceUser?.disclosureLog;
  if (!res.ok || !log) fail(`No disclosure log for ${id} (HTTP ${res.status})`, 1);

  const { entries, missing, fullPage } = flatten(log);
  const text =
    values.format === 'csv'
      ? csv(entries)
      : `${JSON.stringify(fhirBundle(id, entries), null, 2)}\n`;
  if (values.out) writeFileSync(values.out, text);
  else process.stdout.write(text);
  if (fullPage.length > 0) {
    process.stderr.write(
      `INCOMPLETE: ${fullPage.join(', ')} returned their newest ${DISCLOSURE_PAGE_MAX} entries; ` +
        'export the earlier period with --to\n',
    );
    process.exitCode = 3;
  }
  if (missing.length > 0) {
    process.stderr.write(`INCOMPLETE: no entries from ${missing.join(', ')}\n`);
    process.exitCode = 3;
  }
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error), 1));
