/**
 * How `disclosures:export` is told who is asking: a token never on the command line, where every
 * user of the machine sees it (ps) and the shell keeps it in its history.
 */

export const EXPORT_USAGE = `Usage: ICP_TOKEN=<jwt> npm run disclosures:export -- --service-user ID [options]
       npm run -s token -- ... | npm run disclosures:export -- --service-user ID --token-stdin [options]

Exports every disclosure of a service user's data across the federation (GDPR right of access),
through the gateway, as the staff member whose token is given: a FHIR R4 Bundle of AuditEvent
resources (default) or CSV. Exit 0 complete; 3 written but incomplete (the missing agencies
named on stderr); 1 refused or failed (nothing written); 2 usage.

The token: the environment variable ICP_TOKEN, or the first line of standard input with
--token-stdin. It is never taken from the command line.

Options:
  --service-user ID   the service user (required)
  --token-stdin       read the token from standard input instead of ICP_TOKEN
  --gateway URL       default http://localhost:4000/graphql
  --format fhir|csv   default fhir
  --from ISO, --to ISO   only disclosures in this period
  --out FILE          write there instead of stdout
  --denied-out FILE   where the denied attempts (security events) go; default beside --out
  -h, --help          this help
`;

/** Why a token given as `--token` is refused, and what to do instead. */
export const TOKEN_ON_COMMAND_LINE =
  '--token is not accepted: a token on the command line is visible to every user of the machine ' +
  'and kept in shell history. Put it in ICP_TOKEN, or pipe it in with --token-stdin, e.g.\n' +
  '  ICP_TOKEN=$(npm run -s token -- --agency CDAS --user cdas-aoife --role CASE_MANAGER) \\\n' +
  '    npm run disclosures:export -- --service-user <id>';

/** The first line of standard input, trimmed (empty when there is none). */
export async function readTokenFromStdin(stdin: NodeJS.ReadableStream = process.stdin) {
  let text = '';
  for await (const chunk of stdin) text += String(chunk);
  return text.split(/\r?\n/)[0]?.trim() ?? '';
}

/** The token the export runs with: ICP_TOKEN, or standard input with --token-stdin. */
export async function exportToken(o: { fromStdin: boolean; env?: NodeJS.ProcessEnv }) {
  const token = o.fromStdin ? await readTokenFromStdin() : (o.env ?? process.env).ICP_TOKEN;
  return token?.trim() || undefined;
}
