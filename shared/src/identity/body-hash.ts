import { createHash } from 'node:crypto';

/** SHA-256 of the exact request bytes, base64url: binds a signed token to one request body. */
export function bodyHash(body: string | Uint8Array): string {
  return createHash('sha256').update(body).digest('base64url');
}
