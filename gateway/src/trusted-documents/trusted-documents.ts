import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

/** The code of a refused request whose operation is not in the trusted-documents manifest. */
export const PERSISTED_QUERY_NOT_LISTED = 'PERSISTED_QUERY_NOT_LISTED';

/** The operations the gateway may run, each by the sha256 (hex) of its exact document text. */
export type TrustedDocumentManifest = ReadonlyMap<string, string>;

export interface TrustedDocumentsOptions {
  /** The manifest: persisted-documents.json as `npm run codegen` writes it (hash → document). */
  manifest: TrustedDocumentManifest;
  /**
   * Refuse every operation not in the manifest, by id: production. When false (development)
   * anything valid runs, and a listed id is still resolved to its document. Default: whether
   * NODE_ENV is production.
   */
  enforce?: boolean;
}

const SHA256_HEX = /^[0-9a-f]{64}$/;

export const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * A manifest from its JSON: an object of `"<sha256 hex>": "<document>"`, the persisted-documents
 * format of GraphQL Code Generator's client preset. Each hash must be that of its document, so a
 * hand-edited document cannot hide behind a listed id.
 */
export function parseTrustedDocuments(json: string): Map<string, string> {
  const parsed: unknown = JSON.parse(json);
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error('a trusted-documents manifest is a JSON object of sha256 hash → document');
  }
  const manifest = new Map<string, string>();
  for (const [hash, document] of Object.entries(parsed)) {
    if (!SHA256_HEX.test(hash) || typeof document !== 'string') {
      throw new Error(`"${hash.slice(0, 80)}" is not a sha256 hash (hex) of a document`);
    }
    if (sha256Hex(document) !== hash) {
      throw new Error(`the document listed as ${hash} does not have that hash`);
    }
    manifest.set(hash, document);
  }
  if (manifest.size === 0) throw new Error('the trusted-documents manifest lists no operation');
  return manifest;
}

export function readTrustedDocuments(path: string): Map<string, string> {
  return parseTrustedDocuments(readFileSync(path, 'utf8'));
}

/** What identifies the document a request asks for, if it names one by id. */
export interface RequestedDocument {
  /** The sha256 hex the request names, or null when the id is malformed. */
  hash: string | null;
  /** How it was named: Apollo's APQ extension, or a `documentId` / `id` parameter. */
  via: 'persistedQuery' | 'documentId' | 'id';
}

const stringParam = (from: unknown, name: string): string | undefined => {
  if (typeof from !== 'object' || from === null) return undefined;
  const value = (from as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : undefined;
};

const asHash = (id: string, prefixed: boolean): string | null => {
  const hex = (prefixed && id.toLowerCase().startsWith('sha256:') ? id.slice(7) : id).toLowerCase();
  return SHA256_HEX.test(hex) ? hex : null;
};

/**
 * The document id a request carries, in any of the forms clients send: `documentId`
 * (`sha256:<hex>` as the GraphQL-over-HTTP persisted-documents proposal has it, or bare hex) or
 * `id` (bare hex), in a POST body or the GET query string, or Apollo's automatic persisted
 * query extension (`extensions.persistedQuery.sha256Hash`).
 */
export function requestedDocument(request: {
  extensions?: Record<string, unknown> | undefined;
  http?: { body?: unknown; search?: string } | undefined;
}): RequestedDocument | undefined {
  const search = new URLSearchParams(request.http?.search ?? '');
  const body = request.http?.body;
  const documentId = stringParam(body, 'documentId') ?? search.get('documentId') ?? undefined;
  if (documentId !== undefined) return { hash: asHash(documentId, true), via: 'documentId' };
  const id = stringParam(body, 'id') ?? search.get('id') ?? undefined;
  if (id !== undefined) return { hash: asHash(id, false), via: 'id' };
  const persisted = request.extensions?.persistedQuery;
  if (persisted !== undefined) {
    const hash = stringParam(persisted, 'sha256Hash');
    return { hash: hash === undefined ? null : asHash(hash, false), via: 'persistedQuery' };
  }
  return undefined;
}
