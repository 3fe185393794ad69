import { useEffect, useState } from 'react';
import { CompanySizeRangeSchema, type LeadDefinition } from '../../../../shared/model/lead-definition';
import { readDecimal } from '../../../../shared/rules/numbers';
import { useAgreementLocale } from '../../stores/agreement-locale';
import { coalesce, edit } from '../../stores/edit';
import { Field } from '../../ui/Field';
import { TagInput } from './TagInput';

type IdealCustomer = LeadDefinition['idealCustomer'];
type ListKey = 'industries' | 'regions' | 'personas';

const setList = (key: ListKey) => (tags: string[]) => edit('leadDefinition', (lead) => ({ ...lead, idealCustomer: { ...lead.idealCustomer, [key]: tags } }));

/** Firmographics and people: who a lead should be before anyone calls them. */
export function IdealCustomerEditor({ icp }: { icp: IdealCustomer }) {
  return (
    <section className="card stack" aria-labelledby="icp-heading">
      <h2 id="icp-heading">Ideal-customer fit</h2>
      <CompanySizeFields min={icp.companySize.min} max={icp.companySize.max} />
      <div className="grid-2">
        <TagInput label="Industries" tags={icp.industries} onChange={setList('industries')} placeholder="e.g. Manufacturing" />
        <TagInput label="Regions" tags={icp.regions} onChange={setList('regions')} placeholder="e.g. DACH" />
      </div>
      <TagInput label="Personas and decision-maker titles" tags={icp.personas} onChange={setList('personas')} placeholder="e.g. VP Operations" />
    </section>
  );
}

/** Both bounds are validated together: a minimum above the maximum is shown, never saved. */
function CompanySizeFields({ min, max }: { min: number; max: number }) {
  const [draft, setDraft] = useState({ min: String(min), max: String(max) });
  const [errors, setErrors] = useState<{ min?: string; max?: string }>({});
  const locale = useAgreementLocale();
  useEffect(() => {
    setDraft({ min: String(min), max: String(max) });
    setErrors({});
  }, [min, max]);
  const change = (key: 'min' | 'max', raw: string) => {
    const next = { ...draft, [key]: raw };
    setDraft(next);
    // "1,000" in en-US, "1.000" in de-DE; blank, "0x10" or "1e3" is NaN, which the schema refuses.
    const toNumber = (s: string) => readDecimal(s, locale) ?? Number.NaN;
    const parsed = CompanySizeRangeSchema.safeParse({ min: toNumber(next.min), max: toNumber(next.max) });
    if (!parsed.success) {
      const found: { min?: string; max?: string } = {};
      for (const issue of parsed.error.issues) {
        const where = issue.path[0] === 'max' ? 'max' : 'min';
        const message = issue.code === 'invalid_type' ? 'Enter a whole number of employees' : where === 'max' && issue.code !== 'custom' ? 'Maximum company size must be a whole number from 1 to 10,000,000' : issue.message;
        found[where] ??= message;
      }
      return setErrors(found);
    }
    setErrors({});
    edit('leadDefinition', (lead) => ({ ...lead, idealCustomer: { ...lead.idealCustomer, companySize: parsed.data } }), coalesce('icp.companySize'));
  };
  return (
    <div className="row size-range">
      <Field label="Company size from (employees)" error={errors.min}>
        {(p) => <input {...p} inputMode="numeric" value={draft.min} onChange={(e) => change('min', e.target.value)} />}
      </Field>
      <Field label="Company size to (employees)" error={errors.max}>
        {(p) => <input {...p} inputMode="numeric" value={draft.max} onChange={(e) => change('max', e.target.value)} />}
      </Field>
    </div>
  );
}
