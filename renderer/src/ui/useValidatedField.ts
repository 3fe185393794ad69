import { useEffect, useRef, useState } from 'react';
import type { z } from 'zod';

export interface ValidatedFieldOptions<T> {
  /**
   * How a committed value reads once stored, e.g. cents as "$30,000". When given, the field's own
   * saves do not replace what is being typed ("1." or "30k" stay as typed) and leaving the field
   * shows the stored value in that tidy form.
   */
  toText?: (value: T) => string;
}

/**
 * Keeps what a person types even when it is not valid yet, shows the schema's message inline,
 * and only commits valid values to the store. Undo/redo changes to the stored value win.
 * `commit` may return a message when the store refuses the value (e.g. a frozen version); it shows inline.
 */
export function useValidatedField<S extends z.ZodType>(
  stored: string,
  schema: S,
  commit: (value: z.output<S>) => string | null | void,
  toInput: (raw: string) => unknown = (raw) => raw,
  options: ValidatedFieldOptions<z.output<S>> = {},
) {
  const [text, setText] = useState(stored);
  const [error, setError] = useState<string | null>(null);
  // The stored text this field itself just wrote: that change must not overwrite the typing.
  const ownWrite = useRef<string | null>(null);
  // Only a change of the stored value resets the text: on mount useState already holds it, and an
  // effect that set it again could land after the first keystroke and swallow it.
  const lastStored = useRef(stored);
  useEffect(() => {
    if (stored === lastStored.current) return;
    lastStored.current = stored;
    if (ownWrite.current !== null && ownWrite.current === stored) return;
    ownWrite.current = null;
    setText(stored);
    setError(null);
  }, [stored]);
  const onChange = (event: { target: { value: string } }) => {
    const raw = event.target.value;
    setText(raw);
    const parsed = schema.safeParse(toInput(raw));
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'Not valid');
      return;
    }
    if (options.toText) ownWrite.current = options.toText(parsed.data);
    const refused = commit(parsed.data);
    setError(typeof refused === 'string' ? refused : null);
  };
  /** With `toText`, leaving the field shows the saved value in its tidy form ("30k" becomes "$30,000"). */
  const onBlur = () => {
    if (error || !options.toText) return;
    ownWrite.current = null;
    setText(stored);
  };
  return { value: text, error, onChange, onBlur };
}
