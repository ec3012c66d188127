import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where `npm run compose` writes the supergraph and its manifest (committed). */
export const SUPERGRAPH_PATH = join(__dirname, '..', 'supergraph.graphql');
export const MANIFEST_PATH = join(__dirname, '..', 'supergraph.manifest.json');

export const SUBGRAPH_NAMES = { caseManagement: 'case-management', agency: 'agency' } as const;

/** What composition recorded about its inputs: the SDL hash of each subgraph. */
export interface SupergraphManifest {
  subgraphs: Record<string, { sdlSha256: string }>;
}

export function readSupergraph(path = SUPERGRAPH_PATH, manifestPath = MANIFEST_PATH) {
  return {
    supergraphSdl: readFileSync(path, 'utf8'),
    manifest: JSON.parse(readFileSync(manifestPath, 'utf8')) as SupergraphManifest,
  };
}
