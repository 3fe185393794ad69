import { useState } from 'react';
import { CommitmentsSchema, type Commitments } from '../../../../shared/model/commitments';
import { Field } from '../../ui/Field';
import { coalesce, edit, refusalOf } from '../../stores/edit';

/** Why sales may reject an MQL: the list both teams agree to use, so rejections can be reviewed. */
export function ReasonCodes({ codes }: { codes: string[] }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = (event: React.FormEvent) => {
    event.preventDefault();
    const code = text.trim();
    if (code === '') return setError('Type a reason first');
    if (codes.some((c) => c.toLowerCase() === code.toLowerCase())) return setError(`“${code}” is already in the list`);
    const problem = refusalOf(edit('commitments', (c) => ({ ...c, reasonCodes: [...c.reasonCodes, code] })));
    if (problem) return setError(problem);
    setText('');
    setError(null);
  };
  const remove = (code: string) => edit('commitments', (c) => ({ ...c, reasonCodes: c.reasonCodes.filter((x) => x !== code) }));
  return (
    <section className="card stack" aria-labelledby="reasons-heading">
      <h2 id="reasons-heading">Reason codes for rejecting an MQL</h2>
      <ul className="reason-codes" aria-label="Reason codes">
        {codes.map((code) => (
          <li key={code} className="reason-code">
            {code}
            <button className="btn btn-small btn-ghost" onClick={() => remove(code)} aria-label={`Remove reason ${code}`}>×</button>
          </li>
        ))}
      </ul>
      <form className="row" style={{ alignItems: 'flex-end' }} onSubmit={add} noValidate aria-label="Add a reason code">
        <Field label="New reason code" error={error}>
          {(p) => <input {...p} value={text} onChange={(e) => setText(e.target.value)} />}
        </Field>
        <button className="btn" type="submit">Add reason</button>
      </form>
    </section>
  );
}

/** The date both teams meet to check the agreement against what happened. */
export function ReviewDate({ commitments }: { commitments: Commitments }) {
  const [error, setError] = useState<string | null>(null);
  const [text, setText] = useState(commitments.reviewDate ?? '');
  const stored = commitments.reviewDate ?? '';
  const [seen, setSeen] = useState(stored);
  if (seen !== stored) {
    setSeen(stored);
    setText(stored);
  }
  const change = (value: string) => {
    setText(value);
    const parsed = CommitmentsSchema.shape.reviewDate.safeParse(value === '' ? null : value);
    if (!parsed.success) return setError('Review date must be a valid date');
    setError(refusalOf(edit('commitments', (c) => ({ ...c, reviewDate: parsed.data }), coalesce('commitments.reviewDate'))));
  };
  return (
    <section className="card stack" aria-labelledby="review-heading">
      <h2 id="review-heading">Quarterly review</h2>
      <Field label="Review date" error={error} hint="When both teams check commitments against actuals">
        {(p) => <input {...p} type="date" value={text} onChange={(e) => change(e.target.value)} />}
      </Field>
    </section>
  );
}
