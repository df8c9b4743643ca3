import { afterAll, beforeAll } from 'vitest';

/**
 * Runs the test file's process in `timeZone` (the PC's zone, which the program must never read), and puts
 * the original back afterwards — deleting TZ when it was unset, since `process.env.TZ = undefined` would
 * set the string "undefined".
 */
export function processInTimeZone(timeZone: string): void {
  let saved: string | undefined;
  beforeAll(() => {
    saved = process.env.TZ;
    process.env.TZ = timeZone;
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.TZ;
    else process.env.TZ = saved;
  });
}
