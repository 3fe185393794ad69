import { useEffect, useMemo, useRef, useState } from 'react';
import type { Criterion } from '../../../../../shared/model/scoring';
import { MERGE_RULE_SENTENCE, applyMergedRanking, changeCountSentence, describeBoardChange, rankingChanges } from '../../../../../shared/rules/scoring';
import { edit } from '../../../stores/edit';
import { undo } from '../../../stores/editor';

type Phase = { kind: 'idle' } | { kind: 'preview' } | { kind: 'applied'; summary: string; board: readonly Criterion[] } | { kind: 'undone' };

/**
 * "Apply to board" in three steps, so nothing on the board changes unseen: a preview of every
 * card that moves or changes points, a confirmation, then a summary with one undo step.
 * Ignore and Negative cards are never touched (shared/rules/scoring/changes.ts).
 */
export function ApplyMerged({ criteria, merged, onRankAgain }: { criteria: readonly Criterion[]; merged: readonly string[]; onRankAgain: () => void }) {
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' });
  const applyButton = useRef<HTMLButtonElement>(null);
  const previewHeading = useRef<HTMLHeadingElement>(null);
  const opened = useRef(false);
  // Focus goes where the next thing to read is: the preview when it opens, back to "Apply to board" when it closes.
  useEffect(() => {
    if (phase.kind === 'preview') {
      opened.current = true;
      previewHeading.current?.focus();
    } else if (opened.current) {
      opened.current = false;
      applyButton.current?.focus();
    }
  }, [phase.kind]);
  const changes = useMemo(() => rankingChanges(criteria, applyMergedRanking(criteria, merged)), [criteria, merged]);

  const confirm = () => {
    const count = changes.length;
    let board: readonly Criterion[] = criteria;
    const applied = edit('scoring', (m) => {
      const next = applyMergedRanking(m.criteria, merged);
      board = next;
      return { ...m, criteria: next };
    }).ok;
    if (!applied) return setPhase({ kind: 'idle' });
    setPhase({ kind: 'applied', board, summary: `The merged ranking is on the board: ${count === 0 ? 'no card changed' : `${count} ${count === 1 ? 'card' : 'cards'} changed tier or points`}. Ignore and Negative cards stayed where they were.` });
  };
  const undoApply = () => {
    undo();
    setPhase({ kind: 'undone' });
  };
  // The summary stands only while the board is still the one the merge produced.
  const summaryStands = phase.kind === 'applied' && phase.board === criteria;

  return (
    <div className="stack">
      <p className="muted sc-small" data-testid="merge-rule">{MERGE_RULE_SENTENCE}</p>
      {phase.kind !== 'preview' && (
        <div className="row">
          <button ref={applyButton} type="button" className="btn btn-primary" onClick={() => setPhase({ kind: 'preview' })}>
            Apply to board
          </button>
          <button type="button" className="btn" onClick={onRankAgain}>
            Rank again
          </button>
        </div>
      )}
      {phase.kind === 'preview' && (
        <section className="card stack sc-merge-preview" aria-labelledby="merge-preview-heading" data-testid="merge-preview">
          <h3 id="merge-preview-heading" ref={previewHeading} tabIndex={-1}>
            What applying changes
          </h3>
          <p>{changeCountSentence(changes.length)}</p>
          {changes.length > 0 && (
            <ul aria-label="Changes on the board">
              {changes.map((c) => (
                <li key={c.id}>{describeBoardChange(c)}</li>
              ))}
            </ul>
          )}
          <div className="row">
            <button type="button" className="btn btn-primary" onClick={confirm} disabled={changes.length === 0}>
              Confirm: apply to board
            </button>
            <button type="button" className="btn" onClick={() => setPhase({ kind: 'idle' })}>
              Cancel
            </button>
          </div>
        </section>
      )}
      <div role="status" aria-live="polite" className="sc-merge-status" data-testid="merge-status">
        {summaryStands && phase.kind === 'applied' && (
          <span className="row">
            <span>{phase.summary}</span>
            <button type="button" className="btn btn-small" onClick={undoApply}>
              Undo
            </button>
          </span>
        )}
        {phase.kind === 'undone' && <span>Undone: the board is back as it was before the merged ranking.</span>}
      </div>
    </div>
  );
}
