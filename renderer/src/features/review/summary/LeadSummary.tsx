import type { LeadDefinition } from '../../../../../shared/model/lead-definition';

const list = (items: readonly string[]) => (items.length ? items.join(', ') : '—');

/** Lifecycle stages, ideal customer, qualifiers and the sales-ready sentence. */
export function LeadSummary({ lead }: { lead: LeadDefinition }) {
  const icp = lead.idealCustomer;
  return (
    <section className="review-section" aria-labelledby="review-lead">
      <h2 id="review-lead">2. Lead definition</h2>
      {lead.salesReady && <blockquote className="review-quote">{lead.salesReady}</blockquote>}
      <table className="data" aria-label="Lifecycle stages">
        <thead>
          <tr>
            <th>Stage</th>
            <th>Owner</th>
            <th>Entry criteria</th>
          </tr>
        </thead>
        <tbody>
          {lead.stages.map((s) => (
            <tr key={s.id}>
              <td>{s.name}</td>
              <td className={`team-${s.owner}`}>{s.owner}</td>
              <td>{s.entryCriteria}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <dl className="review-facts">
        <dt>Industries</dt>
        <dd>{list(icp.industries)}</dd>
        <dt>Company size</dt>
        <dd>
          {icp.companySize.min.toLocaleString()}–{icp.companySize.max.toLocaleString()} employees
        </dd>
        <dt>Regions</dt>
        <dd>{list(icp.regions)}</dd>
        <dt>Personas</dt>
        <dd>{list(icp.personas)}</dd>
        {lead.qualifiers.filter((q) => q.text).map((q) => (
          <div key={q.id} className="contents">
            <dt>{q.kind}</dt>
            <dd>{q.text}</dd>
          </div>
        ))}
        <dt>Disqualifiers</dt>
        <dd>{list(lead.disqualifiers.map((d) => d.text))}</dd>
      </dl>
    </section>
  );
}
