import type { BaseContext } from '@apollo/server';
import type { Identity } from '@icp/shared';

/** The gateway's per-request context: the verified caller. */
export interface GatewayContext extends BaseContext {
  identity: Identity;
}
