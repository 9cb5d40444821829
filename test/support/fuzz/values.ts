// The hostile values the fuzzer draws from, by the kind of input they attack. Each has a short label, so a failure
// names what was sent without printing 900 KB.
import type { Random } from './random';

export interface Hostile {
  label: string;
  value: unknown;
}

const KAZAKH = 'Қазақстан Республикасы әкімшілік құқық бұзушылық ғ қ ң ө ұ ү һ і ';
const CYRILLIC = 'абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯ';
const ASCII =
  'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 !"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~';
const EXOTIC = 'ЖҚӘ漢字한국어العربيةעברית🙂👍🏽🇰🇿∑∞≠ÆØÅßçñ\u0301\u200d';

/** Text that tries to break out of SQL. */
export const SQL_FRAGMENTS: readonly string[] = [
  "'; DROP TABLE court_case; --",
  '1 OR 1=1',
  "' OR '1'='1",
  "'); DELETE FROM hearing; --",
  '1; SELECT pg_sleep(3); --',
  "\\'; UPDATE office SET code = 'x'; --",
  '$1',
  '%',
  '_',
  '\\',
  "E'\\x00'",
];

/** Text that tries to run in a browser (stored as text, shown as text). */
export const HTML_FRAGMENTS: readonly string[] = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '"><svg onload=alert(1)>',
  "{{constructor.constructor('alert(1)')()}}",
  'javascript:alert(1)',
  '<a href="javascript:alert(1)">x</a>',
  '&lt;b&gt;&amp;&#0;',
];

/** Unicode that is legal but awkward, and some that is not (a lone surrogate, NUL, control characters). */
export const UNICODE: readonly Hostile[] = [
  { label: 'RTL override', value: 'abc\u202Eevil\u202Cdef' },
  { label: 'RTL mark', value: '\u200Fمرحبا\u200F' },
  { label: 'zero-width joiner family', value: '👨\u200D👩\u200D👧\u200D👦' },
  { label: 'emoji', value: '🙂🇰🇿👍🏽' },
  { label: 'combining marks', value: `e${'\u0301\u0308\u0327'.repeat(30)}` },
  { label: 'Kazakh', value: 'Әділет құқық бұзушылық ғ қ ң ө ұ ү һ і' },
  { label: 'BOM', value: '\uFEFFtext' },
  { label: 'line separators', value: 'a\u2028b\u2029c' },
  { label: 'non-character', value: 'x\uFFFEy\uFFFF' },
  { label: 'lone high surrogate', value: 'x\uD800y' },
  { label: 'lone low surrogate', value: '\uDC00' },
  { label: 'NUL', value: 'a\u0000b' },
  { label: 'only NUL', value: '\u0000' },
  { label: 'control characters', value: 'bell\u0007esc\u001b[31mred\u0008' },
  { label: 'zero-width space only', value: '\u200B\u200B' },
  { label: 'astral CJK', value: '𠀀𠀁𪚥' },
];

/** Dates that do not exist, or are not dates. */
export const IMPOSSIBLE_DATES: readonly string[] = [
  '2025-02-30',
  '2025-02-29',
  '2026-13-01',
  '2026-00-10',
  '0000-00-00',
  '9999-12-31T25:61',
  '2026-04-31',
  '1899-12-31',
  '+020000-01-01',
  '2026-1-1',
  ' 2026-11-27',
  '2026-11-27\n',
  '2026-11-27T00:00:00Z',
  '27.11.2026',
  '2026/11/27',
  'yesterday',
  '-0001-01-01',
  '9999-12-31',
  // Real dates at the edges of what is allowed: far back and far ahead (calendars, deadlines, quarters).
  '1900-01-01',
  '2100-12-31',
  '2099-12-31',
  '1970-01-01',
  '2000-02-29',
];

export const IMPOSSIBLE_DATETIMES: readonly unknown[] = [
  '9999-12-31T25:61',
  '2025-02-30T10:00:00Z',
  '2026-13-01T00:00:00Z',
  '0000-00-00',
  '0000-00-00T00:00:00Z',
  '+275760-09-13T00:00:00.001Z',
  '-271821-04-20T00:00:00Z',
  '2026-11-27T10:00:00+99:00',
  '2026-11-27',
  'now',
  '',
  '9999-12-31T23:59:59.999Z',
  '1900-01-01T00:00:00Z',
  '2100-12-31T23:59:59Z',
  '1970-01-01T00:00:00Z',
  1e308,
  -1,
  0,
];

export const QUARTERS: readonly string[] = [
  '2026-Q5',
  '2026-Q0',
  '9999-Q4',
  '0000-Q1',
  '2026Q3',
  '2026-q3',
  '-2026-Q1',
];

/** Numbers that do not fit, are not integers, or are not numbers. */
export const NUMBERS: readonly Hostile[] = [
  { label: '2^31', value: 2147483648 },
  { label: '-2^31-1', value: -2147483649 },
  { label: '2^31-1', value: 2147483647 },
  { label: '-2^31', value: -2147483648 },
  { label: '1e308', value: 1e308 },
  { label: '-1e308', value: -1e308 },
  // 2^53 + 1 cannot be a JavaScript number; its JSON text is what a client of another language would send.
  { label: '2^53+1 (as sent: 9007199254740992)', value: 2 ** 53 },
  { label: '-0', value: -0 },
  { label: '0.5', value: 0.5 },
  { label: '-1', value: -1 },
  { label: '0', value: 0 },
  { label: 'string "1"', value: '1' },
  { label: 'string "NaN"', value: 'NaN' },
  { label: 'boolean', value: true },
];

export const MISC_STRINGS: readonly string[] = [
  '',
  ' ',
  '\n\t ',
  'null',
  'undefined',
  'NaN',
  '__proto__',
  'constructor',
  '{"$gt":""}',
  '../../../../etc/passwd',
  '%s%s%s%n',
  '${7*7}',
  '-0',
  '1e308',
];

export const ODD_IDS: readonly string[] = [
  '00000000-0000-0000-0000-000000000000',
  'ffffffff-ffff-ffff-ffff-ffffffffffff',
  '6f1c2e1a-9b7d-4c1e-8f00-000000000000',
  '6F1C2E1A-9B7D-4C1E-8F00-00000000000Z',
  '6f1c2e1a9b7d4c1e8f00000000000000',
  '{6f1c2e1a-9b7d-4c1e-8f00-000000000000}',
  'Q2FzZTox',
  '-1',
  '0',
  '1',
];

/** A hostile string for any text input: random, oversized, unicode, SQL, HTML, dates, or odd. */
export function hostileString(random: Random, dateLike: boolean): Hostile {
  const roll = random.next();
  if (dateLike && roll < 0.35) {
    const value = random.pick(IMPOSSIBLE_DATES);
    return { label: `impossible date ${JSON.stringify(value)}`, value };
  }
  if (roll < 0.45) {
    const length = random.int(1, 60);
    const alphabet = random.pick([ASCII, CYRILLIC, EXOTIC, KAZAKH]);
    return { label: `random text (${length})`, value: random.string(length, alphabet) };
  }
  if (roll < 0.57) {
    const size = random.pick([10_000, 100_000, 900_000, 2_001, 65_536]);
    const unit = size >= 900_000 ? 'x' : random.pick(['a', 'ж', '🙂', "'", '<']);
    // Multi-byte units: the UTF-8 body must stay under the 1 MB limit to reach the resolver.
    const count = Math.floor(size / Buffer.byteLength(unit));
    return { label: `oversized ${size} bytes of ${JSON.stringify(unit)}`, value: unit.repeat(count) };
  }
  if (roll < 0.7) {
    const item = random.pick(UNICODE);
    return { label: `unicode: ${item.label}`, value: item.value };
  }
  if (roll < 0.79) {
    const value = random.pick(SQL_FRAGMENTS);
    return { label: `SQL ${JSON.stringify(value)}`, value };
  }
  if (roll < 0.88) {
    const value = random.pick(HTML_FRAGMENTS);
    return { label: `HTML ${JSON.stringify(value)}`, value };
  }
  if (roll < 0.94) {
    const value = random.pick(IMPOSSIBLE_DATES);
    return { label: `impossible date ${JSON.stringify(value)}`, value };
  }
  const value = random.pick(MISC_STRINGS);
  return { label: `odd ${JSON.stringify(value)}`, value };
}
