/**
 * The State Council's holiday arrangements, typed in from the notices (not from the calendar package),
 * so tests can check the package data and our arithmetic against an independent source.
 * 2025 and 2026: as tabulated in the team's domain reference §4.2 (国办发明电〔2024〕12号; gov.cn 202511/content_7047091).
 * 2024: 《国务院办公厅关于2024年部分节假日安排的通知》(2023-10-25), as reprinted in several places:
 *   元旦 1月1日；春节 2月10日至17日，2月4日（星期日）、2月18日（星期日）上班；清明 4月4日至6日，4月7日（星期日）上班；
 *   劳动节 5月1日至5日，4月28日（星期日）、5月11日（星期六）上班；端午 6月10日；中秋 9月15日至17日，9月14日（星期六）上班；
 *   国庆 10月1日至7日，9月29日（星期日）、10月12日（星期六）上班。
 */
export interface YearSchedule {
  /** Inclusive ranges of days off, as [first, last] 'MM-DD'. */
  off: Array<[string, string]>;
  /** Weekend days declared working days (调休上班). */
  work: string[];
}

export const OFFICIAL: Record<number, YearSchedule> = {
  2024: {
    off: [
      ['01-01', '01-01'],
      ['02-10', '02-17'],
      ['04-04', '04-06'],
      ['05-01', '05-05'],
      ['06-10', '06-10'],
      ['09-15', '09-17'],
      ['10-01', '10-07'],
    ],
    work: ['02-04', '02-18', '04-07', '04-28', '05-11', '09-14', '09-29', '10-12'],
  },
  2025: {
    off: [
      ['01-01', '01-01'],
      ['01-28', '02-04'],
      ['04-04', '04-06'],
      ['05-01', '05-05'],
      ['05-31', '06-02'],
      ['10-01', '10-08'],
    ],
    work: ['01-26', '02-08', '04-27', '09-28', '10-11'],
  },
  2026: {
    off: [
      ['01-01', '01-03'],
      ['02-15', '02-23'],
      ['04-04', '04-06'],
      ['05-01', '05-05'],
      ['06-19', '06-21'],
      ['09-25', '09-27'],
      ['10-01', '10-07'],
    ],
    work: ['01-04', '02-14', '02-28', '05-09', '09-20', '10-10'],
  },
};

/** Every date of a year as 'YYYY-MM-DD' with its official working-day status, built with plain UTC Date math. */
export function officialYear(year: number): Array<{ iso: string; working: boolean }> {
  const schedule = OFFICIAL[year];
  if (!schedule) throw new Error(`no official schedule typed in for ${year}`);
  const out: Array<{ iso: string; working: boolean }> = [];
  for (let d = new Date(Date.UTC(year, 0, 1)); d.getUTCFullYear() === year; d.setUTCDate(d.getUTCDate() + 1)) {
    const iso = d.toISOString().slice(0, 10);
    const md = iso.slice(5);
    const weekday = d.getUTCDay();
    let working = weekday >= 1 && weekday <= 5;
    if (schedule.off.some(([a, b]) => md >= a && md <= b)) working = false;
    if (schedule.work.includes(md)) working = true;
    out.push({ iso, working });
  }
  return out;
}
