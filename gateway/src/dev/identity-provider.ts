/**
 * `node gateway/dist/dev/identity-provider.js`: the demo agencies' OpenID Connect provider on its
 * own (npm start runs it beside the servers when federation.json names it). Development only.
 */
import { join } from 'node:path';
// Light, like dev-paths: not the package's index.
import { answerHelp } from '@icp/shared/dist/cli/help';
import { KEYS_DIR } from './dev-paths';
import {
  DEV_IDP_CLIENT_ID,
  DEV_IDP_ISSUER,
  DEV_IDP_PASSWORD,
  DEV_IDP_REDIRECT_URIS,
  startDevIdentityProvider,
} from './dev-identity-provider';

/** The provider's signing keys, made on its first start and kept (git-ignored) for the next. */
export const DEV_IDP_KEYS_FILE = join(KEYS_DIR, 'dev-identity-provider.private.jwks.json');

answerHelp(`Usage: node gateway/dist/dev/identity-provider.js

Runs the demo agencies' OpenID Connect provider (development only; npm start runs it): the demo
staff as accounts (password ${DEV_IDP_PASSWORD}), one public client for the web app
(${DEV_IDP_CLIENT_ID}: authorization code flow with PKCE) and JWT access tokens for the gateway.
Its signing key is made once in ${DEV_IDP_KEYS_FILE}.

Environment:
  DEV_IDP_ISSUER          its issuer and address (default ${DEV_IDP_ISSUER}); federation.json
                          names the same variable
  DEV_IDP_REDIRECT_URIS   more sign-in callbacks of the web app, comma-separated (always:
                          ${DEV_IDP_REDIRECT_URIS.join(', ')})
`);

async function main() {
  const redirectUris = (process.env.DEV_IDP_REDIRECT_URIS ?? '')
    .split(',')
    .map((u) => u.trim())
    .filter(Boolean);
  const idp = await startDevIdentityProvider({
    issuer: process.env.DEV_IDP_ISSUER || DEV_IDP_ISSUER,
    redirectUris,
    keysFile: DEV_IDP_KEYS_FILE,
  });
  process.stdout.write(`identity provider ready at ${idp.issuer} (JWKS ${idp.jwksUri})\n`);
  const stop = () => void idp.close().then(() => process.exit(0));
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  process.stderr.write(
    `Could not start the identity provider: ${error instanceof Error ? error.message : String(error)}\n`,
  );
  process.exit(1);
});
