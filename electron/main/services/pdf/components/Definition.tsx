/** @jsxRuntime automatic @jsxImportSource react */
import { Text, View } from '@react-pdf/renderer';
import type { AgreementContent } from '../../../../../shared/model/agreement';
import { s } from '../styles';
import { listOrDash, number, softWrap } from '../format';
import { KeyValues, Section, SubHeading, Table } from './Table';

export function Parties({ content, n }: { content: AgreementContent; n: number }) {
  const people = [...content.participants].sort((a, b) => a.team.localeCompare(b.team) || a.name.localeCompare(b.name));
  return (
    <Section number={n} title="Parties and participants" intro={`This agreement is made between the marketing and sales teams of ${content.organisation} for ${content.quarter}. The people below took part in the workshop that produced it.`}>
      <Table
        columns={[
          { title: 'Name', width: '24%' },
          { title: 'Team', width: '14%' },
          { title: 'Title', width: '28%' },
          { title: 'E-mail', width: '34%' },
        ]}
        rows={people.map((p) => [p.name, p.team, p.title || '—', softWrap(p.email, 40) || '—'])}
      />
      {content.facilitator ? <Text style={s.small}>{`Facilitated by ${content.facilitator}.`}</Text> : null}
    </Section>
  );
}

export function LeadDefinition({ content, n }: { content: AgreementContent; n: number }) {
  const d = content.leadDefinition;
  const ic = d.idealCustomer;
  return (
    <Section number={n} title="Lead definition" intro="Both teams use these stages and words to mean the same thing. A lead moves forward only when it meets the entry criteria of the next stage.">
      <SubHeading>Lifecycle stages</SubHeading>
      <Table
        columns={[
          { title: 'Stage', width: '14%' },
          { title: 'Entry criteria', width: '40%' },
          { title: 'Owner', width: '12%' },
          { title: 'Hand-off', width: '34%' },
        ]}
        rows={d.stages.map((st) => [st.name, st.entryCriteria || '—', st.owner, st.handoffRule || '—'])}
      />

      <View wrap={false}>
        <Text style={s.h2}>Ideal customer</Text>
        <KeyValues
          items={[
            ['Industries', listOrDash(ic.industries)],
            ['Company size', `${number(ic.companySize.min, content.locale)} – ${number(ic.companySize.max, content.locale)} employees`],
            ['Regions', listOrDash(ic.regions)],
            ['Personas', listOrDash(ic.personas)],
          ]}
        />
      </View>

      {d.qualifiers.length ? (
        <View wrap={false}>
          <Text style={s.h2}>Qualifiers (BANT)</Text>
          <Table columns={[{ title: 'Qualifier', width: '18%' }, { title: 'What we look for', width: '82%' }]} rows={d.qualifiers.map((q) => [q.kind, q.text || '—'])} />
        </View>
      ) : null}

      {d.disqualifiers.length ? (
        <View wrap={false}>
          <Text style={s.h2}>Disqualifiers</Text>
          <Text style={s.body}>{d.disqualifiers.map((x) => `•  ${x.text}`).join('\n')}</Text>
        </View>
      ) : null}

      {d.salesReady ? (
        <View wrap={false}>
          <Text style={s.h2}>When a lead is sales-ready</Text>
          <View style={s.callout}>
            <Text style={s.body}>{d.salesReady}</Text>
          </View>
        </View>
      ) : null}
    </Section>
  );
}
