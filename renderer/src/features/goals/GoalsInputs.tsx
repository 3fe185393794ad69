import { GoalsSchema, type Goals } from '../../../../shared/model/goals';
import { RATE_HINTS, RATE_KEYS, rateHint, type RateKey } from '../../../../shared/rules/goals';
import { useMoneyFormat } from '../../stores/agreement-locale';
import { coalesce, edit, refusalOf } from '../../stores/edit';
import { MoneyField } from './fields/MoneyField';
import { NumberField } from './fields/NumberField';

const shape = GoalsSchema.shape;

/** Saves one goal value; a refusal (a frozen version, goals the funnel refuses) also shows beside the field. */
const save = (patch: (g: Goals) => Goals, key: string): string | null => refusalOf(edit('goals', patch, coalesce(`goals.${key}`)));

function RateInput({ rateKey, value }: { rateKey: RateKey; value: number }) {
  const hint = RATE_HINTS[rateKey];
  const outside = rateHint(rateKey, value);
  return (
    <NumberField
      label={`${hint.label} rate`}
      value={value}
      suffix="%"
      schema={shape.rates.shape[rateKey]}
      onCommit={(v) => save((g) => ({ ...g, rates: { ...g.rates, [rateKey]: v ?? 0 } }), rateKey)}
      hint={outside ? <span className="rate-outside">{outside}</span> : hint.text}
    />
  );
}

export function GoalsInputs({ goals }: { goals: Goals }) {
  const money = useMoneyFormat();
  return (
    <section className="card stack" aria-labelledby="goals-inputs-heading">
      <h2 id="goals-inputs-heading">The quarter's numbers</h2>
      <div className="goals-grid">
        <MoneyField
          label="Revenue target per quarter"
          cents={goals.revenueTargetCents}
          {...money}
          schema={shape.revenueTargetCents}
          onCommit={(cents) => save((g) => ({ ...g, revenueTargetCents: cents }), 'revenue')}
        />
        <MoneyField
          label="Average deal size"
          cents={goals.averageDealCents}
          {...money}
          schema={shape.averageDealCents}
          onCommit={(cents) => save((g) => ({ ...g, averageDealCents: cents }), 'deal')}
        />
        {RATE_KEYS.map((key) => (
          <RateInput key={key} rateKey={key} value={goals.rates[key]} />
        ))}
        <NumberField
          label="Marketing-sourced share"
          value={goals.marketingSourcedShare}
          suffix="%"
          allowEmpty
          min={1}
          max={100}
          schema={shape.marketingSourcedShare}
          onCommit={(v) => save((g) => ({ ...g, marketingSourcedShare: v }), 'share')}
          hint="Share of deals from marketing's leads; leave empty for all"
        />
        <NumberField
          label="Sales cycle (days)"
          value={goals.salesCycleDays}
          integer
          min={1}
          max={730}
          schema={shape.salesCycleDays}
          onCommit={(v) => save((g) => ({ ...g, salesCycleDays: v ?? 60 }), 'cycle')}
        />
        <NumberField
          label="Sales reps"
          value={goals.reps}
          integer
          min={1}
          max={10_000}
          schema={shape.reps}
          onCommit={(v) => save((g) => ({ ...g, reps: v ?? 1 }), 'reps')}
        />
        <NumberField
          label="MQLs a rep can follow up a month"
          value={goals.mqlCapacityPerRepPerMonth}
          integer
          min={1}
          max={10_000}
          schema={shape.mqlCapacityPerRepPerMonth}
          onCommit={(v) => save((g) => ({ ...g, mqlCapacityPerRepPerMonth: v ?? 100 }), 'capacity')}
          hint="About 100 is typical"
        />
      </div>
    </section>
  );
}
