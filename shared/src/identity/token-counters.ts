/**
 * Process-wide counts of token signatures and verifications (EdDSA), by who signed (issuer) or
 * who verified (audience). Read by the benchmarks to report the signing work per request; cheap
 * enough (one map increment) to stay on in production.
 */
export interface TokenCounts {
  signed: Record<string, number>;
  verified: Record<string, number>;
}

const counts: TokenCounts = { signed: {}, verified: {} };

export function countTokenSigned(issuer: string): void {
  counts.signed[issuer] = (counts.signed[issuer] ?? 0) + 1;
}

export function countTokenVerified(audience: string): void {
  counts.verified[audience] = (counts.verified[audience] ?? 0) + 1;
}

/** A copy of the counts since the process started (or the last reset). */
export function tokenCounts(): TokenCounts {
  return { signed: { ...counts.signed }, verified: { ...counts.verified } };
}

export function resetTokenCounts(): void {
  counts.signed = {};
  counts.verified = {};
}
