import type { AuthStatus } from '../../../shared/contract/index';
import { call } from '../api/client';

/*
 * Who is signed in is asked as the very first thing the page does, while the app's code (React, antd,
 * the shell) is still loading and evaluating: the answer used to be requested only after the shell had
 * rendered a spinner, a whole round on a slow PC (issue 17). The gate takes this first answer once;
 * every later check (after sign-out, setup, retry) asks again.
 */

type Settled = { ok: true; status: AuthStatus } | { ok: false; error: Error };

let first: Promise<Settled> | null = null;
let settled: Settled | null = null;

/**
 * Starts the first auth.status call (main.tsx, before the app's modules load); `onStatus` gets its answer.
 * The promise returned resolves once the answer is in and `onStatus` has run (never rejects).
 */
export function startAuthStatus(onStatus?: (status: AuthStatus) => void): Promise<void> {
  const keep = (answer: Settled): Settled => {
    // Kept for the gate only while nobody has taken the call yet.
    if (first === pending) settled = answer;
    return answer;
  };
  const pending: Promise<Settled> = call('auth.status', {}).then(
    (status) => {
      onStatus?.(status);
      return keep({ ok: true, status });
    },
    (error: unknown) => keep({ ok: false, error: error instanceof Error ? error : new Error(String(error)) }),
  );
  first = pending;
  return pending.then(() => {});
}

/** The first answer if it has already arrived, taken once (the gate then renders the right screen at once). */
export function takeArrivedAuthStatus(): Settled | null {
  const arrived = settled;
  if (arrived) {
    first = null;
    settled = null;
  }
  return arrived;
}

/** The first answer (once) when it is still on its way, else a fresh call. */
export async function takeAuthStatus(): Promise<AuthStatus> {
  const pending = first;
  first = null;
  settled = null;
  const answer = pending ? await pending : null;
  if (!answer) return call('auth.status', {});
  if (!answer.ok) throw answer.error;
  return answer.status;
}
