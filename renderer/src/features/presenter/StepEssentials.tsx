import { compareMaturity } from '../../../../shared/rules/maturity';
import { consentStatus, CONSENT_TEAMS } from '../../../../shared/rules/consent';
import { TEAMS } from '../../../../shared/model/team';
import type { StepId } from '../../../../shared/model/workshop';
import type { ReactNode } from 'react';
import { useEditor } from '../../stores/editor';
import { CommitmentsFigures, GoalsFigures, IncentivesFigures, ReviewFigures, ScoringFigures } from './StepFigures';

const NO_CONSENTS: never[] = [];
const NO_PARKED: never[] = [];

/** What the room needs to see for each step, and nothing more. */
export function StepEssentials({ step }: { step: StepId }) {
  switch (step) {
    case 'participants':
      return <ParticipantsEssentials />;
    case 'maturity':
      return <MaturityEssentials />;
    case 'lead-definition':
      return <LeadDefinitionEssentials />;
    case 'scoring':
      return <WithConsent step={step} figures={<ScoringFigures />} />;
    case 'goals':
      return <WithConsent step={step} figures={<GoalsFigures />} />;
    case 'incentives':
      return <WithConsent step={step} figures={<IncentivesFigures />} />;
    case 'commitments':
      return <WithConsent step={step} figures={<CommitmentsFigures />} />;
    case 'review':
      return <ReviewFigures />;
    default:
      return <GenericEssentials step={step} />;
  }
}

function ParticipantsEssentials() {
  const content = useEditor((s) => s.version?.content);
  if (!content) return null;
  return (
    <>
      <p className="presenter-key">
        {content.organisation} · {content.quarter} · {content.participants.length} {content.participants.length === 1 ? 'person' : 'people'}
      </p>
      <div className="presenter-columns">
        {TEAMS.map((team) => {
          const people = content.participants.filter((p) => p.team === team);
          if (people.length === 0) return null;
          return (
            <div key={team}>
              <h3 className={`team-${team}`}>{team}</h3>
              <ul>
                {people.map((p) => (
                  <li key={p.id}>
                    {p.name}
                    {p.title ? <span className="presenter-muted"> · {p.title}</span> : null}
                  </li>
                ))}
              </ul>
            </div>
          );
        })}
      </div>
    </>
  );
}

function MaturityEssentials() {
  const maturity = useEditor((s) => s.workshop?.maturity);
  if (!maturity) return null;
  if (!maturity.revealed) {
    const done = CONSENT_TEAMS.filter((t) => maturity[t].submitted);
    return <p className="presenter-key">{done.length === 2 ? 'Both teams have answered. Ready to reveal.' : `Answers in: ${done.length ? done.join(' and ') : 'none yet'}. Results stay hidden until the reveal.`}</p>;
  }
  const result = compareMaturity(maturity.Marketing.answers, maturity.Sales.answers);
  return (
    <>
      <div className="presenter-columns">
        {CONSENT_TEAMS.map((team) => {
          const r = team === 'Marketing' ? result.marketing : result.sales;
          return (
            <div key={team} className="presenter-score">
              <h3 className={`team-${team}`}>{team}</h3>
              <p className="presenter-big">{r.score ?? '–'}</p>
              <p>
                {r.band ?? 'Not rated'}
                {r.stage ? ` · ${r.stage}` : ''}
              </p>
            </div>
          );
        })}
      </div>
      <p>{result.headline}</p>
    </>
  );
}

function LeadDefinitionEssentials() {
  const lead = useEditor((s) => s.version?.content.leadDefinition);
  if (!lead) return null;
  const { idealCustomer: icp } = lead;
  return (
    <>
      <ol className="presenter-stages" aria-label="Lifecycle stages">
        {lead.stages.map((s) => (
          <li key={s.id} className={`team-${s.owner}`}>
            {s.name}
          </li>
        ))}
      </ol>
      <p>
        <strong>Ideal customer:</strong> {icp.companySize.min.toLocaleString('en-US')}–{icp.companySize.max.toLocaleString('en-US')} employees
        {icp.industries.length ? ` · ${icp.industries.join(', ')}` : ''}
        {icp.regions.length ? ` · ${icp.regions.join(', ')}` : ''}
      </p>
      {lead.salesReady && (
        <p>
          <strong>Sales-ready:</strong> {lead.salesReady}
        </p>
      )}
    </>
  );
}

/** A step's own figures, then where the teams stand on it. */
function WithConsent({ step, figures }: { step: StepId; figures: ReactNode }) {
  return (
    <>
      {figures}
      <GenericEssentials step={step} />
    </>
  );
}

function GenericEssentials({ step }: { step: StepId }) {
  // Select the stored arrays themselves: a selector that builds a new array on every call loops React.
  const consents = useEditor((s) => s.workshop?.consents) ?? NO_CONSENTS;
  const parkingLot = useEditor((s) => s.workshop?.parkingLot) ?? NO_PARKED;
  const parked = parkingLot.filter((p) => !p.resolved);
  const status = consentStatus(consents, step);
  return (
    <>
      <p className="presenter-key">
        {CONSENT_TEAMS.map((team) => `${team}: ${status[team] === 'agreed' ? 'agreed' : status[team] === 'objection' ? 'objects' : 'not yet'}`).join(' · ')}
      </p>
      {parked.length > 0 && (
        <>
          <h3>Parked questions</h3>
          <ul>
            {parked.slice(0, 5).map((p) => (
              <li key={p.id}>{p.text}</li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
