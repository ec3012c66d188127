import { writeFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { answerHelp, serviceSdl } from '@icp/shared';
import { buildCaseManagementSchema } from '@icp/case-management';
import { buildAgencySchema } from '@icp/agency';
import { apiSchemaSdl } from './api-schema';
import { sdlHash } from './routing/schema-check';
import {
  API_SCHEMA_PATH,
  MANIFEST_PATH,
  SUBGRAPH_NAMES,
  SUPERGRAPH_PATH,
  type SupergraphManifest,
} from './supergraph-files';

export interface Composition {
  supergraphSdl: string;
  manifest: SupergraphManifest;
  /** The supergraph's API schema: what clients see (see ./api-schema). */
  apiSchemaSdl: string;
}

/**
 * Composes the supergraph from the subgraphs' own schemas, with no server running. The agency
 * subgraph is composed once, whatever the number of agencies; URLs are placeholders because the
 * gateway routes by the directory.
 */
export async function composeSupergraph(): Promise<Composition> {
  const subgraphs = [
    {
      name: SUBGRAPH_NAMES.caseManagement,
      sdl: await serviceSdl((await buildCaseManagementSchema()).schema),
    },
    { name: SUBGRAPH_NAMES.agency, sdl: await serviceSdl((await buildAgencySchema()).schema) },
  ];
  const result = composeServices(
    subgraphs.map((s) => ({
      name: s.name,
      typeDefs: parse(s.sdl),
      url: `http://${s.name}.invalid/graphql`,
    })),
  );
  if (result.errors) {
    throw new Error(
      `Composition failed:\n${result.errors.map((e) => `  - ${e.message}`).join('\n')}`,
    );
  }
  return {
    supergraphSdl: result.supergraphSdl,
    apiSchemaSdl: apiSchemaSdl(result.supergraphSdl),
    manifest: {
      // The agency's SDL whole: the gateway compares each agency instance's with it (ADR 0040).
      subgraphs: Object.fromEntries(
        subgraphs.map((s) => [
          s.name,
          {
            sdlSha256: sdlHash(s.sdl),
            ...(s.name === SUBGRAPH_NAMES.agency ? { sdl: s.sdl } : {}),
          },
        ]),
      ),
    },
  };
}

if (require.main === module) {
  answerHelp(`Usage: npm run compose

Builds every package, then composes the supergraph from the subgraphs' own schemas (no server
needs to run) and writes gateway/supergraph.graphql and gateway/supergraph.manifest.json, which
the gateway serves and checks agency instances against, and gateway/api-schema.graphql, the API
schema clients see (web codegen and the API-change check read it). Run it after changing a
schema, then npm run codegen.
`);
  composeSupergraph()
    .then(({ supergraphSdl, manifest, apiSchemaSdl: api }) => {
      writeFileSync(SUPERGRAPH_PATH, supergraphSdl);
      writeFileSync(MANIFEST_PATH, `${JSON.stringify(manifest, null, 2)}\n`);
      writeFileSync(API_SCHEMA_PATH, api);
      process.stdout.write(`Wrote ${SUPERGRAPH_PATH} and ${API_SCHEMA_PATH}\n`);
    })
    .catch((error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    });
}
