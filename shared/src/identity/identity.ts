import type { Role } from './roles';

/** Who is asking: established by the gateway from the agency's token, forwarded signed. */
export interface Identity {
  /** The caller's agency; the reading agency for every consent decision. */
  agencyCode: string;
  /** The user's id in their agency (staff id). */
  userId: string;
  roles: Role[];
  /**
   * For a SERVICE_USER (and only then): the id of the one person the token is bound to (its
   * `service_user_id` claim, ADR 0049). Every consent decision for this reader is about that
   * person alone; the reader never counts as the holder of any record.
   */
  serviceUserId?: string;
  /**
   * The user's display name, as their agency's identity provider gave it (the `name` claim of
   * their token); the agency's subgraph provisions a first-time user's staff record with it.
   */
  name?: string;
  /** Correlates logs and audit entries across the gateway and subgraphs. */
  requestId: string;
  /**
   * The client's operation name, as the gateway received it. Subgraphs only see the names of the
   * gateway's query plan fetches, so the gateway carries the client's in its signed token for the
   * disclosure audit to record. Absent for anonymous operations.
   */
  operationName?: string;
  /**
   * The highest consent epoch of case-management the gateway had seen when it signed the hop
   * (`cep` claim, ADR 0025): a cached consent decision older than it is not used.
   */
  consentEpoch?: number;
}
