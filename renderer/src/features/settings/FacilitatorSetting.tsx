import { settingSchema } from '../../../../shared/model/settings';
import { Field } from '../../ui/Field';
import { useValidatedField } from '../../ui/useValidatedField';
import { SaveStatus } from './SaveStatus';
import { useSettingSave } from './useSettingSave';

const schema = settingSchema('defaultFacilitator');

/**
 * "Your name": saved as it is typed (trimmed by the schema), checked by the setting's own schema.
 * `stored` is the value read when the screen opened; it stays fixed so a slow write finishing
 * mid-typing can never replace the text with an older one.
 */
export function FacilitatorSetting({ stored }: { stored: string }) {
  const { state, save } = useSettingSave('defaultFacilitator');
  const field = useValidatedField(stored, schema, (name) => save(name));
  return (
    <div className="settings-item">
      <Field label="Your name" error={field.error} hint="Prefilled as facilitator of new workshops.">
        {(p) => (
          <div className="row settings-control">
            <input {...p} value={field.value} onChange={field.onChange} onBlur={field.onBlur} autoComplete="name" placeholder="e.g. Riley Chen" className="settings-name" />
            <SaveStatus state={state} refused={field.error !== null} testId="facilitator-save-state" />
          </div>
        )}
      </Field>
    </div>
  );
}
