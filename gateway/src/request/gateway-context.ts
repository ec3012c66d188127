import type { BaseContext } from '@apollo/server';
import type { ConsentCategory, Identity } from '@icp/shared';

/** The gateway's per-request context. */
export interface GatewayContext extends BaseContext {
  /** The verified caller. */
  identity: Identity;
  /**
   * The consent categories the subgraphs said they disclosed for this request (their
   * `disclosedCategories` response extension), gathered by the data sources; the re-disclosure
   * notice is decided from it.
   */
  disclosedCategories: Set<ConsentCategory>;
}
