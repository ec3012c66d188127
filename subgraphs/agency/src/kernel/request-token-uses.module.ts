import type { AgencyModule } from './context';
import { RequestTokenUses1764400000181 } from './1764400000181-request-token-uses';

/**
 * The server's own table, which belongs to no feature: the single-use token ids it has accepted
 * (ADR 0039), shared by its replicas. Last in the list, as its migration is the newest.
 */
export const requestTokenUsesModule: AgencyModule = {
  name: 'request-token-uses',
  migrations: [RequestTokenUses1764400000181],
};
