// Regenerates shared/src/calendar/data/kz-calendar.data.ts from kz-calendar-2015-2026.json beside it (a copy of
// the team handbook's domain/kz-calendar-2015-2026.json) plus the 2027 extension below (KAZAKHSTAN.md §5 rules).
// Both are committed: the rules and the CLI must work from a fresh clone without the handbook.
// Usage, from the repository root: node shared/scripts/generate-calendar-data.mjs [path/to/kz-calendar.json]
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const source = process.argv[2] ?? join(here, '../src/calendar/data/kz-calendar-2015-2026.json');
const target = join(here, '../src/calendar/data/kz-calendar.data.ts');

const HOLIDAY_IDS = {
  'New Year': 'NEW_YEAR',
  "International Women's Day": 'WOMENS_DAY',
  Nauryz: 'NAURYZ',
  'Unity Day': 'UNITY_DAY',
  'Defender of the Fatherland Day': 'DEFENDER_DAY',
  'Victory Day': 'VICTORY_DAY',
  'Capital Day': 'CAPITAL_DAY',
  'Constitution Day': 'CONSTITUTION_DAY',
  'First President Day': 'FIRST_PRESIDENT_DAY',
  'Republic Day': 'REPUBLIC_DAY',
  'Independence Day': 'INDEPENDENCE_DAY',
  'Independence Day (2nd day)': 'INDEPENDENCE_DAY',
  'Orthodox Christmas (no carry-over)': 'ORTHODOX_CHRISTMAS',
  'Kurban Ait day 1 (no carry-over)': 'KURBAN_AIT',
};
const id = (name) => {
  const found = HOLIDAY_IDS[name];
  if (!found) throw new Error(`unknown holiday name: ${name}`);
  return found;
};

// 2027 by the same rules (KAZAKHSTAN.md §5): statutory holidays; Art. 5 carry-overs computed by the rule
// (1–2 Jan Fri/Sat → 4 Jan; Nauryz 21 Mar Sun → 24 Mar; 1 May Sat → 3 May; 9 May Sun → 10 May);
// 7 Jan; Kurban Ait ≈ 16 May (Sunday) is an astronomical estimate only; no transfers known.
const YEAR_2027 = {
  year: 2027,
  holidays: [
    ['2027-01-01', 'NEW_YEAR'],
    ['2027-01-02', 'NEW_YEAR'],
    ['2027-03-08', 'WOMENS_DAY'],
    ['2027-03-21', 'NAURYZ'],
    ['2027-03-22', 'NAURYZ'],
    ['2027-03-23', 'NAURYZ'],
    ['2027-05-01', 'UNITY_DAY'],
    ['2027-05-07', 'DEFENDER_DAY'],
    ['2027-05-09', 'VICTORY_DAY'],
    ['2027-07-06', 'CAPITAL_DAY'],
    ['2027-08-30', 'CONSTITUTION_DAY'],
    ['2027-10-25', 'REPUBLIC_DAY'],
    ['2027-12-16', 'INDEPENDENCE_DAY'],
  ].map(([date, holiday]) => ({ date, holiday })),
  religiousDaysOff: [
    { date: '2027-01-07', holiday: 'ORTHODOX_CHRISTMAS' },
    { date: '2027-05-16', holiday: 'KURBAN_AIT', unconfirmed: true },
  ],
  carryOvers: [
    { date: '2027-01-04', holidayDate: '2027-01-02', holiday: 'NEW_YEAR' },
    { date: '2027-03-24', holidayDate: '2027-03-21', holiday: 'NAURYZ' },
    { date: '2027-05-03', holidayDate: '2027-05-01', holiday: 'UNITY_DAY' },
    { date: '2027-05-10', holidayDate: '2027-05-09', holiday: 'VICTORY_DAY' },
  ],
  transfers: [],
  notes: [
    'UNCONFIRMED: 2027 is extended by rule, not from an official calendar; Kurban Ait 2027 (≈16 May) is an astronomical estimate (ДУМК fixes it late, ±1 day); no transfers known.',
  ],
};

const NOTES = {
  2015: ['UNCONFIRMED: no transfers found for 2015.'],
  2019: ['UNCONFIRMED: no transfers found for 2019.'],
  2020: ['2020-05-11 (carry-over of Victory Day) was made a working day by the transfer to 2020-05-08.'],
  2021: ['UNCONFIRMED: transfers other than 3 Jul → 5 Jul.'],
  2024: ['Kurban Ait fixed by ДУМК on 16 Jun (Sunday): 17 Jun stayed a working day.'],
  2025: [
    'Carry-overs are rule-derived, not individually confirmed. UNCONFIRMED: transfers other than 5 Jan → 3 Jan.',
  ],
  2026: [
    'Carry-overs are rule-derived, not individually confirmed. UNCONFIRMED: no transfers known as of Nov 2025; Kurban Ait per ДУМК calendar (±1 day possible).',
  ],
};

const raw = JSON.parse(readFileSync(source, 'utf8'));
const years = Object.keys(raw)
  .filter((k) => /^\d{4}$/.test(k))
  .sort()
  .map((y) => {
    const v = raw[y];
    const year = Number(y);
    return {
      year,
      holidays: v.public_holidays.map((h) => ({ date: h.date, holiday: id(h.name) })),
      religiousDaysOff: v.religious_days_off.map((h) => ({ date: h.date, holiday: id(h.name) })),
      carryOvers: v.weekend_carry_over.map((c) => ({
        date: c.day_off,
        holidayDate: c.holiday,
        holiday: id(c.name),
      })),
      transfers: v.transfers.map((t) => ({ workingDay: t.working_day, dayOff: t.day_off })),
      ...(NOTES[year] ? { notes: NOTES[year] } : {}),
    };
  });
years.push(YEAR_2027);

// One entry per line keeps the generated module short and its diffs readable.
const literal = (value) =>
  JSON.stringify(value)
    .replace(/"([A-Za-z]+)":/g, '$1: ')
    .replace(/,(?=[a-z{])/g, ', ');
const list = (entries) =>
  entries.length ? `[\n      ${entries.map(literal).join(',\n      ')},\n    ]` : '[]';
const body = `[\n${years
  .map(
    (y) =>
      `  {\n    year: ${y.year},\n` +
      ['holidays', 'religiousDaysOff', 'carryOvers', 'transfers', 'notes']
        .filter((k) => y[k] !== undefined)
        .map((k) => `    ${k}: ${list(y[k])},\n`)
        .join('') +
      '  },\n',
  )
  .join('')}]`;
writeFileSync(
  target,
  `// GENERATED by shared/scripts/generate-calendar-data.mjs from kz-calendar-2015-2026.json (the team handbook's
// calendar, KAZAKHSTAN.md §5), extended to 2027 by the same rules. Edit the generator, not this file. Run-time changes
// (Kurban Ait, late transfers) go through WorkingCalendar.setDay, not here.
import type { CalendarYearData } from '../calendar.types';

/** Kazakhstan working-day calendar data (5-day week), 2015–2027. */
export const KZ_CALENDAR_DATA: readonly CalendarYearData[] = ${body};
`,
);
console.log(`wrote ${target} (${years.length} years)`);
