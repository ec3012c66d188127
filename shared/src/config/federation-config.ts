import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { JWK } from 'jose';
import { z } from 'zod';
import { AGENCY_KINDS, type AgencyKind } from './agency-kind';
import { ROLES, type Role } from '../identity/roles';

/** The roles any agency may grant: its own staff's work on cases. */
export const DEFAULT_GRANTABLE_ROLES: readonly Role[] = [
  'KEY_WORKER',
  'CASE_MANAGER',
  'SUPERVISOR',
];

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
  grantableRoles: z.array(z.enum(ROLES)).optional(),
});

const federationFile = z.object({
  gateway: z.object({ publicKey: keyRef }),
  caseManagement: z.object({ url: z.url() }),
  agencies: z.array(agencyEntry),
});

/** A public key as a JWK (Ed25519 in this federation). */
export type PublicJwk = JWK;

export interface AgencyEntry {
  code: string;
  name: string;
  kind: AgencyKind;
  /** The agency subgraph's GraphQL endpoint. */
  url: string;
  /** Verifies the agency's user tokens and its service credentials. */
  publicKey: PublicJwk;
  /**
   * The roles this agency's identity provider may give its users. Co-ordinator roles act across
   * every case, so only agencies the federation names may grant them.
   */
  grantableRoles: Role[];
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
      grantableRoles: a.grantableRoles ?? [...DEFAULT_GRANTABLE_ROLES],
    })),
  };
}

/**
 * Replaces `${NAME}` and `${NAME:-default}` in the config text from the environment, so one
 * directory serves both a single machine and a deployment whose hosts have other names
 * (docker-compose sets CDAS_URL and so on). An unset variable without a default is an error.
 */
export function interpolateEnv(text: string, env: NodeJS.ProcessEnv = process.env): string {
  return text.replace(
    /\$\{([A-Z0-9_]+)(?::-([^}]*))?\}/g,
    (_whole, name: string, fallback?: string) => {
      const value = env[name];
      if (value !== undefined && value !== '') return value;
      if (fallback !== undefined) return fallback;
      throw new ConfigError(`The federation config uses \${${name}}, which is not set`);
    },
  );
}

/** Reads the federation config (the directory of agencies, their URLs and public keys). */
export function loadFederationConfig(path: string): FederationConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(interpolateEnv(readFileSync(path, 'utf8')));
  } catch (cause) {
    if (cause instanceof ConfigError) throw cause;
    throw new ConfigError(`Cannot read the federation config at ${path}: ${String(cause)}`);
  }
  return parseFederationConfig(raw, dirname(resolve(path)));
}
