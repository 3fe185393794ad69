import { useId, useState } from 'react';
import { z } from 'zod';

const TagSchema = z.string().trim().min(1, 'Type something first').max(80, 'Keep it under 80 characters');

/** A list of short tags: Enter or "Add" adds one, each tag has its own remove button. */
export function TagInput({ label, tags, onChange, placeholder }: { label: string; tags: string[]; onChange: (tags: string[]) => void; placeholder?: string }) {
  const id = useId();
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = () => {
    const parsed = TagSchema.safeParse(text);
    if (!parsed.success) return setError(parsed.error.issues[0].message);
    if (tags.some((t) => t.toLowerCase() === parsed.data.toLowerCase())) return setError(`${parsed.data} is already listed`);
    if (tags.length >= 50) return setError('At most 50 entries');
    onChange([...tags, parsed.data]);
    setText('');
    setError(null);
  };
  return (
    <div className="field tag-input" data-invalid={Boolean(error)}>
      <label htmlFor={id}>{label}</label>
      <ul className="tags" aria-label={`${label}: current entries`}>
        {tags.map((tag) => (
          <li key={tag} className="tag">
            {tag}
            <button type="button" className="tag-remove" aria-label={`Remove ${tag} from ${label}`} onClick={() => onChange(tags.filter((t) => t !== tag))}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <div className="row tag-entry">
        <input
          id={id}
          value={text}
          placeholder={placeholder}
          aria-invalid={Boolean(error)}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              add();
            }
          }}
        />
        <button type="button" className="btn btn-small" onClick={add} aria-label={`Add to ${label}`}>
          Add
        </button>
      </div>
      {error && (
        <span className="field-error" id={`${id}-error`} role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
