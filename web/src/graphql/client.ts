import { persistedExchange } from '@urql/exchange-persisted';
import { Client, fetchExchange, gql, type AnyVariables, type TypedDocumentNode } from 'urql';
import type { TypedDocumentString } from './generated/graphql';

type Meta = { __meta__?: { hash?: string } };
const parsed = new WeakMap<object, TypedDocumentNode<unknown, AnyVariables>>();

/**
 * The generated document (a string with its trusted-document hash in `__meta__`) parsed once,
 * keeping the hash: urql keys requests by the parsed document, and the persisted exchange sends
 * the hash instead of the text.
 */
export function toDocument<R, V extends AnyVariables>(
  doc: TypedDocumentString<R, V>,
): TypedDocumentNode<R, V> {
  let node = parsed.get(doc);
  if (!node) {
    node = Object.assign(gql(doc.toString()), { __meta__: (doc as Meta).__meta__ });
    parsed.set(doc, node);
  }
  return node as TypedDocumentNode<R, V>;
}

export interface ClientOptions {
  url: string;
  token: () => string | undefined;
  /** Called when the gateway refuses the token (401): the session is over. */
  onUnauthenticated: () => void;
}

/**
 * The GraphQL client. No normalised or document cache: every view asks the gateway afresh
 * (`network-only`), so personal data is never kept in the page beyond the view showing it and a
 * consent withdrawn is never outlived by a cached answer. Every operation goes by its trusted
 * document id (ADR 0032): the gateway in production runs nothing else.
 */
export function createGraphqlClient(o: ClientOptions): Client {
  return new Client({
    url: o.url,
    requestPolicy: 'network-only',
    preferGetMethod: false,
    exchanges: [
      persistedExchange({
        enforcePersistedQueries: true,
        enableForMutation: true,
        preferGetForPersistedQueries: false,
        generateHash: async (_query, document) => (document as Meta).__meta__?.hash ?? null,
      }),
      fetchExchange,
    ],
    fetchOptions: () => {
      const token = o.token();
      const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
      return { headers };
    },
    fetch: async (input, init) => {
      const res = await fetch(input, init);
      if (res.status === 401) o.onUnauthenticated();
      return res;
    },
  });
}
