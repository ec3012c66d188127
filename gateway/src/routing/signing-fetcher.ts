import type { KeyLike } from 'jose';
import {
  GATEWAY_ISSUER,
  httpPost,
  signRequestToken,
  type HttpAnswer,
  type Identity,
} from '@icp/shared';

/** Private header carrying the identity from willSendRequest to the fetcher; never sent on. */
export const SIGN_AS_HEADER = 'x-icp-sign-as';

/** Header-safe as it is: printable ASCII (JSON escapes control characters itself). */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * The identity as a header value: its JSON, or base64url of it when the JSON is not printable
 * ASCII. A header value must be bytes (Latin-1), and a user's name need not be: "Niamh O’Brien"
 * (U+2019) as raw JSON made every subgraph fetch of hers fail. Most identities are ASCII and skip
 * the encoding and its decoding on every hop. The fetcher reads either (JSON starts with `{`,
 * base64url never does).
 */
export const signAsHeaderValue = (identity: object): string => {
  const json = JSON.stringify(identity);
  return PRINTABLE_ASCII.test(json) ? json : Buffer.from(json).toString('base64url');
};

function readSignAs(raw: string): Identity {
  const json = raw.startsWith('{') ? raw : Buffer.from(raw, 'base64url').toString('utf8');
  return JSON.parse(json) as Identity;
}

export interface SigningKey {
  key: KeyLike;
  kid?: string;
}

type FetchInit = { method?: string; headers?: Record<string, string>; body?: string };

/**
 * Posts `body` to a subgraph with a token the gateway signs for `identity` over those exact bytes
 * (so it cannot be replayed with another body), over the subgraph's kept-alive pool, giving up
 * after `timeoutMs`. What every hop of the gateway sends (SignedDataSource) and what
 * signingFetcher wraps for a stock RemoteGraphQLDataSource.
 */
export async function postSigned(
  url: string,
  o: {
    identity: Identity;
    body: string;
    signing: () => Promise<SigningKey>;
    audience: string;
    timeoutMs: number;
    headers?: Record<string, string>;
    method?: string;
  },
): Promise<HttpAnswer> {
  const { key, kid } = await o.signing();
  const token = await signRequestToken({
    issuer: GATEWAY_ISSUER,
    audience: o.audience,
    identity: o.identity,
    body: o.body,
    key,
    ...(kid ? { kid } : {}),
  });
  // undici's request over a kept-alive pool, not the global fetch: a fraction of the CPU per
  // hop (shared/src/internal-api/http-client.ts, ADRs 0047 and 0050).
  return httpPost(
    url,
    {
      ...(o.method ? { method: o.method } : {}),
      headers: { ...o.headers, authorization: `Bearer ${token}` },
      body: o.body,
    },
    o.timeoutMs,
  );
}

/**
 * A fetcher for a stock RemoteGraphQLDataSource that signs each subgraph request as the gateway
 * does (postSigned), for the identity its willSendRequest put in the SIGN_AS_HEADER: how a stock
 * @apollo/gateway (the benchmarks' peer) or any other RemoteGraphQLDataSource reaches the
 * federation's subgraphs. The answer is the subset of a fetch Response that
 * RemoteGraphQLDataSource reads. The gateway's own hops skip the header (SignedDataSource).
 */
export function signingFetcher(
  signing: () => Promise<SigningKey>,
  audience: string,
  timeoutMs: number,
) {
  return async (url: string, init: FetchInit = {}) => {
    const headers = { ...(init.headers ?? {}) };
    const raw = headers[SIGN_AS_HEADER];
    delete headers[SIGN_AS_HEADER];
    if (!raw) throw new Error('no identity to sign the subgraph request with');
    return postSigned(url, {
      identity: readSignAs(raw),
      body: init.body ?? '',
      signing,
      audience,
      timeoutMs,
      headers,
      ...(init.method ? { method: init.method } : {}),
    });
  };
}
