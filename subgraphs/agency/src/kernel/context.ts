import type { DataSource } from 'typeorm';
import {
  CachedConsentDecider,
  ConsentGuard,
  type ConsentDecisionCache,
  RemoteConsentDecider,
  type ConsentContext,
  type Directory,
  type DisclosureAudit,
  type Identity,
  type Logger,
  type ModuleSet,
  type SecurityEvents,
  type OnBehalfOf,
  type ReplayStore,
  type ServiceCredentials,
  type SubgraphModule,
  type UnitOfWork,
} from '@icp/shared';

/**
 * The process-wide services of one agency instance. This interface names only what the server
 * itself provides; each module adds its own services to it (declaration merging, in its
 * `*.module.ts`), so that no file here names every feature (ADR 0022).
 */
export interface AgencyServices {
  agencyCode: string;
  /** The federation directory (agencies, case-management's URL and key), re-read as it changes. */
  directory: Directory;
  dataSource: DataSource;
  /** The one way to write: joins the caller's transaction or opens one. */
  uow: UnitOfWork;
  logger: Logger;
  /** This agency's signed credentials towards case-management. */
  credentials: ServiceCredentials;
  /** What this instance disclosed, in its own database (written by the subgraph server). */
  audit: DisclosureAudit;
  /** Reads this instance refused, in its own database (written by the subgraph server). */
  securityEvents: SecurityEvents;
  /** Consent decisions from case-management, kept while fresh enough (ADR 0025). */
  consentDecisions: ConsentDecisionCache;
  /**
   * The single-use token ids already used (ADR 0039), in this instance's database, shared by its
   * replicas: the gateway's tokens and case-management's calls.
   */
  replay: ReplayStore;
}

/** The per-request DataLoaders; each module adds its own. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by modules
export interface AgencyLoaders {}

/** The per-request context: identity, consent guard, the request's proof and its loaders. */
export interface AgencyContext extends ConsentContext {
  agencyCode: string;
  /** The request being served, with the gateway's proof of it, for calls to case-management. */
  behalf: OnBehalfOf;
  loaders: AgencyLoaders;
  services: AgencyServices;
}

/** A feature folder of the agency subgraph, as its `*.module.ts` declares it. */
export type AgencyModule = SubgraphModule<AgencyServices, AgencyLoaders, AgencyContext>;

/** The agency subgraph's modules, as one set. */
export type AgencyModuleSet = ModuleSet<AgencyServices, AgencyLoaders, AgencyContext>;

/** @param gatewayToken the gateway's token for this request: proof of the reader towards case-management */
export function createContext(
  modules: AgencyModuleSet,
  services: AgencyServices,
  identity: Identity,
  gatewayToken: string,
): AgencyContext {
  const behalf = { identity, gatewayToken };
  const ctx = {
    identity,
    agencyCode: services.agencyCode,
    behalf,
    consent: new ConsentGuard(
      identity,
      new CachedConsentDecider(
        services.consentDecisions,
        new RemoteConsentDecider(services.credentials, behalf),
        identity.consentEpoch,
      ),
      (err) => services.logger.error({ err }, 'consent decision failed; denying'),
    ),
    services,
  } as Omit<AgencyContext, 'loaders'> as AgencyContext;
  ctx.loaders = modules.loadersFor(ctx);
  return ctx;
}
