// The two patterns every screen uses: a query that reloads when its inputs change (loading / error / data,
// errors also go to the notice stack), and a live subscription tied to the component's life.
import { onBeforeUnmount, ref, shallowRef, watch, type Ref, type WatchSource } from 'vue';
import type { TypedDocumentString } from '../gql/graphql';
import { subscribe, type LiveHandlers } from './client';
import { reportError, type ApiError } from './errors';

export interface QueryState<T> {
  data: Ref<T | null>;
  loading: Ref<boolean>;
  error: Ref<ApiError | null>;
  /** Runs the loader again (keeps the old data on screen until the new data arrives). */
  reload: () => Promise<void>;
}

/**
 * Runs `load` now and whenever a source changes; a slower earlier answer never overwrites a later one.
 */
export function useQuery<T>(load: () => Promise<T>, sources: WatchSource[] = []): QueryState<T> {
  const data = shallowRef<T | null>(null) as Ref<T | null>;
  const loading = ref(false);
  const error = shallowRef<ApiError | null>(null);
  let generation = 0;

  async function reload(): Promise<void> {
    const mine = ++generation;
    loading.value = true;
    try {
      const result = await load();
      if (mine === generation) {
        data.value = result;
        error.value = null;
      }
    } catch (cause) {
      if (mine === generation) error.value = reportError(cause);
    } finally {
      if (mine === generation) loading.value = false;
    }
  }

  if (sources.length) watch(sources, () => void reload(), { deep: true });
  void reload();
  return { data, loading, error, reload };
}

/**
 * A subscription that lives as long as the component; when `variables` (a getter) changes it is replaced.
 * Resuming after a dropped connection is the client's job (it re-sends the last cursor as `after`).
 */
export function useSubscription<R, V extends { after?: string | null }>(
  document: TypedDocumentString<R, V>,
  variables: () => V | null,
  cursorOf: (data: R) => string | null | undefined,
  handlers: LiveHandlers<R>,
): void {
  let stop: (() => void) | null = null;
  const start = (vars: V | null) => {
    stop?.();
    stop = vars
      ? subscribe(document, vars, cursorOf, {
          next: handlers.next,
          error: (error) => (handlers.error ? handlers.error(error) : reportError(error)),
        })
      : null;
  };
  watch(variables, start, { immediate: true, deep: true });
  onBeforeUnmount(() => stop?.());
}
