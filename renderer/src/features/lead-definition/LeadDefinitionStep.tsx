import { LeadDefinitionSchema } from '../../../../shared/model/lead-definition';
import { coalesce, edit } from '../../stores/edit';
import { useEditor } from '../../stores/editor';
import { StagesEditor } from './StagesEditor';
import { IdealCustomerEditor } from './IdealCustomerEditor';
import { DisqualifiersEditor, QualifiersEditor } from './QualifiersEditor';
import { TextField } from './TextField';
import './lead-definition.css';

/** What a lead is, stage by stage, and the one paragraph both teams sign up to. */
export default function LeadDefinitionStep() {
  const lead = useEditor((s) => s.version?.content.leadDefinition);
  if (!lead) return null;
  return (
    <div className="stack" style={{ gap: 'var(--space-5)' }}>
      <StagesEditor stages={lead.stages} />
      <IdealCustomerEditor icp={lead.idealCustomer} />
      <div className="grid-2 lead-pair">
        <QualifiersEditor qualifiers={lead.qualifiers} />
        <DisqualifiersEditor disqualifiers={lead.disqualifiers} />
      </div>
      <section className="card stack" aria-labelledby="sales-ready-heading">
        <h2 id="sales-ready-heading">When is a lead sales-ready?</h2>
        <TextField
          label="Sales-ready, in plain language"
          stored={lead.salesReady}
          schema={LeadDefinitionSchema.shape.salesReady}
          commit={(text) => edit('leadDefinition', (l) => ({ ...l, salesReady: text }), coalesce('salesReady'))}
          hint="One paragraph anyone in either team can repeat."
          multiline
          rows={4}
        />
      </section>
    </div>
  );
}
