import { consentStatus, CONSENT_TEAMS, type Consent, type ConsentState, type ConsentTeam } from '../../../../shared/rules/consent';
import { ConsentSchema, type StepId } from '../../../../shared/model/workshop';
import { edit } from '../../stores/edit';
import { useEditor } from '../../stores/editor';
import { useValidatedField } from '../../ui/useValidatedField';

const FISTS = [0, 1, 2, 3, 4, 5] as const;
const STATE_LABEL: Record<ConsentState, string> = { agreed: 'Agreed', objection: 'Objection', open: 'Open' };
const NO_CONSENTS: Consent[] = [];

/** Replaces the team's vote on a step, so the stored list stays one record per step and team. */
function saveConsent(step: StepId, team: ConsentTeam, change: (current: Consent) => Consent, coalesce?: string) {
  edit(
    'consents',
    (consents) => {
      const current = consents.find((c) => c.step === step && c.team === team) ?? { step, team, fist: null, objection: '' };
      const others = consents.filter((c) => !(c.step === step && c.team === team));
      return [...others, change(current)];
    },
    coalesce ? { capture: { coalesce } } : undefined,
  );
}

/** Fist of five per team for one step: three fingers or more agrees, a written reason objects. */
export function ConsentBar({ step }: { step: StepId }) {
  const consents = useEditor((s) => s.workshop?.consents ?? NO_CONSENTS);
  const status = consentStatus(consents, step);
  return (
    <section className="card consent-bar" aria-label="Consent on this step">
      <div className="consent-head">
        <h2 className="consent-title">Consent</h2>
        <p className="consent-hint" id={`consent-hint-${step}`}>
          Fist of five: each team shows 0–5 fingers. 3 or more means “we can live with it”; fewer, or a written objection, blocks until it is talked through.
        </p>
      </div>
      {CONSENT_TEAMS.map((team) => (
        <TeamConsent key={team} step={step} team={team} state={status[team]} consent={consents.find((c) => c.step === step && c.team === team)} />
      ))}
    </section>
  );
}

function TeamConsent({ step, team, state, consent }: { step: StepId; team: ConsentTeam; state: ConsentState; consent: Consent | undefined }) {
  const fist = consent?.fist ?? null;
  const objection = useValidatedField(consent?.objection ?? '', ConsentSchema.shape.objection, (text) =>
    saveConsent(step, team, (c) => ({ ...c, objection: text }), `consent.${step}.${team}.objection`),
  );
  return (
    <div className="consent-team" data-team={team}>
      <span className={`consent-team-name team-${team}`}>{team}</span>
      <div className="fist-group" role="group" aria-label={`${team} fist of five`} aria-describedby={`consent-hint-${step}`}>
        {FISTS.map((n) => (
          <button
            key={n}
            type="button"
            className="fist-button"
            aria-pressed={fist === n}
            aria-label={`${team}: ${n} of 5`}
            title={n >= 3 ? 'Can live with it' : 'Not yet'}
            onClick={() => saveConsent(step, team, (c) => ({ ...c, fist: c.fist === n ? null : n }))}
          >
            {n}
          </button>
        ))}
      </div>
      <input
        className="consent-reason"
        aria-label={`${team} objection (reason)`}
        placeholder="Objection? Give the reason"
        value={objection.value}
        onChange={objection.onChange}
        aria-invalid={Boolean(objection.error)}
        title={objection.error ?? undefined}
      />
      <span className={`badge consent-state consent-${state}`} data-testid={`consent-${team}`}>
        {STATE_LABEL[state]}
      </span>
    </div>
  );
}
