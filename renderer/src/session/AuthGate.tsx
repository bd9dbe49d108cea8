import { Center, Loader } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { Suspense, useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api';
import type { Language } from '../i18n';
import { lazyComponent, whenIdle } from '../routing/lazy-page';
import { resetRoute } from '../routing/reset-route';
import { useLanguage } from '../i18n/useLanguage';
import { ConnectionProblem } from '../pages/auth/ConnectionProblem';
import { HostUnreachableBanner } from '../pages/lan/HostUnreachableBanner';
import { LockScreen } from '../pages/auth/LockScreen';
import { SignInPage } from '../pages/auth/SignInPage';
import { onSessionProblem } from './api-problems';
import { gateView, isSignedInView, type GateState, type GateView } from './gate-view';
import { idleTimeoutMs } from './idle-timeout';
import { SessionProvider, type SessionValue } from './SessionContext';
import { exposeTestDiagnostics } from './test-aids';
import { useIdleLock } from './useIdleLock';
import { prerenderedOnScreen, removePrerendered } from '../prerender/adopt';

// Only the sign-in and lock screens load with the page: the signed-in app, the set-up wizard and
// the rarer screens come as their own chunks when first shown, so the sign-in form appears sooner.
const App = lazyComponent(async () => (await import('../App')).App);
const SetupWizard = lazyComponent(async () => (await import('../pages/setup/SetupWizard')).SetupWizard);
const ForcedPasswordChange = lazyComponent(
  async () => (await import('../pages/auth/ForcedPasswordChange')).ForcedPasswordChange,
);
// Only a PC whose store cannot answer shows it (a PC ready to join the centre PC): its form,
// the port box and the LAN schemas stay out of the start-up script.
const JoinCentreOr = lazyComponent(async () => (await import('../pages/lan/JoinCentre')).JoinCentreOr);
const KeyringProblemPage = lazyComponent(
  async () => (await import('../pages/auth/KeyringProblemPage')).KeyringProblemPage,
);

type LockReason = 'manual' | 'idle' | 'system' | 'server';

/**
 * Decides the whole screen from auth.status: set-up, keyring trouble, sign-in, lock, forced
 * password change, or the app. Locking and signing out unmount the app and empty every
 * cache before anything else happens, so no participant datum stays in the renderer.
 */
export function AuthGate() {
  const api = useApi();
  const queryClient = useQueryClient();
  const { t } = useTranslation();
  const { language, setLanguage: setLocalLanguage } = useLanguage();
  const [state, setState] = useState<GateState>({ phase: 'loading' });
  const [lockedHere, setLockedHere] = useState<{ displayName: string } | null>(null);
  /** Bumped by every lock and sign-out, so a status answer that raced them is thrown away. */
  const generation = useRef(0);
  const languageAppliedFor = useRef<number | null>(null);

  const view: GateView = gateView(state, lockedHere !== null);
  const status = state.phase === 'ready' ? state.status : null;
  const session = status?.session ?? null;
  const viewRef = useRef(view);
  const sessionRef = useRef(session);
  useLayoutEffect(() => {
    viewRef.current = view;
    sessionRef.current = session;
  });

  const askStatus = useCallback(
    async (userActive: boolean) => {
      const asked = generation.current;
      const result = await api['auth.status'](userActive ? { userActive: true } : {});
      if (asked !== generation.current) return;
      setState(result.ok ? { phase: 'ready', status: result.value } : { phase: 'error', error: result.error });
    },
    [api],
  );
  const refresh = useCallback(() => askStatus(false), [askStatus]);

  const forget = useCallback(() => {
    queryClient.clear();
    modals.closeAll();
    notifications.clean();
  }, [queryClient]);

  const lock = useCallback(
    async (reason: LockReason) => {
      const current = sessionRef.current;
      if (!current || !isSignedInView(viewRef.current)) return;
      generation.current += 1;
      setLockedHere({ displayName: current.displayName });
      forget();
      // The OS lock and the server's own lock have already locked the session there.
      if (reason === 'manual' || reason === 'idle') await api['auth.lock']({ reason });
      await refresh();
    },
    [api, forget, refresh],
  );

  const unlock = useCallback(
    async (password: string) => {
      let result = await api['auth.unlock']({ password });
      if (!result.ok && result.error.message === 'errors.auth.not_locked') {
        // Locked here while the server's lock call never arrived: lock there too, then prove the password.
        const locked = await api['auth.lock']({});
        if (locked.ok) result = await api['auth.unlock']({ password });
      }
      if (result.ok) {
        setLockedHere(null);
        await refresh();
      }
      return result;
    },
    [api, refresh],
  );

  const signOut = useCallback(async () => {
    generation.current += 1;
    setState({ phase: 'loading' });
    setLockedHere(null);
    forget();
    resetRoute();
    languageAppliedFor.current = null;
    await api['auth.signOut']({});
    await refresh();
  }, [api, forget, refresh]);

  const setLanguage = useCallback(
    async (next: Language) => {
      await setLocalLanguage(next);
      const result = await api['auth.setLanguage']({ language: next });
      if (result.ok) await refresh();
    },
    [api, refresh, setLocalLanguage],
  );

  useEffect(() => {
    void refresh();
  }, [refresh]);

  // The sign-in screen drawn at build time stays until the app's own screen replaces it:
  // the sign-in form takes it over (SignInPage); any other screen just removes it.
  useLayoutEffect(() => {
    if (view !== 'loading' && view !== 'signIn') removePrerendered();
  }, [view]);

  // Whatever leads away from the app, nothing it fetched may stay behind.
  useLayoutEffect(() => {
    if (view !== 'app') forget();
  }, [view, forget]);

  // The user's saved language applies once per sign-in; a switch made later is saved with the user.
  useEffect(() => {
    if (!session) return;
    if (languageAppliedFor.current === session.userId) return;
    languageAppliedFor.current = session.userId;
    if (session.language !== language) void setLocalLanguage(session.language);
  }, [session, language, setLocalLanguage]);

  useEffect(
    () =>
      onSessionProblem((error) => {
        if (!isSignedInView(viewRef.current)) return;
        if (error.code === 'locked') void lock('server');
        else void refresh();
      }),
    [lock, refresh],
  );

  useEffect(
    () =>
      window.kesher?.onEvent((event) => {
        if (event.type === 'system-lock') void lock('system');
      }),
    [lock],
  );

  const desktop = window.kesher !== undefined;
  useIdleLock({
    enabled: isSignedInView(view),
    timeoutMs: idleTimeoutMs(status?.idleLockMinutes ?? 5, location.search, desktop),
    onIdle: () => void lock('idle'),
    onActiveHeartbeat: () => void askStatus(true),
  });

  useEffect(() => {
    if (!desktop) exposeTestDiagnostics(location.search, queryClient);
  }, [desktop, queryClient]);

  // While someone types their password, the signed-in app's code arrives in idle time.
  useEffect(() => (view === 'signIn' || view === 'lock' ? whenIdle(() => void App.preload()) : undefined), [view]);

  const lockManually = useCallback(() => void lock('manual'), [lock]);
  const sessionValue = useMemo<SessionValue | null>(
    () => (status && session ? { status, session, refresh, lock: lockManually, signOut, setLanguage } : null),
    [status, session, refresh, lockManually, signOut, setLanguage],
  );

  const opening = prerenderedOnScreen() ? null : (
    <Center h="100vh" role="status" aria-label={t('gate.loading')}>
      <Loader />
    </Center>
  );
  return (
    <>
      <Suspense fallback={opening}>{screen()}</Suspense>
      <HostUnreachableBanner retry={refresh} />
    </>
  );

  function screen() {
    switch (view) {
      case 'loading':
        return opening;
      case 'error':
        // A PC without a store, ready to join the centre PC, has nothing to sign in to yet.
        return state.phase === 'error' ? (
          <JoinCentreOr
            otherwise={<ConnectionProblem error={state.error} onRetry={() => void refresh()} />}
            onConnected={refresh}
            problem={state.error}
          />
        ) : null;
      case 'setup':
        return <SetupWizard onDone={refresh} />;
      case 'keyring':
        return (
          <KeyringProblemPage
            problem={status?.store === 'keyring_damaged' ? 'keyring_damaged' : 'keyring_missing'}
            onRecovered={refresh}
            onSignOut={status?.session || status?.locked ? signOut : undefined}
          />
        );
      case 'signIn':
        return <SignInPage onSignedIn={refresh} demo={status?.demoSignIn ?? null} />;
      case 'lock':
        return (
          <LockScreen
            displayName={status?.lockedUser?.displayName ?? lockedHere?.displayName ?? ''}
            onUnlock={unlock}
            onSwitchUser={signOut}
          />
        );
      case 'changePassword':
      case 'app':
        return (
          <SessionProvider value={sessionValue}>{view === 'app' ? <App /> : <ForcedPasswordChange />}</SessionProvider>
        );
    }
  }
}
