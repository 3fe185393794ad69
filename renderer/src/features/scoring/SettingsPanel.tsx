import { useEffect, useState } from 'react';
import { ScoringSettingsSchema, type ScoringModel, type ScoringSettings } from '../../../../shared/model/scoring';
import { maxAchievableScore, validateThresholdReachable } from '../../../../shared/rules/scoring';
import { describeDecay } from '../../../../shared/present/scoring';
import { readDecimal } from '../../../../shared/rules/numbers';
import { useAgreementLocale } from '../../stores/agreement-locale';
import { edit } from '../../stores/edit';
import { Field } from '../../ui/Field';
import { currentScoring } from './scoring-model';

type Change = (settings: ScoringSettings, value: number | null) => ScoringSettings;

/**
 * Checks a candidate setting against the schema AND against reachability: a threshold (or a cap)
 * that no lead could ever reach is refused, because the whole board would then mean nothing.
 */
export function trySetting(model: ScoringModel, change: Change, value: number | null): string | null {
  const parsed = ScoringSettingsSchema.safeParse(change(model.settings, value));
  if (!parsed.success) return parsed.error.issues[0]?.message ?? 'Not a valid setting';
  return validateThresholdReachable({ ...model, settings: parsed.data });
}

function NumberSetting({ label, stored, optional, hint, change, coalesce }: { label: string; stored: number | null; optional?: boolean; hint?: string; change: Change; coalesce: string }) {
  const [text, setText] = useState(stored === null ? '' : String(stored));
  const [error, setError] = useState<string | null>(null);
  const locale = useAgreementLocale();
  useEffect(() => {
    setText(stored === null ? '' : String(stored));
    setError(null);
  }, [stored]);
  const onChange = (raw: string) => {
    setText(raw);
    const trimmed = raw.trim();
    if (trimmed === '' && !optional) return setError(`${label} is required`);
    // A plain decimal number in the agreement's locale ("1.000" in de-DE); "0x10" or "1e3" is not a whole number.
    const value = trimmed === '' ? null : (readDecimal(trimmed, locale) ?? Number.NaN);
    if (value !== null && !Number.isInteger(value)) return setError(`${label} must be a whole number`);
    const refused = trySetting(currentScoring(), change, value);
    // zod's own range wording ("Too big: …") is replaced by a sentence naming the setting.
    setError(refused && /^(Too|Invalid)/.test(refused) ? `${label} is out of range (1 to ${label.startsWith('Cap on the total') ? 2000 : label.startsWith('Half') ? 365 : 1000})` : refused);
    if (!refused) edit('scoring', (m) => ({ ...m, settings: change(m.settings, value) }), { capture: { coalesce } });
  };
  return (
    <Field label={label} error={error} hint={hint}>
      {(p) => <input {...p} inputMode="numeric" value={text} onChange={(e) => onChange(e.target.value)} />}
    </Field>
  );
}

function Toggle({ label, checked, onChange }: { label: string; checked: boolean; onChange: (v: boolean) => void }) {
  return (
    <label className="row sc-check">
      <input type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} />
      {label}
    </label>
  );
}

const setSettings = (change: (s: ScoringSettings) => ScoringSettings) => edit('scoring', (m) => ({ ...m, settings: change(m.settings) }));

/** MQL threshold, caps, decay and the fit grade. */
export function SettingsPanel({ model }: { model: ScoringModel }) {
  const s = model.settings;
  const unreachable = validateThresholdReachable(model);
  return (
    <section className="card stack" aria-labelledby="settings-heading">
      <h2 id="settings-heading">Model settings</h2>
      <p className="muted">The best score any lead can reach with this board is {maxAchievableScore(model)} points.</p>
      {unreachable && (
        <p className="alert alert-warning" role="status">
          {unreachable}
        </p>
      )}
      <div className="grid-2">
        <NumberSetting label="MQL threshold" stored={s.mqlThreshold} coalesce="scoring.threshold" change={(x, v) => ({ ...x, mqlThreshold: v ?? Number.NaN })} hint="A lead with at least this many points is an MQL" />
        <NumberSetting label="Cap on the total" optional stored={s.caps.total} coalesce="scoring.cap.total" change={(x, v) => ({ ...x, caps: { ...x.caps, total: v } })} hint="Leave empty for no cap" />
        <NumberSetting label="Cap on Fit points" optional stored={s.caps.Fit} coalesce="scoring.cap.fit" change={(x, v) => ({ ...x, caps: { ...x.caps, Fit: v } })} hint="Leave empty for no cap" />
        <NumberSetting label="Cap on Engagement points" optional stored={s.caps.Engagement} coalesce="scoring.cap.engagement" change={(x, v) => ({ ...x, caps: { ...x.caps, Engagement: v } })} hint="Leave empty for no cap" />
      </div>
      <h3>Decay</h3>
      <Toggle label="Engagement points fade when a lead goes quiet" checked={s.decay.enabled} onChange={(enabled) => setSettings((x) => ({ ...x, decay: { ...x.decay, enabled } }))} />
      {s.decay.enabled && (
        <NumberSetting label="Half-life (days without activity)" stored={s.decay.halfLifeDays} coalesce="scoring.decay" change={(x, v) => ({ ...x, decay: { ...x.decay, halfLifeDays: v ?? Number.NaN } })} hint={describeDecay(s)} />
      )}
      {!s.decay.enabled && <p className="muted">{describeDecay(s)}</p>}
      <h3>Fit grade</h3>
      <Toggle label="Grade fit A–D beside the score (score × grade matrix)" checked={s.useFitGrade} onChange={(useFitGrade) => setSettings((x) => ({ ...x, useFitGrade }))} />
    </section>
  );
}
