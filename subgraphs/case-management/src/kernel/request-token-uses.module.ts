import type { CmModule } from './context';
import { RequestTokenUses1764400000180 } from './1764400000180-request-token-uses';

/**
 * The server's own table, which belongs to no feature: the single-use token ids it has accepted
 * (ADR 0039), shared by its replicas. Last in the list, as its migration is the newest.
 */
export const requestTokenUsesModule: CmModule = {
  name: 'request-token-uses',
  migrations: [RequestTokenUses1764400000180],
};
