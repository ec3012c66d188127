/**
 * `ICP_TOKEN=<jwt> npm run plan:export -- --plan <id> [--version N] [--token-stdin]
 *   [--gateway http://localhost:4000] [--out file]`
 *
 * Exports one version of a care plan (default: the current one) as a FHIR R4 Bundle, through the
 * gateway's FHIR endpoint (`GET /fhir/CarePlan/{id}/$export`), as the staff member whose token is
 * given: exactly what their agency may read, audited as any read (ADR 0041).
 *
 * Exit codes: 0 written; 3 written but incomplete (an agency could not be reached: its tasks'
 * delivery is absent, named on stderr); 1 refused or failed (nothing written); 2 usage.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { Bundle, OperationOutcome, Task } from '@medplum/fhirtypes';
import { answerHelp } from '@icp/shared';
import { TOKEN_ON_COMMAND_LINE, exportToken } from './export-token';

const USAGE = `Usage: ICP_TOKEN=<jwt> npm run plan:export -- --plan ID [options]
       npm run -s token -- ... | npm run plan:export -- --plan ID --token-stdin [options]

Exports a version of a care plan as a FHIR R4 Bundle (EpisodeOfCare, CarePlan, Condition, Goal,
Task, ServiceRequest, CareTeam, Consent, Patient, Organization, Practitioner), through the
gateway, as the staff member whose token is given: only what their agency may read, every read
audited. Exit 0 written; 3 written but incomplete (an agency could not be reached); 1 refused or
failed (nothing written); 2 usage.

The token: the environment variable ICP_TOKEN, or the first line of standard input with
--token-stdin. It is never taken from the command line.

Options:
  --plan ID          the care plan (required)
  --version N        the version to export (default: the current one)
  --token-stdin      read the token from standard input instead of ICP_TOKEN
  --gateway URL      the gateway, default http://localhost:4000 (a /graphql URL is accepted)
  --out FILE         write there instead of stdout
  -h, --help         this help
`;

function fail(message: string, code = 2): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

/** The tasks whose agency's own delivery status is absent because it could not be reached. */
function unreachable(bundle: Bundle): string[] {
  return (bundle.entry ?? [])
    .map((e) => e.resource)
    .filter((r): r is Task => r?.resourceType === 'Task')
    .filter((t) => t.businessStatus?.extension?.some((x) => x.valueCode === 'unknown'))
    .map((t) => `${t.id} (${t.owner?.display ?? t.owner?.reference ?? 'no owner'})`);
}

async function main() {
  const { values } = parseArgs({
    options: {
      plan: { type: 'string' },
      version: { type: 'string' },
      token: { type: 'string' },
      gateway: { type: 'string', default: 'http://localhost:4000' },
      out: { type: 'string' },
      'token-stdin': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h' },
    },
  });
  answerHelp(USAGE, values.help ? ['--help'] : []);
  if (values.token !== undefined)
    fail(TOKEN_ON_COMMAND_LINE.replace('disclosures:export', 'plan:export'));
  if (!values.plan) fail(USAGE);
  if (values.version !== undefined && !/^[1-9]\d*$/.test(values.version))
    fail('--version is a positive whole number');
  const token = await exportToken({ fromStdin: values['token-stdin'] });
  if (!token) {
    fail(
      values['token-stdin']
        ? 'No token on standard input'
        : 'No token: set ICP_TOKEN, or pipe it in with --token-stdin (see --help)',
    );
  }
  const base = values.gateway.replace(/\/+$/, '').replace(/\/graphql$/, '');
  const url = new URL(`${base}/fhir/CarePlan/${encodeURIComponent(values.plan)}/$export`);
  if (values.version) url.searchParams.set('version', values.version);
  const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } });
  const body = (await res.json().catch(() => ({}))) as Bundle | OperationOutcome;
  if (!res.ok || body.resourceType !== 'Bundle') {
    const issue = body.resourceType === 'OperationOutcome' ? body.issue[0] : undefined;
    const code = issue?.details?.coding?.[0]?.code ?? 'ERROR';
    fail(`${code}: ${issue?.details?.text ?? 'the export failed'} (HTTP ${res.status})`, 1);
  }
  const text = `${JSON.stringify(body, null, 2)}\n`;
  if (values.out) writeFileSync(values.out, text);
  else process.stdout.write(text);
  const missing = unreachable(body);
  if (missing.length > 0) {
    process.stderr.write(
      `INCOMPLETE: the delivery of ${missing.join(', ')} is absent: its agency could not be reached\n`,
    );
    process.exitCode = 3;
  }
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error), 1));
