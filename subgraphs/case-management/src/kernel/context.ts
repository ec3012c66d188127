import type { DataSource } from 'typeorm';
import type {
  CaseManagementCredentials,
  ConsentContext,
  Directory,
  DisclosureAudit,
  Logger,
  ProtectedField,
  ReplayStore,
  SecurityEvents,
  SubgraphModule,
  UnitOfWork,
} from '@icp/shared';

/**
 * The process-wide services of case-management. This interface names only what the server
 * itself provides; each module adds its own services to it (declaration merging, in its
 * `*.module.ts`), so that no file here names every feature (ADR 0022).
 */
export interface CmServices {
  dataSource: DataSource;
  /** The one way to write: joins the caller's transaction or opens one. */
  uow: UnitOfWork;
  directory: Directory;
  logger: Logger;
  /** Signs case-management's calls to agency instances; null without a private key. */
  agencyCallCredentials: CaseManagementCredentials | null;
  /** The schema's protected fields, set once the schema is built (for consent previews). */
  protectedFields: readonly ProtectedField[];
  /** What this subgraph disclosed, in its own database (written by the subgraph server). */
  audit: DisclosureAudit;
  /** Reads this subgraph refused, in its own database (written by the subgraph server). */
  securityEvents: SecurityEvents;
  /**
   * The single-use token ids already used (ADR 0039), in this subgraph's database, shared by its
   * replicas: gateway tokens and agencies' service credentials.
   */
  replay: ReplayStore;
}

/** The per-request DataLoaders; each module adds its own. */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by modules
export interface CmLoaders {}

/** The per-request context: identity, consent guard and this request's loaders. */
export interface CmContext extends ConsentContext {
  loaders: CmLoaders;
  services: CmServices;
}

/** A feature folder of case-management, as its `*.module.ts` declares it. */
export type CmModule = SubgraphModule<CmServices, CmLoaders, CmContext>;
