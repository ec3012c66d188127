import { writeFileSync } from 'node:fs';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { serviceSdl } from '@icp/shared';
import { buildCaseManagementSchema } from '@icp/case-management';
import { buildAgencySchema } from '@icp/agency';
import { sdlHash } from './routing/schema-check';
import {
  MANIFEST_PATH,
  SUBGRAPH_NAMES,
  SUPERGRAPH_PATH,
  type SupergraphManifest,
} from './supergraph-files';

export interface Composition {
  supergraphSdl: string;
  manifest: SupergraphManifest;
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
    manifest: {
      subgraphs: Object.fromEntries(subgraphs.map((s) => [s.name, { sdlSha256: sdlHash(s.sdl) }])),
    },
  };
}

if (require.main === module) {
  composeSupergraph()
    .then(({ supergraphSdl, manifest }) => {
      writeFileSync(SUPERGRAPH_PATH, supergraphSdl);
      writeFileSync(MANIFEST_PATH, `${JSON.stringify(manifest, null, 2)}\n`);
      process.stdout.write(`Wrote ${SUPERGRAPH_PATH}\n`);
    })
    .catch((error: unknown) => {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    });
}
