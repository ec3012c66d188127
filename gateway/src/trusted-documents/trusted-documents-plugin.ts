import type { IncomingMessage } from 'node:http';
import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { HttpError, isProduction } from '@icp/shared';
import {
  PERSISTED_QUERY_NOT_LISTED,
  requestedDocument,
  type TrustedDocumentsOptions,
} from './trusted-documents';

/** What the gateway does with trusted documents: a check before GraphQL, and an Apollo plugin. */
export interface TrustedDocumentsGate<C extends BaseContext> {
  /** Whether only listed operations run (production, unless told otherwise). */
  enforce: boolean;
  /**
   * Before anything is parsed (the gateway calls it while building the request context): throws
   * an HttpError 400 PERSISTED_QUERY_NOT_LISTED for a request that must not run. Enforced: any
   * request that does not name a listed document by id (an unknown or malformed id, a query text
   * alone, an attempt to register an automatic persisted query). In development: only a
   * `documentId`/`id` that names no listed document and comes with no query text to run instead.
   */
  refuseUnlisted(req: IncomingMessage, body: Buffer): void;
  /**
   * Runs the listed document a request names by id, whatever query text it also sends, and keeps
   * Apollo's automatic persisted queries out of it (neither looked up nor registered).
   */
  plugin: ApolloServerPlugin<C>;
}

/** The request as the check sees it: the JSON body of a POST, the query string of a GET. */
function requestOf(req: IncomingMessage, body: Buffer) {
  const search = new URL(req.url ?? '/', 'http://localhost').search;
  const json = (req.headers['content-type'] ?? '').startsWith('application/json');
  let parsed: unknown;
  if (json && body.length > 0) {
    try {
      parsed = JSON.parse(body.toString('utf8'));
    } catch {
      parsed = undefined; // the HTTP layer refuses a body that is not JSON before this runs
    }
  }
  const field = (name: string): unknown =>
    typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)
      ? (parsed as Record<string, unknown>)[name]
      : undefined;
  let extensions = field('extensions');
  if (extensions === undefined && req.method === 'GET') {
    const text = new URLSearchParams(search).get('extensions');
    try {
      extensions = text ? JSON.parse(text) : undefined;
    } catch {
      extensions = undefined;
    }
  }
  const query = field('query') ?? new URLSearchParams(search).get('query') ?? undefined;
  return {
    query: typeof query === 'string' && query.length > 0 ? query : undefined,
    extensions:
      typeof extensions === 'object' && extensions !== null
        ? (extensions as Record<string, unknown>)
        : undefined,
    http: { body: parsed, search },
  };
}

const notListed = (message: string) => new HttpError(400, PERSISTED_QUERY_NOT_LISTED, message);

/** Trusted documents (ADR 0032): the operations the gateway runs by id, enforced in production. */
export function trustedDocumentsGate<C extends BaseContext>(
  o: TrustedDocumentsOptions,
): TrustedDocumentsGate<C> {
  const enforce = o.enforce ?? isProduction();
  return {
    enforce,
    refuseUnlisted(req, body) {
      const request = requestOf(req, body);
      const asked = requestedDocument(request);
      if (asked?.hash && o.manifest.has(asked.hash)) return;
      if (enforce) {
        throw notListed(
          asked
            ? 'The operation this id names is not one this gateway runs'
            : 'This gateway runs only its trusted operations: send the documentId of a listed operation',
        );
      }
      if (asked && asked.via !== 'persistedQuery' && request.query === undefined) {
        throw notListed('No listed operation has this id');
      }
    },
    plugin: {
      async requestDidStart({ request }) {
        const asked = requestedDocument(request);
        const listed = asked?.hash ? o.manifest.get(asked.hash) : undefined;
        if (listed === undefined) return;
        request.query = listed;
        if (request.extensions?.persistedQuery !== undefined) {
          const rest = { ...request.extensions };
          delete rest.persistedQuery;
          request.extensions = rest;
        }
      },
    },
  };
}
