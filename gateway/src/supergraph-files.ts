import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Where `npm run compose` writes the supergraph and its manifest (committed). */
export const SUPERGRAPH_PATH = join(__dirname, '..', 'supergraph.graphql');
export const MANIFEST_PATH = join(__dirname, '..', 'supergraph.manifest.json');
/**
 * The supergraph's API schema (what clients may query), written by `npm run compose` beside it
 * for client codegen and the API-change check (committed).
 */
export const API_SCHEMA_PATH = join(__dirname, '..', 'api-schema.graphql');

export const SUBGRAPH_NAMES = { caseManagement: 'case-management', agency: 'agency' } as const;

/**
 * What composition recorded about its inputs: the SDL hash of each subgraph, and the agency
 * subgraph's SDL itself, which the gateway compares each agency instance's with (ADR 0040).
 */
export interface SupergraphManifest {
  subgraphs: Record<string, { sdlSha256: string; sdl?: string }>;
}

export function readSupergraph(path = SUPERGRAPH_PATH, manifestPath = MANIFEST_PATH) {
  return {
    supergraphSdl: readFileSync(path, 'utf8'),
    manifest: JSON.parse(readFileSync(manifestPath, 'utf8')) as SupergraphManifest,
  };
}
