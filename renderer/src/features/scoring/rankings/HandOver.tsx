import { useState } from 'react';
import { Dialog } from '../../../ui/Dialog';

/**
 * Between the two silent rankings. Going back shows Marketing's order again, so it asks first:
 * Sales must not be looking, and the laptop goes back to Marketing before the order is shown.
 */
export function HandOver({ onSalesReady, onBackToMarketing }: { onSalesReady: () => void; onBackToMarketing: () => void }) {
  const [asking, setAsking] = useState(false);
  return (
    <section className="card stack sc-handover" aria-labelledby="handover-heading">
      <h2 id="handover-heading">Hand the laptop to Sales</h2>
      <p>Marketing’s ranking is saved and hidden. Sales now ranks the same criteria without seeing it.</p>
      <div className="row">
        <button type="button" className="btn btn-primary" onClick={onSalesReady}>
          Sales is ready: start ranking
        </button>
        <button type="button" className="btn btn-ghost" onClick={() => setAsking(true)}>
          Marketing wants to change its ranking…
        </button>
      </div>
      <Dialog open={asking} onOpenChange={setAsking} title="Show Marketing’s ranking again?" description="It appears on this screen. Hand the laptop back to Marketing first, so Sales ranks without having seen it.">
        <div className="row" style={{ justifyContent: 'flex-end' }}>
          <button type="button" className="btn" onClick={() => setAsking(false)} autoFocus>
            Keep it hidden
          </button>
          <button type="button" className="btn btn-primary" onClick={() => (setAsking(false), onBackToMarketing())}>
            Marketing has the laptop: show it
          </button>
        </div>
      </Dialog>
    </section>
  );
}
