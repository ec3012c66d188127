/**
 * `npm run token -- --agency CDAS --user cdas-aoife --role CASE_MANAGER [--role ...]
 *  [--name "Display Name"] [--key path/to/private.jwk] [--expires 8h]`
 * `npm run token -- --service-user jamie` (a demo service user's own token, ADR 0049)
 *
 * Mints a user token as the agency's identity provider would, with the dev key that npm start
 * generated (.local/keys/<AGENCY>.private.jwk). Prints only the token on stdout. The gateway
 * refuses a token valid for longer than the agency's `maxTokenAgeHours` (default 12 hours).
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { decodeJwt } from 'jose';
import {
  AGENCY_CODE_PATTERN,
  DEMO,
  isUuid,
  DEFAULT_MAX_TOKEN_AGE_HOURS,
  ROLES,
  answerHelp,
  importKey,
  isRole,
  readPrivateJwk,
  signUserToken,
  usageError,
} from '@icp/shared';

const ROOT = resolve(__dirname, '..', '..', '..');

const USAGE = `Usage: npm run -s token -- --agency CODE --user ID [--role ROLE ...] [--name NAME]
         [--key FILE] [--expires 8h]
       npm run -s token -- --service-user jamie|chloe|alex|UUID [--agency CODE] [--user ID]

Mints a user token as the agency's identity provider would (issuer = the agency's code), signed
with the agency's private key, and prints only the token on stdout (-s keeps npm's banner off).

Options:
  --agency CODE    the agency whose user this is, e.g. CDAS (required)
  --user ID        the user's id at that agency, e.g. cdas-aoife (required)
  --role ROLE      a role; repeat for several: ${ROLES.join(', ')}
  --name NAME      the user's display name (a claim of the token)
  --service-user P a service user's own token (role SERVICE_USER, claim service_user_id): P is a
                   demo person (${Object.keys(DEMO.serviceUserAccounts).join(', ')}; agency, user and
                   name default to their account at their lead agency) or a service-user id (UUID,
                   with --agency and --user). No other role may be given with it.
  --key FILE       the agency's private JWK (default .local/keys/<CODE>.private.jwk, made by npm start)
  --expires SPAN   how long the token is valid, e.g. 30m, 8h (default 8h; the gateway
                   refuses more than the agency's maxTokenAgeHours, default ${DEFAULT_MAX_TOKEN_AGE_HOURS})
  -h, --help       this help
`;

/** A demo person's own account at their lead agency (DEMO.serviceUserAccounts), by name. */
function demoServiceUser(name: string) {
  return Object.hasOwn(DEMO.serviceUserAccounts, name)
    ? DEMO.serviceUserAccounts[name as keyof typeof DEMO.serviceUserAccounts]
    : undefined;
}

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(2);
}

async function main() {
  const { values } = parseArgs({
    options: {
      agency: { type: 'string' },
      user: { type: 'string' },
      role: { type: 'string', multiple: true },
      name: { type: 'string' },
      'service-user': { type: 'string' },
      key: { type: 'string' },
      expires: { type: 'string', default: '8h' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  answerHelp(USAGE, values.help ? ['--help'] : []);
  const person = values['service-user'];
  const account = person ? demoServiceUser(person) : undefined;
  if (person && !account && !isUuid(String(person)))
    fail(`--service-user ${person} is neither a demo person nor a service-user id (UUID)`);
  if (person && (values.role ?? []).some((r) => r !== 'SERVICE_USER'))
    fail('--service-user takes no other role: a service user token carries SERVICE_USER alone');
  const agency =
    values.agency ?? account?.agencyCode ?? fail('--agency is required (e.g. --agency CDAS)');
  if (!AGENCY_CODE_PATTERN.test(agency)) fail(`--agency ${agency} is not an agency code`);
  const user = values.user ?? account?.id ?? fail('--user is required (e.g. --user cdas-aoife)');
  const roles = person ? ['SERVICE_USER'] : (values.role ?? []);
  const name = values.name ?? account?.name;
  const unknown = roles.filter((r) => !isRole(r));
  if (unknown.length > 0)
    fail(`Unknown role(s) ${unknown.join(', ')}; roles are ${ROLES.join(', ')}`);
  const keyFile = values.key ?? join(ROOT, '.local', 'keys', `${agency}.private.jwk`);
  let jwk;
  try {
    jwk = readPrivateJwk(keyFile);
  } catch {
    fail(`No private key for ${agency} at ${keyFile}: run npm start once, or pass --key`);
  }
  const token = await signUserToken(
    {
      agencyCode: agency,
      userId: user,
      roles: roles.filter(isRole),
      ...(name ? { name } : {}),
      ...(person
        ? { serviceUserClaim: account ? DEMO.serviceUsers[account.serviceUser].id : person }
        : {}),
    },
    await importKey(jwk),
    { ...(jwk.kid ? { kid: jwk.kid } : {}), expiresIn: values.expires },
  );
  const { iat = 0, exp = 0 } = decodeJwt(token);
  if (exp - iat > DEFAULT_MAX_TOKEN_AGE_HOURS * 3600) {
    // The directory may allow more (maxTokenAgeHours), so this is a warning, not a refusal.
    process.stderr.write(
      `Warning: the gateway refuses tokens valid for more than ${DEFAULT_MAX_TOKEN_AGE_HOURS} hours unless ${agency}'s directory entry sets maxTokenAgeHours\n`,
    );
  }
  process.stdout.write(`${token}\n`);
}

main().catch((error: unknown) => fail(usageError(error, 'npm run token')));
