import type { KeyLike } from 'jose';
import { GATEWAY_ISSUER, signRequestToken, type Identity } from '@icp/shared';

/** Private header carrying the identity from willSendRequest to the fetcher; never sent on. */
export const SIGN_AS_HEADER = 'x-icp-sign-as';

export interface SigningKey {
  key: KeyLike;
  kid?: string;
}

type FetchInit = { method?: string; headers?: Record<string, string>; body?: string };

/**
 * A fetcher for RemoteGraphQLDataSource that signs each subgraph request over the exact bytes it
 * sends (so the token cannot be replayed with another body) and gives up after `timeoutMs`.
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
    const identity = JSON.parse(raw) as Identity;
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
    return fetch(url, { ...init, headers, body, signal: AbortSignal.timeout(timeoutMs) }) as never;
  };
}
