import { createContext, useContext } from 'react';
import type { Language } from '../i18n';
import type { AuthStatus, Session } from './gate-view';

export interface SessionValue {
  status: AuthStatus;
  session: Session;
  /** Reads auth.status again, e.g. after a change to the centre's name or the idle time. */
  refresh: () => Promise<void>;
  /** Locks at once: the app unmounts before the server has answered. */
  lock: () => void;
  /** "Switch user": signs out and shows the sign-in screen. */
  signOut: () => Promise<void>;
  /** Changes the interface language and saves it as this user's preference. */
  setLanguage: (language: Language) => Promise<void>;
}

const SessionContext = createContext<SessionValue | null>(null);

export const SessionProvider = SessionContext.Provider;

/** The signed-in session; only pages inside the unlocked app may ask for it. */
export function useSession(): SessionValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession() must be used inside the signed-in app');
  return value;
}

/** The session when one is on screen; null on the screens before sign-in. */
export function useOptionalSession(): SessionValue | null {
  return useContext(SessionContext);
}
