import { useState } from 'react';
import type { AgreementContent } from '../../../../shared/model/agreement';
import { NextQuarterChoiceSchema, proposeNextQuarter, type NextQuarterChoice } from '../../../../shared/rules/next-quarter';
import { Dialog } from '../../ui/Dialog';
import { Field } from '../../ui/Field';

interface NextQuarterDialogProps {
  content: AgreementContent;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onStart: (choice: NextQuarterChoice) => void;
}

/**
 * Asks before the next quarter's draft is made: the proposed workshop and review dates (with why),
 * both editable, checked by the shared schema; nothing is made until Start is pressed.
 */
export function NextQuarterDialog({ content, open, onOpenChange, onStart }: NextQuarterDialogProps) {
  const proposal = proposeNextQuarter(content, new Date().toISOString().slice(0, 10));
  const [date, setDate] = useState(proposal.date);
  const [reviewDate, setReviewDate] = useState(proposal.reviewDate ?? '');
  const [error, setError] = useState<{ field: 'date' | 'reviewDate'; message: string } | null>(null);
  const start = () => {
    const parsed = NextQuarterChoiceSchema.safeParse({ date, reviewDate: reviewDate === '' ? null : reviewDate });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      setError({ field: issue.path[0] === 'reviewDate' ? 'reviewDate' : 'date', message: issue.message });
      return;
    }
    setError(null);
    onStart(parsed.data);
  };
  return (
    <Dialog open={open} onOpenChange={onOpenChange} title={`Start ${proposal.quarter}`} description={`A new draft of this agreement for ${proposal.quarter}, starting from what was signed for ${content.quarter}. If a ${proposal.quarter} draft was already started, it opens as it is.`}>
      <div className="stack" style={{ marginTop: 12 }}>
        <Field label="Workshop date" error={error?.field === 'date' ? error.message : null} hint={proposal.reasons[0]}>
          {(props) => <input {...props} type="date" value={date} onChange={(e) => setDate(e.target.value)} />}
        </Field>
        <Field label="Quarterly review date" error={error?.field === 'reviewDate' ? error.message : null} hint={proposal.reasons[1]}>
          {(props) => <input {...props} type="date" value={reviewDate} onChange={(e) => setReviewDate(e.target.value)} />}
        </Field>
        <div className="row" style={{ justifyContent: 'flex-end' }}>
          <button className="btn" onClick={() => onOpenChange(false)}>
            Cancel
          </button>
          <button className="btn btn-primary" onClick={start}>
            Start {proposal.quarter}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
