/** `npm start -- --help`. */
export const START_FEDERATION_HELP = `Usage: npm start

Builds everything, then runs the demo federation on this machine: case-management, one agency
subgraph per agency of federation.json (each with its own database) and the gateway, seeding the
demo data once, and serves the web app's production build (built when its sources changed) at
http://localhost:5173. Ctrl-C stops every process.

Keys: made once in .local/keys (git-ignored) for each directory entry that names its dev key file
(.local/keys/<CODE>.public.jwk). An agency whose entry carries another public key is started only
with its matching private key (.local/keys/<CODE>.private.jwk or AGENCY_<CODE>_PRIVATE_KEY_FILE);
npm start never makes it a new one, and says what to do.

Environment:
  DATABASE_URL                    a PostgreSQL server: each instance gets its own database on it
                                  (default: embedded PGlite under .local/data)
  CASE_MANAGEMENT_DATABASE_URL,
  AGENCY_<CODE>_DATABASE_URL      one instance's database
  AGENCY_<CODE>_PRIVATE_KEY_FILE  an agency's own private key
  FEDERATION_CONFIG               the directory (default federation.json)
  PORT                            the gateway's port (default 4000)
  DEV_IDP_ISSUER                  the demo agencies' OpenID Connect provider, started here when
                                  the directory names one on this machine (federation.json:
                                  default http://127.0.0.1:4400)
  DEV_IDP_REDIRECT_URIS           more sign-in callbacks of the web app at it, comma-separated
  WEB_PORT                        the web app's port (default 5173); the identity provider and
                                  the gateway are told its callback and origin
  FEDERATION_DATA_DIR             where the embedded databases live (default .local/data)
  READY_TIMEOUT_SECONDS           how long the servers may take to start (default 90)
  LOG_LEVEL                       the servers' log level (default: info for the gateway, which
                                  logs one line per request; warn for the subgraphs)
`;
