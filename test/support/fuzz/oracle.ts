// The fuzzer's oracle: what every answer to a hostile mutation must look like. A well-formed JSON body; every
// error coded from the closed set and never INTERNAL; no message carrying internals (a stack trace, SQL, a file
// path, a driver's class name, a table name); a mutation answered either with its data or refused with errors,
// never both.
import { ErrorCode } from '@qadagalau/shared';

export const CLOSED_CODES: ReadonlySet<string> = new Set(Object.values(ErrorCode));

export interface WireError {
  message: string;
  extensions?: Record<string, unknown>;
}

export interface Answer {
  status: number;
  contentType: string;
  text: string;
}

export interface Verdict {
  /** Why the answer is wrong; empty when it is right. */
  problems: string[];
  /** The mutation's data came back, with no error. */
  accepted: boolean;
  /** Errors came back and no data. */
  refused: boolean;
  /** extensions.code of each error. */
  codes: string[];
  errorCount: number;
  /** Errors whose message or extensions carry internals. */
  leaky: number;
  data: Record<string, unknown> | undefined;
}

/** Internals a message must not carry (after the caller's own input is taken out of it). */
const LEAK_PATTERNS: readonly [string, RegExp][] = [
  ['stack frame', /\bat (?:async )?[\w$.<>[\] ]*\(?(?:\/|file:|node:)[^)\s]*:\d+:\d+\)?/],
  ['stack trace', /stacktrace|\n\s+at\s/i],
  [
    'driver error',
    /QueryFailedError|TypeORMError|EntityNotFoundError|EntityMetadataNotFound|DriverError|PostgresError|ECONNREFUSED|ECONNRESET/,
  ],
  ['file path', /(?:\/work\/|\/home\/|\/tmp\/|node_modules|[\w-]+\.(?:js|ts):\d+)/],
  [
    'SQL',
    /\b(?:select\s+(?:\*|distinct|count|"?\w+"?\.)|insert\s+into\b|update\s+"?\w+"?\s+set\b|delete\s+from\b|returning\s+"?\w)/i,
  ],
  [
    'database message',
    /violates (?:foreign key|unique|check|not-null)|duplicate key value|relation "|column "|syntax error at or near|invalid input syntax for|invalid byte sequence|out of range for type|value too long for type|date\/time field value out of range|\b2[0-9A-Z]{4}\b(?=.*sql)/i,
  ],
];

/** Judges one answer. `sentStrings` are taken out of messages first: an echo of the caller's input is no leak. */
export function judge(
  answer: Answer,
  mutation: string,
  sentStrings: readonly string[],
  tableNames: readonly string[],
): Verdict {
  const problems: string[] = [];
  const verdict: Verdict = {
    problems,
    accepted: false,
    refused: false,
    codes: [],
    errorCount: 0,
    leaky: 0,
    data: undefined,
  };
  if (![200, 400, 413].includes(answer.status)) problems.push(`HTTP ${answer.status}`);
  if (!/application\/(graphql-response\+)?json/.test(answer.contentType)) {
    problems.push(`content-type ${answer.contentType || '(none)'}`);
  }
  let body: unknown;
  try {
    body = JSON.parse(answer.text);
  } catch {
    problems.push(`body is not JSON: ${answer.text.slice(0, 200)}`);
    return verdict;
  }
  if (!body || typeof body !== 'object' || Array.isArray(body)) {
    problems.push('body is not a JSON object');
    return verdict;
  }
  const { data, errors } = body as { data?: unknown; errors?: unknown };
  if (errors !== undefined && (!Array.isArray(errors) || errors.length === 0))
    problems.push('errors is not a non-empty list');
  const list = Array.isArray(errors) ? (errors as WireError[]) : [];
  const result = data && typeof data === 'object' ? (data as Record<string, unknown>)[mutation] : undefined;
  const answered = result !== null && result !== undefined;
  // A mutation returning a scalar (logout: Boolean) is answered too; data is kept for objects only.
  verdict.data = answered && typeof result === 'object' ? (result as Record<string, unknown>) : undefined;
  verdict.errorCount = list.length;

  const internalTables = tableNames.filter((t) => t.includes('_'));
  for (const error of list) {
    if (!error || typeof error.message !== 'string') {
      problems.push('an error without a message');
      continue;
    }
    const code = String(error.extensions?.['code']);
    verdict.codes.push(code);
    if (!CLOSED_CODES.has(code))
      problems.push(`code ${code} outside the closed set: ${error.message.slice(0, 200)}`);
    if (code === ErrorCode.INTERNAL) problems.push(`INTERNAL: ${error.message.slice(0, 200)}`);
    const text = withoutInput(`${error.message} ${JSON.stringify(error.extensions ?? {})}`, sentStrings);
    const leaks = LEAK_PATTERNS.filter(([, pattern]) => pattern.test(text)).map(([name]) => name);
    const table = internalTables.find((t) => new RegExp(`\\b${t}\\b`).test(text));
    if (table) leaks.push(`table name ${table}`);
    if (leaks.length) {
      verdict.leaky++;
      problems.push(`leak (${leaks.join(', ')}): ${text.slice(0, 300)}`);
    }
  }
  verdict.accepted = list.length === 0 && answered;
  verdict.refused = list.length > 0 && !answered;
  if (list.length > 0 && answered) problems.push('both data and errors');
  if (list.length === 0 && !answered) problems.push('neither data nor errors');
  return verdict;
}

/** The text with every sent string taken out, raw and as JSON escapes it (graphql-js quotes bad values). */
function withoutInput(text: string, sentStrings: readonly string[]): string {
  let out = text;
  const forms = sentStrings
    .filter((s) => s.length >= 2)
    .flatMap((s) => [s, JSON.stringify(s).slice(1, -1), JSON.stringify(JSON.stringify(s)).slice(1, -1)])
    .sort((a, b) => b.length - a.length);
  for (const form of forms) out = out.split(form).join('«input»');
  return out;
}
