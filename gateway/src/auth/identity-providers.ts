import {
  createRemoteJWKSet,
  errors as joseErrors,
  jwtVerify,
  type JWTPayload,
  type JWTVerifyGetKey,
} from 'jose';
import {
  SERVICE_USER_CLAIM,
  USER_TOKEN_AUDIENCE,
  UserTokenError,
  checkTokenLifetime,
  displayName,
  isProduction,
  isRole,
  type AgencyEntry,
  type Directory,
  type IdentityProviderAlgorithm,
  type IdentityProviderConfig,
  type Logger,
  type Role,
  type UserClaims,
  type UserTokenPolicy,
} from '@icp/shared';

/** The `extensions.reason` of a 401 given because an agency's identity provider cannot be asked. */
export const IDP_UNAVAILABLE = 'IDP_UNAVAILABLE';

/** The algorithms a provider's tokens may use when its directory entry names none. */
export const DEFAULT_IDENTITY_PROVIDER_ALGORITHMS: readonly IdentityProviderAlgorithm[] = ['RS256'];

/** How the gateway fetches and keeps the providers' signing keys (jose's remote key sets). */
export interface IdentityProviderOptions {
  /** How long fetched keys are used before they are fetched again; default 10 minutes. */
  cacheMaxAgeMs?: number;
  /**
   * The least time between two fetches of one provider's keys, when a token names a key (`kid`)
   * the keys in hand lack (a rotation); default 30 s.
   */
  cooldownMs?: number;
  /** How long a fetch of the keys may take; default 5 s. */
  timeoutMs?: number;
}

/** An agency entry that names its own identity provider. */
export type ProviderAgency = AgencyEntry & { identityProvider: IdentityProviderConfig };

/** Longest user id taken from a provider's token (the staff id the agencies store). */
const MAX_USER_ID_LENGTH = 200;

/** The provider's keys could not be fetched or read: the token is refused, and this says why. */
class ProviderUnavailable extends Error {
  constructor(readonly detail: string) {
    super(detail);
  }
}

/** A claim by its name, or else by a dotted path into nested claims (`realm_access.roles`). */
function claimValue(payload: JWTPayload, name: string): unknown {
  if (Object.hasOwn(payload, name)) return payload[name];
  let value: unknown = payload;
  for (const part of name.split('.')) {
    if (typeof value !== 'object' || value === null || !Object.hasOwn(value, part))
      return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** The agency a token's agency claim names, for entries that set `claims.agency`. */
function agencyClaimMatches(payload: JWTPayload, agency: ProviderAgency): boolean {
  const claims = agency.identityProvider.claims;
  if (!claims?.agency) return true;
  return claimValue(payload, claims.agency) === (claims.agencyValue ?? agency.code);
}

/**
 * The product's roles from a provider's token: the names in the roles claim (an array, or one
 * string), through the entry's roleMap when it has one, else only names that are roles already.
 */
export function mapProviderRoles(payload: JWTPayload, idp: IdentityProviderConfig): Role[] {
  const value = claimValue(payload, idp.claims?.roles ?? 'roles');
  const names = (Array.isArray(value) ? value : [value]).filter(
    (v): v is string => typeof v === 'string',
  );
  const map = idp.claims?.roleMap;
  const roles = map
    ? names.flatMap((n) => {
        const mapped = Object.hasOwn(map, n) ? map[n] : undefined;
        return mapped === undefined ? [] : Array.isArray(mapped) ? mapped : [mapped];
      })
    : names;
  return [...new Set(roles.filter(isRole))];
}

/** What went wrong with a provider's keys, for the log: never anything from the token. */
function describe(error: unknown): string {
  if (error instanceof joseErrors.JOSEError) return `${error.code}: ${error.message}`;
  if (error instanceof Error) {
    const code = (error as NodeJS.ErrnoException).code;
    return code ? `${code}: ${error.message}` : error.message;
  }
  return String(error);
}

/**
 * The agencies' own OpenID Connect providers (ADR 0033). A directory entry names its provider's
 * issuer and JWKS address; the keys are fetched from that address only (never from anything a
 * token says), kept for `cacheMaxAgeMs`, and fetched again when a token names a key not in hand
 * (a rotation, at most once per `cooldownMs`), so rotating keys needs no restart. A provider whose
 * keys cannot be fetched or read fails closed: 401 with reason IDP_UNAVAILABLE, and a log line.
 */
export class IdentityProviders {
  /** One remote key set per JWKS address (agencies sharing a provider share its keys). */
  private readonly keySets = new Map<string, JWTVerifyGetKey>();

  constructor(
    private readonly logger: Logger,
    private readonly options: IdentityProviderOptions = {},
  ) {}

  /**
   * The agency whose provider issued a token, from its (not yet verified) `iss` and, when several
   * entries share the issuer, its agency claim; undefined when no entry names that issuer.
   * @throws UserTokenError when the issuer is a provider's but no agency of it matches
   */
  agencyFor(payload: JWTPayload, directory: Directory): ProviderAgency | undefined {
    if (typeof payload.iss !== 'string') return undefined;
    const candidates = directory
      .agencies()
      .filter((a): a is ProviderAgency => a.identityProvider?.issuer === payload.iss);
    if (candidates.length === 0) return undefined;
    const agency = candidates.find((a) => agencyClaimMatches(payload, a));
    if (!agency) throw new UserTokenError('token agency claim names no agency of its provider');
    return agency;
  }

  /** Verifies a token of the agency's provider and reads the user from its claims. */
  async verify(
    token: string,
    agency: ProviderAgency,
    policy: UserTokenPolicy = {},
  ): Promise<UserClaims> {
    const idp = agency.identityProvider;
    try {
      const { payload } = await jwtVerify(token, this.keysOf(agency), {
        issuer: idp.issuer,
        audience: idp.audience ?? USER_TOKEN_AUDIENCE,
        algorithms: [...(idp.algorithms ?? DEFAULT_IDENTITY_PROVIDER_ALGORITHMS)],
        clockTolerance: 5,
      });
      checkTokenLifetime(payload, agency.code, policy);
      if (!agencyClaimMatches(payload, agency))
        throw new UserTokenError('token agency claim is not the agency');
      const userId = claimValue(payload, idp.claims?.userId ?? 'sub');
      if (typeof userId !== 'string' || userId.length === 0 || userId.length > MAX_USER_ID_LENGTH)
        throw new UserTokenError(
          'token rejected: no usable user id claim',
          `The token must carry the user's id (the ${idp.claims?.userId ?? 'sub'} claim, 1-${MAX_USER_ID_LENGTH} characters)`,
        );
      const name = displayName(claimValue(payload, idp.claims?.name ?? 'name'));
      // A service user's binding to their own record (ADR 0049), checked by authenticate.
      const serviceUserClaim = claimValue(payload, idp.claims?.serviceUser ?? SERVICE_USER_CLAIM);
      return {
        agencyCode: agency.code,
        userId,
        roles: mapProviderRoles(payload, idp),
        ...(name ? { name } : {}),
        ...(serviceUserClaim !== undefined ? { serviceUserClaim } : {}),
      };
    } catch (error) {
      if (error instanceof ProviderUnavailable) {
        this.logger.warn(
          { agency: agency.code, issuer: idp.issuer, jwksUri: idp.jwksUri, problem: error.detail },
          "identity provider unavailable: its signing keys (JWKS) could not be fetched or read, so its users' tokens are refused (401 IDP_UNAVAILABLE) until it answers",
        );
        throw new UserTokenError(
          `identity provider of ${agency.code} unavailable`,
          "Your agency's identity provider cannot be reached to check your sign-in; try again shortly",
          IDP_UNAVAILABLE,
        );
      }
      if (error instanceof UserTokenError) throw error;
      const reason = error instanceof joseErrors.JOSEError ? error.code : 'invalid';
      throw new UserTokenError(`token rejected: ${reason}`);
    }
  }

  /**
   * The provider's keys as jose's remote key set, whose failures to fetch or read them become
   * ProviderUnavailable; a token naming no key of the set (or an ambiguous one) stays an invalid
   * token.
   */
  private keysOf(agency: ProviderAgency): JWTVerifyGetKey {
    const { jwksUri } = agency.identityProvider;
    return async (header, token) => {
      if (isProduction() && new URL(jwksUri).protocol !== 'https:')
        throw new ProviderUnavailable('in production the JWKS address must use https');
      try {
        return await this.keySet(jwksUri)(header, token);
      } catch (error) {
        if (
          error instanceof joseErrors.JWKSNoMatchingKey ||
          error instanceof joseErrors.JWKSMultipleMatchingKeys
        )
          throw error;
        throw new ProviderUnavailable(describe(error));
      }
    };
  }

  private keySet(jwksUri: string): JWTVerifyGetKey {
    let set = this.keySets.get(jwksUri);
    if (!set) {
      set = createRemoteJWKSet(new URL(jwksUri), {
        ...(this.options.cacheMaxAgeMs !== undefined
          ? { cacheMaxAge: this.options.cacheMaxAgeMs }
          : {}),
        ...(this.options.cooldownMs !== undefined
          ? { cooldownDuration: this.options.cooldownMs }
          : {}),
        ...(this.options.timeoutMs !== undefined
          ? { timeoutDuration: this.options.timeoutMs }
          : {}),
      });
      this.keySets.set(jwksUri, set);
    }
    return set;
  }
}
