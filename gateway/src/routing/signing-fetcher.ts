import type { KeyLike } from 'jose';
import { GATEWAY_ISSUER, signRequestToken, type Identity } from '@icp/shared';
import { postToSubgraph } from './http-fetcher';

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
 * A fetcher for RemoteGraphQLDataSource that signs each subgraph request over the exact bytes it
 * sends (so the token cannot be replayed with another body) and gives up after `timeoutMs`.
 * The answer is the subset of a fetch Response that RemoteGraphQLDataSource reads.
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
    const identity = readSignAs(raw);
    const body = init.body ?? '';
    const { key, kid } = await signing();
    const token = await signRequestToken({
      issuer: GATEWAY_ISSUER,
      audience,
      identity,
      body,
      key,
      ...(kid ? { kid } : {}),
    });
    headers.authorization = `Bearer ${token}`;
    // undici's request over a kept-alive pool, not the global fetch: a fraction of the CPU per
    // hop (http-fetcher.ts, ADRs 0047 and 0050).
    return postToSubgraph(
      url,
      { ...(init.method ? { method: init.method } : {}), headers, body },
      timeoutMs,
    );
  };
}
