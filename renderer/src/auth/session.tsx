import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Result, Spin } from 'antd';
import { Suspense, createContext, lazy, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { AuthStatus, Me, Method } from '../../../shared/contract/index';
import type { Role } from '../../../shared/domain/account';
import { call, onSignInRequired, type SignInReason } from '../api/client';
import { useI18n } from '../i18n';
import { mayCall } from './access';
import { takeArrivedAuthStatus, takeAuthStatus } from './early-status';

// The sign-in and first-run forms (antd's Form, its validator) load only when someone must sign in: a
// signed-in start-up (the desktop app, a kept session) never waits for them.
const SetupPage = lazy(() => import('./SetupPage').then((m) => ({ default: m.SetupPage })));
const SignInPage = lazy(() => import('./SignInPage').then((m) => ({ default: m.SignInPage })));

/** The signed-in person and what they may do, for every screen below the gate. */
export interface Session {
  me: Me;
  officeName: string | null;
  /** Whether the signed-in person may call this method (the contract's declared roles). */
  can(method: Method): boolean;
  hasRole(role: Role): boolean;
  signOut(): Promise<void>;
}

/**
 * The gate's states. `interrupted`: a call found the session gone (idle limit, signed out elsewhere);
 * the app stays mounted under the sign-in page so the person returns to exactly where they were.
 */
type AuthState =
  | { kind: 'loading' }
  | { kind: 'failed'; message: string }
  | { kind: 'setup' }
  | { kind: 'signed-out'; officeName: string | null; reason: SignInReason | null }
  | { kind: 'signed-in'; me: Me; officeName: string | null }
  | { kind: 'interrupted'; me: Me; officeName: string | null; reason: SignInReason };

const SessionContext = createContext<Session | null>(null);

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside AuthGate');
  return session;
}

/** Shorthand for components that only hide or disable a control. */
export function useCan(): (method: Method) => boolean {
  return useSession().can;
}

function stateOf(status: AuthStatus): AuthState {
  if (status.needsSetup) return { kind: 'setup' };
  if (status.me) return { kind: 'signed-in', me: status.me, officeName: status.officeName };
  return { kind: 'signed-out', officeName: status.officeName, reason: null };
}

/** Shows setup, sign-in or the app, depending on who (if anyone) is signed in. */
export function AuthGate({ children }: { children: ReactNode }) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  // The answer main.tsx asked for while the app loaded is usually here already: no spinner, no extra render.
  const [state, setState] = useState<AuthState>(() => {
    const arrived = takeArrivedAuthStatus();
    return arrived ? (arrived.ok ? stateOf(arrived.status) : { kind: 'failed', message: arrived.error.message }) : { kind: 'loading' };
  });
  const [mountedLoading] = useState(state.kind === 'loading');

  const load = useCallback(async () => {
    try {
      setState(stateOf(await takeAuthStatus()));
    } catch (error) {
      setState({ kind: 'failed', message: (error as Error).message });
    }
  }, []);
  useEffect(() => {
    if (mountedLoading) void load();
  }, [mountedLoading, load]);

  // Any call answered 401 brings the sign-in page up, without reloading the page.
  useEffect(
    () =>
      onSignInRequired((reason) =>
        setState((s) => (s.kind === 'signed-in' ? { kind: 'interrupted', me: s.me, officeName: s.officeName, reason } : s)),
      ),
    [],
  );

  const signedIn = useCallback(
    (me: Me) => {
      if (state.kind === 'interrupted' && state.me.id === me.id) {
        // Same person: keep the screen and its unsaved input, refresh what failed meanwhile. Whatever is still
        // in flight went out under the session that ended and will be refused: drop it and ask again (a
        // refetch would otherwise join the doomed first load and leave the list showing the refusal).
        void queryClient.cancelQueries().then(() => queryClient.invalidateQueries());
      } else {
        // Someone else (or a fresh start): nothing cached for the previous person may show.
        queryClient.clear();
      }
      setState({ kind: 'signed-in', me, officeName: 'officeName' in state ? state.officeName : null });
    },
    [state, queryClient],
  );

  const signOut = useCallback(async () => {
    try {
      await call('auth.logout', {});
    } catch {
      // Already signed out on the server (expired): the page still signs out.
    }
    queryClient.clear();
    await load();
  }, [queryClient, load]);

  const setUp = useCallback(() => {
    queryClient.clear();
    // Read the status again: it now carries the office's name and the new administrator.
    void load();
  }, [queryClient, load]);

  const me = state.kind === 'signed-in' || state.kind === 'interrupted' ? state.me : null;
  const officeName = 'officeName' in state ? state.officeName : null;
  const session = useMemo<Session | null>(
    () =>
      me && {
        me,
        officeName,
        can: (method) => mayCall(me.roles, method),
        hasRole: (role) => me.roles.includes(role),
        signOut,
      },
    [me, officeName, signOut],
  );

  switch (state.kind) {
    case 'loading':
      return <Waiting />;
    case 'failed':
      return (
        <div className="rd-auth-center">
          <Result
            status="error"
            title={t('auth.loadFailed')}
            subTitle={state.message}
            extra={
              <Button type="primary" onClick={() => void load()}>
                {t('auth.retry')}
              </Button>
            }
          />
        </div>
      );
    case 'setup':
      return (
        <Suspense fallback={<Waiting />}>
          <SetupPage onDone={setUp} />
        </Suspense>
      );
    case 'signed-out':
      return (
        <Suspense fallback={<Waiting />}>
          <SignInPage officeName={state.officeName} reason={state.reason} onSignedIn={signedIn} />
        </Suspense>
      );
    case 'signed-in':
    case 'interrupted':
      return (
        <SessionContext.Provider value={session}>
          {/* Re-mounted for another person, so no screen keeps the previous person's state. */}
          <div key={state.me.id} inert={state.kind === 'interrupted'} aria-hidden={state.kind === 'interrupted' || undefined}>
            {children}
          </div>
          {state.kind === 'interrupted' && (
            <div className="rd-auth-overlay" data-rd-own-keys>
              <Suspense fallback={null}>
                <SignInPage officeName={state.officeName} reason={state.reason} onSignedIn={signedIn} previousLogin={state.me.login} />
              </Suspense>
            </div>
          )}
        </SessionContext.Provider>
      );
  }
}

function Waiting() {
  return (
    <div className="rd-auth-center">
      <Spin size="large" />
    </div>
  );
}

/** A notice for a place the signed-in person's roles do not reach. */
export function NoAccess() {
  const { t } = useI18n();
  return <Alert type="warning" showIcon title={t('auth.noAccess')} />;
}
