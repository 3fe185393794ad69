import { useEffect, useRef, useState } from 'react';

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: string };

interface DraftFieldOptions<T> {
  /** The value in the store. */
  value: T;
  /** How the stored value reads in the input, e.g. cents as "$30,000". */
  format: (value: T) => string;
  parse: (raw: string) => Parsed<T>;
  /** Saves a valid value; returns an error message when the store refuses it. */
  commit: (value: T) => string | null;
}

/**
 * Keeps what a person types while it is half-finished ("1.", "30k"), shows the problem inline and
 * saves only valid values. A change that did not come from this field (undo, another screen) replaces the text.
 */
export function useDraftField<T>({ value, format, parse, commit }: DraftFieldOptions<T>) {
  const stored = format(value);
  const [text, setText] = useState(stored);
  const [error, setError] = useState<string | null>(null);
  const ownWrite = useRef<string | null>(null);

  useEffect(() => {
    if (ownWrite.current === stored) return;
    ownWrite.current = null;
    setText(stored);
    setError(null);
  }, [stored]);

  const onChange = (event: { target: { value: string } }) => {
    const raw = event.target.value;
    setText(raw);
    const parsed = parse(raw);
    if (!parsed.ok) return setError(parsed.error);
    ownWrite.current = format(parsed.value);
    const refused = commit(parsed.value);
    setError(refused);
  };

  /** Leaving the field shows the saved value in its tidy form ("30k" becomes "$30,000"). */
  const onBlur = () => {
    if (error) return;
    ownWrite.current = null;
    setText(stored);
  };

  return { value: text, error, onChange, onBlur };
}
