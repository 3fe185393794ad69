import { IncentivesSchema, type Incentives } from '../../../../shared/model/incentives';
import { splitPercents } from '../../../../shared/rules/goals';
import { coalesce, edit, refusalOf } from '../../stores/edit';
import { NumberField } from '../goals/fields/NumberField';

const shape = IncentivesSchema.shape;

/** The pool (the on-target bonus, as a share of the revenue target) and its split; the split always sums to 100 %. */
export function PoolAndSplit({ incentives }: { incentives: Incentives }) {
  const { sales, marketing } = splitPercents(incentives.salesSharePercent);
  const setSales = (value: number, key: string) => refusalOf(edit('incentives', (i) => ({ ...i, salesSharePercent: value }), coalesce(`incentives.split.${key}`)));
  return (
    <section className="card stack" aria-labelledby="pool-heading">
      <h2 id="pool-heading">Pool and split</h2>
      <div className="row" style={{ alignItems: 'flex-start' }}>
        <NumberField
          label="Pool"
          value={incentives.poolPercent}
          suffix="% of revenue"
          schema={shape.poolPercent}
          onCommit={(v) => refusalOf(edit('incentives', (i) => ({ ...i, poolPercent: v ?? 0 }), coalesce('incentives.pool')))}
          hint="At the revenue target, this is the on-target bonus"
        />
      </div>
      <div className="split" data-testid="split">
        <div className="split-labels" aria-hidden="true">
          <span className="split-side team-Sales">Sales <strong>{sales} %</strong></span>
          <span className="split-side team-Marketing">Marketing <strong>{marketing} %</strong></span>
        </div>
        <input
          type="range"
          className="split-slider"
          min={0}
          max={100}
          step={1}
          value={sales}
          aria-label="Split of the pool: sales share"
          aria-valuetext={`Sales ${sales} %, marketing ${marketing} %`}
          onChange={(e) => setSales(Number(e.target.value), 'slider')}
          style={{ ['--split' as string]: `${sales}%` }}
        />
        <div className="row split-inputs">
          <NumberField label="Sales share" value={sales} suffix="%" schema={shape.salesSharePercent} onCommit={(v) => setSales(v ?? 0, 'sales')} />
          <NumberField
            label="Marketing share"
            value={marketing}
            suffix="%"
            schema={shape.salesSharePercent}
            onCommit={(v) => setSales(Math.round((100 - (v ?? 0)) * 100) / 100, 'marketing')}
          />
        </div>
      </div>
    </section>
  );
}
