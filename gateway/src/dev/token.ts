/**
 * `npm run token -- --agency CDAS --user cdas-aoife --role CASE_MANAGER [--role ...]
 *  [--key path/to/private.jwk] [--expires 8h]`
 *
 * Mints a user token as the agency's identity provider would, with the dev key that npm start
 * generated (.local/keys/<AGENCY>.private.jwk). Prints only the token on stdout.
 */
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  AGENCY_CODE_PATTERN,
  ROLES,
  importKey,
  isRole,
  readPrivateJwk,
  signUserToken,
} from '@icp/shared';

const ROOT = resolve(__dirname, '..', '..', '..');

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
      key: { type: 'string' },
      expires: { type: 'string', default: '8h' },
    },
    strict: true,
  });
  const agency = values.agency ?? fail('--agency is required (e.g. --agency CDAS)');
  if (!AGENCY_CODE_PATTERN.test(agency)) fail(`--agency ${agency} is not an agency code`);
  const user = values.user ?? fail('--user is required (e.g. --user cdas-aoife)');
  const roles = values.role ?? [];
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
    { agencyCode: agency, userId: user, roles: roles.filter(isRole) },
    await importKey(jwk),
    { ...(jwk.kid ? { kid: jwk.kid } : {}), expiresIn: values.expires },
  );
  process.stdout.write(`${token}\n`);
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)));
