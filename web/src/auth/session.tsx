import { createContext, useContext } from 'react';
import type { AgencySignIn, AppConfig } from '../config';

export interface Session {
  config: AppConfig;
  agency: AgencySignIn;
  userId: string;
  name: string;
  accessToken: string;
  signOut: () => void;
}

export const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside a signed-in page');
  return session;
}

/** An agency's name from its code, for "{agency} can't be reached right now". */
export function useAgencyName(): (code: string | null | undefined) => string {
  const session = useContext(SessionContext);
  return (code) =>
    session?.config.agencies.find((a) => a.code === code)?.name ?? code ?? 'An agency';
}
