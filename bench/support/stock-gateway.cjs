// A stock @apollo/gateway as a process of its own (started by stock-gateway-process.ts) for
// bench/gateway-compare.bench.ts (ADR 0046):
// an ApolloServer with startStandaloneServer over the supergraph SDL, whose RemoteGraphQLDataSource
// signs with this gateway's own signing fetcher and authenticates users the same way, and does
// nothing else (no request limits, no re-disclosure notice, no schema check, no sharding). Routes
// the agency subgraph to CDAS only (the benchmark's query is case-management's alone).
//
// With STOCK_GATEWAY_BARE=1 (bench/gateway-overhead.bench.ts) it is barer still: the subgraph
// requests go out unsigned, over an undici pool like this gateway's, and no user is authenticated:
// what @apollo/gateway and Apollo Server cost on their own.
//
// Environment: ICP_ROOT (the built checkout), FEDERATION_CONFIG, GATEWAY_PRIVATE_KEY_FILE,
// SUPERGRAPH_PATH, PORT, STOCK_GATEWAY_BARE. Prints "ready" once it listens.
/* global process */
'use strict';
const { readFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { join } = require('node:path');

const root = process.env.ICP_ROOT;
const fromGateway = createRequire(join(root, 'gateway/package.json'));
const { ApolloGateway, RemoteGraphQLDataSource } = fromGateway('@apollo/gateway');
const { ApolloServer } = fromGateway('@apollo/server');
const { startStandaloneServer } = fromGateway('@apollo/server/standalone');
const shared = fromGateway('@icp/shared');
const { authenticate } = require(join(root, 'gateway/dist/auth/authenticate.js'));
const { SIGN_AS_HEADER, signingFetcher } = require(
  join(root, 'gateway/dist/routing/signing-fetcher.js'),
);

class StockSignedDataSource extends RemoteGraphQLDataSource {
  constructor(url, audience, signing) {
    super({ url });
    this.fetcher = signingFetcher(signing, audience, 5000);
  }

  willSendRequest({ request, context }) {
    request.http.headers.set(SIGN_AS_HEADER, JSON.stringify(context.identity));
    request.http.headers.set('x-request-id', context.identity.requestId);
  }
}

/** A fetcher for RemoteGraphQLDataSource over an undici pool that signs nothing (the bare mode). */
function unsignedFetcher() {
  return (url, init) => shared.httpPost(url, { ...init, body: init.body ?? '' }, 5000);
}

async function main() {
  const bare = process.env.STOCK_GATEWAY_BARE === '1';
  const directory = shared.Directory.fromFile(process.env.FEDERATION_CONFIG, 1000);
  const jwk = shared.readPrivateJwk(process.env.GATEWAY_PRIVATE_KEY_FILE);
  const key = await shared.importKey(jwk);
  const signing = async () => ({ key, ...(jwk.kid ? { kid: jwk.kid } : {}) });
  const { caseManagement, agencies } = directory.current;
  const cdas = agencies.find((a) => a.code === 'CDAS');
  const gateway = new ApolloGateway({
    supergraphSdl: readFileSync(process.env.SUPERGRAPH_PATH, 'utf8'),
    buildService: ({ name }) =>
      bare
        ? new RemoteGraphQLDataSource({
            url: name === 'case-management' ? caseManagement.url : cdas.url,
            fetcher: unsignedFetcher(),
          })
        : name === 'case-management'
          ? new StockSignedDataSource(caseManagement.url, shared.CASE_MANAGEMENT_AUDIENCE, signing)
          : new StockSignedDataSource(cdas.url, shared.agencyAudience('CDAS'), signing),
  });
  const server = new ApolloServer({ gateway });
  await startStandaloneServer(server, {
    listen: { port: Number(process.env.PORT), host: '127.0.0.1' },
    context: async ({ req }) => (bare ? {} : { identity: await authenticate(req, directory) }),
  });
  process.stdout.write('ready\n');
  const stop = () => void server.stop().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error) => {
  process.stderr.write(
    `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exit(1);
});
