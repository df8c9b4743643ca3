import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * One clock (issue 20): "today" is the office clock's (its time zone setting), asked of the server through
 * useToday(). A renderer module that reads the PC's own date gives another year or day near midnight in
 * another time zone — the letter's 成文日期 and the statistics year were two such places.
 */
const src = join(import.meta.dirname, '..', '..', 'renderer', 'src');
// The current instant is read only where it is turned into a date or offset of an explicit zone: the
// office clock itself, and the zone list that shows each zone's offset now.
const allowed = new Set(['office-clock.ts', 'areas/settings/TimeZoneCard.tsx']);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : /\.tsx?$/.test(e.name) ? [join(dir, e.name)] : [],
  );
}

describe('one clock in the renderer', () => {
  it('no module but the office clock reads the PC date (dayjs(), new Date(), Date.now())', () => {
    const offenders = sourceFiles(src)
      .filter((file) => !allowed.has(relative(src, file).replaceAll('\\', '/')))
      .flatMap((file) =>
        readFileSync(file, 'utf8')
          .split('\n')
          .map((line, i) => ({ line, at: `${relative(src, file)}:${i + 1}` }))
          .filter(({ line }) => !/^\s*(\/\/|\*)/.test(line) && /\bdayjs\(\)|new Date\(\)|Date\.now\(\)/.test(line))
          .map(({ at, line }) => `${at}: ${line.trim()}`),
      );
    expect(offenders).toEqual([]);
  });
});
