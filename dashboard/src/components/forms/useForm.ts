// A form's state around one submission: field problems found before sending (nothing is sent then), the server's
// coded error put beside the field it names or on the form, a CONFLICT marked so the form offers a reload.
import { reactive, ref } from 'vue';
import { useI18n } from 'vue-i18n';
import type { ApiError } from '../../api/errors';
import { submitFailure, type Problem } from './validation';

/**
 * `messages` is the i18n prefix of the problem keys (required, tooLong, badDate …).
 * `run(problems, send, fields)`: with problems, marks them and sends nothing; otherwise sends, and on failure
 * marks the field(s) the server named when the form has them (`fields`), else the form. `onError` may take an
 * error over (returning true), e.g. DEADLINE_PASSED offering the late choice.
 */
export function useForm(messages: string) {
  const { t } = useI18n();
  const errors = reactive<Record<string, string>>({});
  const formError = ref<string | null>(null);
  const conflict = ref(false);
  const sending = ref(false);

  function clear(): void {
    for (const key of Object.keys(errors)) delete errors[key];
    formError.value = null;
    conflict.value = false;
  }

  function mark(problems: Partial<Record<string, Problem>>): boolean {
    let any = false;
    for (const [field, problem] of Object.entries(problems)) {
      if (!problem) continue;
      errors[field] = t(`${messages}.${problem.key}`, problem.params ?? {});
      any = true;
    }
    if (any) formError.value = t(`${messages}.fixErrors`);
    return any;
  }

  async function run(
    problems: Partial<Record<string, Problem>>,
    send: () => Promise<void>,
    fields: readonly string[],
    onError?: (error: ApiError) => boolean,
  ): Promise<boolean> {
    clear();
    if (mark(problems)) return false;
    sending.value = true;
    try {
      await send();
      return true;
    } catch (cause) {
      const failure = submitFailure(cause);
      if (onError?.(failure.error)) return false;
      const text = t(`errors.${failure.error.code}`);
      const own = failure.fields.filter((f) => fields.includes(f));
      for (const field of own) errors[field] = `${text}: ${failure.error.message}`;
      conflict.value = failure.error.code === 'CONFLICT';
      formError.value = conflict.value
        ? t(`${messages}.conflictHint`)
        : own.length
          ? t(`${messages}.fixErrors`)
          : `${text} (${failure.error.message})`;
      return false;
    } finally {
      sending.value = false;
    }
  }

  return { errors, formError, conflict, sending, clear, run };
}
