/**
 * An error meant for the user: a stable code for programs and a Chinese message for people.
 * Everything else that escapes a handler is reported as 'internal' without its stack.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

/** Fails at compile time when a switch misses a case, and at run time if one slips through. */
export function assertNever(value: never): never {
  throw new Error(`unhandled case: ${String(value)}`);
}
