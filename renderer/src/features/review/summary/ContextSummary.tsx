import type { AgreementContent } from '../../../../../shared/model/agreement';

/** Who agrees, for which organisation and quarter. */
export function ContextSummary({ content }: { content: AgreementContent }) {
  return (
    <section className="review-section" aria-labelledby="review-context">
      <h2 id="review-context">1. Parties and context</h2>
      <dl className="review-facts">
        <dt>Organisation</dt>
        <dd>{content.organisation}</dd>
        <dt>Agreement</dt>
        <dd>{content.title}</dd>
        <dt>Quarter</dt>
        <dd>{content.quarter}</dd>
        <dt>Workshop date</dt>
        <dd>{content.date}</dd>
        {content.facilitator && (
          <>
            <dt>Facilitator</dt>
            <dd>{content.facilitator}</dd>
          </>
        )}
      </dl>
      <table className="data" aria-label="Participants in the agreement">
        <thead>
          <tr>
            <th>Name</th>
            <th>Team</th>
            <th>Title</th>
          </tr>
        </thead>
        <tbody>
          {content.participants.map((p) => (
            <tr key={p.id}>
              <td>{p.name}</td>
              <td className={`team-${p.team}`}>{p.team}</td>
              <td>{p.title}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
