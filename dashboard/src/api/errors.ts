// One error stream for the whole dashboard: every failed request or subscription lands here as an ApiError with
// a code from the server's closed set (plus NETWORK when the server cannot be reached), and the shell shows it
// to the user in plain words (i18n key `errors.<code>`).
import { ErrorCode } from '@qadagalau/shared';
import { reactive } from 'vue';

export type ClientErrorCode = ErrorCode | 'NETWORK';

export class ApiError extends Error {
  constructor(
    message: string,
    readonly code: ClientErrorCode,
    /** Input paths the server named (`input.scheduledAt`, `quarter` …), for forms to mark their fields. */
    readonly fields: readonly string[] = [],
    /** RATE_LIMITED: seconds until the server accepts the request again (extensions.retryAfterSeconds). */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface GraphQLErrorBody {
  message: string;
  extensions?: { code?: string; field?: string; fields?: { field: string }[]; retryAfterSeconds?: unknown };
}

const KNOWN = new Set<string>(Object.values(ErrorCode));

/** The server's first error as an ApiError (unknown codes become INTERNAL). */
export function toApiError(errors: readonly GraphQLErrorBody[]): ApiError {
  const first = errors[0];
  const raw = first?.extensions?.code;
  const code: ClientErrorCode = raw && KNOWN.has(raw) ? (raw as ErrorCode) : ErrorCode.INTERNAL;
  const fields = [
    ...(first?.extensions?.field ? [first.extensions.field] : []),
    ...(first?.extensions?.fields ?? []).map((f) => f.field),
  ];
  const retryAfter = first?.extensions?.retryAfterSeconds;
  return new ApiError(
    first?.message ?? 'Unknown error',
    code,
    fields,
    typeof retryAfter === 'number' && retryAfter > 0 ? retryAfter : null,
  );
}

export function asApiError(cause: unknown): ApiError {
  if (cause instanceof ApiError) return cause;
  if (cause instanceof TypeError) return new ApiError(cause.message, 'NETWORK');
  return new ApiError(cause instanceof Error ? cause.message : String(cause), ErrorCode.INTERNAL);
}

export interface Notice {
  id: number;
  kind: 'error' | 'info';
  /** An i18n key and its parameters, or the server's own words when no key fits. */
  key: string;
  params?: Record<string, unknown>;
  detail?: string;
}

export const notices = reactive<Notice[]>([]);
let nextNotice = 1;

/** Shows a notice; info notices fade after `ttlMs`, errors stay until dismissed. */
export function notify(notice: Omit<Notice, 'id'>, ttlMs = notice.kind === 'info' ? 6000 : 0): number {
  const id = nextNotice++;
  notices.push({ ...notice, id });
  if (notices.length > 5) notices.splice(0, notices.length - 5);
  if (ttlMs > 0) setTimeout(() => dismiss(id), ttlMs);
  return id;
}

export function dismiss(id: number): void {
  const index = notices.findIndex((n) => n.id === id);
  if (index >= 0) notices.splice(index, 1);
}

/** Puts an error on the stream (the one place user-visible errors come from) and returns it for callers. */
export function reportError(cause: unknown): ApiError {
  const error = asApiError(cause);
  notify({ kind: 'error', key: `errors.${error.code}`, detail: error.message });
  return error;
}
