import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import type { JWK } from 'jose';
import { z } from 'zod';
import { AGENCY_KINDS, EMERGENCY_ACCESS_KINDS, type AgencyKind } from './agency-kind';
import { ROLES, type Role } from '../identity/roles';

/** The most an agency's directory entry may set `maxTokenAgeHours` to: a day. */
export const MAX_TOKEN_AGE_HOURS_LIMIT = 24;

/** The most an agency's directory entry may set `timeoutMs` to: a minute. */
export const MAX_AGENCY_TIMEOUT_MS = 60_000;

/**
 * The roles any agency may grant: its own staff's work on cases, managing its own staff records
 * (which acts only on the agency's own subgraph), and signing in its service users to their own
 * plan (SERVICE_USER, ADR 0049: any agency may lead a case, and case-management checks on every
 * read that the issuing agency leads the person's open case).
 */
export const DEFAULT_GRANTABLE_ROLES: readonly Role[] = [
  'KEY_WORKER',
  'CASE_MANAGER',
  'SUPERVISOR',
  'AGENCY_ADMIN',
  'SERVICE_USER',
];

const jwk = z
  .object({ kty: z.string(), crv: z.string().optional(), x: z.string().optional() })
  .catchall(z.unknown());

/** A public key: an inline JWK, or a path to a JWK file relative to the config file. */
const keyRef = z.union([jwk, z.string().min(1)]);

export const AGENCY_CODE_PATTERN = /^[A-Z][A-Z0-9]{1,15}$/;

/**
 * The signature algorithms an agency's OpenID Connect provider may sign its users' tokens with;
 * each directory entry allows some of them (`identityProvider.algorithms`, default RS256).
 */
export const IDENTITY_PROVIDER_ALGORITHMS = ['RS256', 'ES256', 'EdDSA'] as const;
export type IdentityProviderAlgorithm = (typeof IDENTITY_PROVIDER_ALGORITHMS)[number];

/** A claim of a provider's token: its name, or a dotted path into nested claims. */
const claimName = z.string().min(1).max(200);

const identityProviderEntry = z
  .object({
    issuer: z.url(),
    jwksUri: z.url(),
    audience: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).optional(),
    algorithms: z.array(z.enum(IDENTITY_PROVIDER_ALGORITHMS)).min(1).optional(),
    claims: z
      .object({
        userId: claimName.optional(),
        roles: claimName.optional(),
        roleMap: z
          .record(z.string().min(1), z.union([z.enum(ROLES), z.array(z.enum(ROLES))]))
          .optional(),
        name: claimName.optional(),
        serviceUser: claimName.optional(),
        agency: claimName.optional(),
        agencyValue: z.string().min(1).optional(),
      })
      .strict()
      .optional(),
    acceptStaticKeyTokens: z.boolean().optional(),
  })
  .strict();

const agencyEntry = z.object({
  code: z.string().regex(AGENCY_CODE_PATTERN, 'agency codes are 2-16 capitals or digits'),
  name: z.string().min(1),
  kind: z.enum(AGENCY_KINDS),
  url: z.url(),
  publicKey: keyRef,
  grantableRoles: z.array(z.enum(ROLES)).optional(),
  emergencyAccess: z.boolean().optional(),
  maxTokenAgeHours: z.number().positive().max(MAX_TOKEN_AGE_HOURS_LIMIT).optional(),
  identityProvider: identityProviderEntry.optional(),
  timeoutMs: z.number().int().positive().max(MAX_AGENCY_TIMEOUT_MS).optional(),
});

const federationFile = z.object({
  gateway: z.object({ publicKey: keyRef }),
  caseManagement: z.object({ url: z.url(), publicKey: keyRef.optional() }),
  agencies: z.array(agencyEntry),
});

/** A public key as a JWK (Ed25519 in this federation). */
export type PublicJwk = JWK;

/**
 * An agency's own OpenID Connect provider (ADR 0033): the gateway accepts the users' tokens it
 * signs with a key of its JWKS, and reads the user's id, roles and name from the claims named here.
 */
export interface IdentityProviderConfig {
  /** The provider's issuer identifier: a token's `iss` must be exactly this. */
  issuer: string;
  /** Where the provider publishes its signing keys (its JWKS); fetched, cached and refetched. */
  jwksUri: string;
  /** The audience (`aud`) the gateway requires; default USER_TOKEN_AUDIENCE, `icp-gateway`. */
  audience?: string | string[];
  /** The algorithms allowed for this provider's tokens; default `['RS256']`. */
  algorithms?: IdentityProviderAlgorithm[];
  /** Which claims carry what; each a claim name or a dotted path into nested claims. */
  claims?: {
    /** default `sub` */
    userId?: string;
    /** The claim holding the provider's group or role names (an array, or one); default `roles`. */
    roles?: string;
    /**
     * The provider's names for this product's roles (e.g. `"probation-officers": "KEY_WORKER"`).
     * With a map, only mapped names give roles; without one, only names that are this product's
     * role names do. Either way the gateway then keeps only the entry's grantableRoles.
     */
    roleMap?: Record<string, Role | Role[]>;
    /** default `name` */
    name?: string;
    /**
     * The claim binding a SERVICE_USER to their service-user id (ADR 0049); default
     * `service_user_id`. Only a token with the SERVICE_USER role may carry it, and such a token
     * must carry it.
     */
    serviceUser?: string;
    /**
     * A claim naming the user's agency; required when several entries share one issuer. A token
     * whose claim is not `agencyValue` (default: the agency code) is not this agency's.
     */
    agency?: string;
    agencyValue?: string;
  };
  /**
   * Also accept user tokens signed with the entry's `publicKey` (issuer = the agency code), as
   * from `npm run token`. Default false: with a provider named, only its tokens are accepted.
   */
  acceptStaticKeyTokens?: boolean;
}

export interface AgencyEntry {
  code: string;
  name: string;
  kind: AgencyKind;
  /** The agency subgraph's GraphQL endpoint. */
  url: string;
  /**
   * Verifies the agency's service credentials, and its user tokens unless it names an
   * `identityProvider` (then only with `acceptStaticKeyTokens`).
   */
  publicKey: PublicJwk;
  /**
   * The roles this agency's identity provider may give its users. Co-ordinator roles act across
   * every case, so only agencies the federation names may grant them.
   */
  grantableRoles: Role[];
  /**
   * Whether its staff may open emergency ("break-glass") access. Absent: by its kind
   * (EMERGENCY_ACCESS_KINDS, the health and care services); see allowsEmergencyAccess.
   */
  emergencyAccess?: boolean;
  /**
   * How long its user tokens may be valid: `exp` at most this many hours after `iat` (at most
   * MAX_TOKEN_AGE_HOURS_LIMIT). Absent: DEFAULT_MAX_TOKEN_AGE_HOURS, 12.
   */
  maxTokenAgeHours?: number;
  /**
   * How long the gateway waits for this agency's answer, in ms (at most MAX_AGENCY_TIMEOUT_MS).
   * Absent: the gateway's subgraph timeout (SUBGRAPH_TIMEOUT_MS, default 5000). See ADR 0034.
   */
  timeoutMs?: number;
  /**
   * The agency's own OpenID Connect provider. Absent: its users' tokens are signed with
   * `publicKey`'s private half, with the agency code as issuer.
   */
  identityProvider?: IdentityProviderConfig;
}

/** Whether an agency's staff may open emergency access: its entry says so, else its kind does. */
export function allowsEmergencyAccess(
  entry: Pick<AgencyEntry, 'kind' | 'emergencyAccess'>,
): boolean {
  return entry.emergencyAccess ?? EMERGENCY_ACCESS_KINDS.includes(entry.kind);
}

export interface FederationConfig {
  gateway: { publicKey: PublicJwk };
  caseManagement: {
    url: string;
    /**
     * Verifies case-management's signed calls to an agency's internal routes (whether a key
     * worker is on the agency's staff). Without it, agencies answer no such call.
     */
    publicKey?: PublicJwk;
  };
  agencies: AgencyEntry[];
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

function formatIssues(error: z.ZodError): string {
  return error.issues.map((i) => `  - ${i.path.join('.') || '(root)'}: ${i.message}`).join('\n');
}

/**
 * Agencies may share one identity provider (one issuer), but then a token must say whose user it
 * is: every entry naming that issuer names the claim that carries the agency, with distinct values.
 */
function checkSharedIssuers(
  agencies: readonly { code: string; identityProvider?: IdentityProviderConfig | undefined }[],
): void {
  const byIssuer = new Map<string, { code: string; idp: IdentityProviderConfig }[]>();
  for (const a of agencies) {
    if (!a.identityProvider) continue;
    const list = byIssuer.get(a.identityProvider.issuer) ?? [];
    list.push({ code: a.code, idp: a.identityProvider });
    byIssuer.set(a.identityProvider.issuer, list);
  }
  for (const [issuer, entries] of byIssuer) {
    if (entries.length < 2) continue;
    const missing = entries.filter((e) => !e.idp.claims?.agency).map((e) => e.code);
    if (missing.length > 0)
      throw new ConfigError(
        `Agencies ${entries.map((e) => e.code).join(', ')} share the identity provider ${issuer}: each must name its claims.agency (missing for ${missing.join(', ')})`,
      );
    const values = entries.map(
      (e) => `${e.idp.claims!.agency}=${e.idp.claims!.agencyValue ?? e.code}`,
    );
    if (new Set(values).size !== values.length)
      throw new ConfigError(
        `Agencies ${entries.map((e) => e.code).join(', ')} share the identity provider ${issuer} with the same agency claim value`,
      );
  }
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
  checkSharedIssuers(parsed.data.agencies);
  return {
    gateway: { publicKey: readKey(parsed.data.gateway.publicKey, 'the gateway') },
    caseManagement: {
      url: parsed.data.caseManagement.url,
      ...(parsed.data.caseManagement.publicKey
        ? { publicKey: readKey(parsed.data.caseManagement.publicKey, 'case-management') }
        : {}),
    },
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
