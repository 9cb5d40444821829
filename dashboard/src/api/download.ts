// Exports (XLSX, CSV, PDF) come from the server's /export/* routes, which want the same Bearer token as
// /graphql: fetch the file, then hand it to the browser as a download under the server's file name.
import { credentials } from './client';
import { ApiError, toApiError } from './errors';

function fileNameOf(response: Response, fallback: string): string {
  const header = response.headers.get('content-disposition') ?? '';
  const star = /filename\*=UTF-8''([^;]+)/i.exec(header);
  if (star?.[1]) return decodeURIComponent(star[1]);
  const plain = /filename="?([^";]+)"?/i.exec(header);
  return plain?.[1] ?? fallback;
}

/** Downloads `path` (e.g. `/export/indicators.xlsx?…`); throws ApiError with the server's code on failure. */
export async function download(path: string, fallbackName: string): Promise<string> {
  const token = credentials.token();
  const response = await fetch(path, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as {
      error?: { code?: string; message?: string };
    } | null;
    if (response.status === 401) credentials.onUnauthenticated();
    throw body?.error
      ? toApiError([{ message: body.error.message ?? '', extensions: { code: body.error.code } }])
      : new ApiError(`HTTP ${response.status}`, response.status >= 500 ? 'INTERNAL' : 'BAD_USER_INPUT');
  }
  const name = fileNameOf(response, fallbackName);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}
