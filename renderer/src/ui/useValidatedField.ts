import { useEffect, useState } from 'react';
import type { z } from 'zod';

/**
 * Keeps what a person types even when it is not valid yet, shows the schema's message inline,
 * and only commits valid values to the store. Undo/redo changes to the stored value win.
 */
export function useValidatedField<S extends z.ZodType>(stored: string, schema: S, commit: (value: z.output<S>) => void, toInput: (raw: string) => unknown = (raw) => raw) {
  const [text, setText] = useState(stored);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    setText(stored);
    setError(null);
  }, [stored]);
  const onChange = (event: { target: { value: string } }) => {
    const raw = event.target.value;
    setText(raw);
    const parsed = schema.safeParse(toInput(raw));
    if (parsed.success) {
      setError(null);
      commit(parsed.data);
    } else {
      setError(parsed.error.issues[0]?.message ?? 'Not valid');
    }
  };
  return { value: text, error, onChange };
}
