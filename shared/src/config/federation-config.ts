import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { z } from 'zod';
import { AGENCY_KINDS, type AgencyKind } from './agency-kind';

const jwk = z
  .object({ kty: z.string(), crv: z.string().optional(), x: z.string().optional() })
  .catchall(z.unknown());

/** A public key: an inline JWK, or a path to a JWK file relative to the config file. */
const keyRef = z.union([jwk, z.string().min(1)]);

export const AGENCY_CODE_PATTERN = /^[A-Z][A-Z0-9]{1,15}$/;

const agencyEntry = z.object({
  code: z.string().regex(AGENCY_CODE_PATTERN, 'agency codes are 2-16 capitals or digits'),
  name: z.string().min(1),
  kind: z.enum(AGENCY_KINDS),
  url: z.url(),
  publicKey: keyRef,
});

const federationFile = z.object({
  gateway: z.object({ publicKey: keyRef }),
  caseManagement: z.object({ url: z.url() }),
  agencies: z.array(agencyEntry),
});

export type PublicJwk = z.infer<typeof jwk>;

export interface AgencyEntry {
  code: string;
  name: string;
  kind: AgencyKind;
  /** The agency subgraph's GraphQL endpoint. */
  url: string;
  /** Verifies the agency's user tokens and its service credentials. */
  publicKey: PublicJwk;
}

export interface FederationConfig {
  gateway: { publicKey: PublicJwk };
  caseManagement: { url: string };
  agencies: AgencyEntry[];
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

function formatIssues(error: z.ZodError): string {
  return error.issues.map((i) => `  - ${i.path.join('.') || '(root)'}: ${i.message}`).join('\n');
}

/** Parses and validates a federation config object; key paths resolve against `baseDir`. */
export function parseFederationConfig(raw: unknown, baseDir: string): FederationConfig {
  const parsed = federationFile.safeParse(raw);
  if (!parsed.success) {
    throw new ConfigError(`Invalid federation config:\n${formatIssues(parsed.error)}`);
  }
  const readKey = (ref: z.infer<typeof keyRef>, what: string): PublicJwk => {
    if (typeof ref !== 'string') return ref;
    const path = resolve(baseDir, ref);
    try {
      return jwk.parse(JSON.parse(readFileSync(path, 'utf8')));
    } catch (cause) {
      throw new ConfigError(`Cannot read the public key of ${what} from ${path}: ${String(cause)}`);
    }
  };
  const codes = new Set<string>();
  for (const a of parsed.data.agencies) {
    if (codes.has(a.code)) throw new ConfigError(`Agency code ${a.code} appears twice`);
    codes.add(a.code);
  }
  return {
    gateway: { publicKey: readKey(parsed.data.gateway.publicKey, 'the gateway') },
    caseManagement: parsed.data.caseManagement,
    agencies: parsed.data.agencies.map((a) => ({
      ...a,
      publicKey: readKey(a.publicKey, `agency ${a.code}`),
    })),
  };
}

/** Reads the federation config (the directory of agencies, their URLs and public keys). */
export function loadFederationConfig(path: string): FederationConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (cause) {
    throw new ConfigError(`Cannot read the federation config at ${path}: ${String(cause)}`);
  }
  return parseFederationConfig(raw, dirname(resolve(path)));
}
