import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { createWorkshop, loadWorkshop } from '../../../renderer/src/db/repositories/workshops';
import { useEditor } from '../../../renderer/src/stores/editor';
import GoalsStep from '../../../renderer/src/features/goals/GoalsStep';
import CommitmentsStep from '../../../renderer/src/features/commitments/CommitmentsStep';
import LeadDefinitionStep from '../../../renderer/src/features/lead-definition/LeadDefinitionStep';
import { EMPTY_DRAFT, criterionFromDraft, draftOf } from '../../../renderer/src/features/scoring/criterion-form';
import { SettingsPanel } from '../../../renderer/src/features/scoring/SettingsPanel';
import { TimeboxDialog } from '../../../renderer/src/features/agenda/TimeboxDialog';
import { starterCriteria } from '../../../shared/template/criteria';

/** Issue 14 item 7: every number field reads with shared/rules/numbers.ts, in the agreement's locale. */

const content = () => useEditor.getState().version!.content;
const input = (label: string) => screen.getByLabelText(label) as HTMLInputElement;
const type = (label: string, value: string) => fireEvent.change(input(label), { target: { value } });
const HOSTILE = ['0x10', '0b101', '0o17', '1e2', 'Infinity'];

async function openWorkshop(locale = 'en-US') {
  const workshop = await createWorkshop({ organisation: 'Acme', title: 'Q1 SLA', quarter: '2027-Q1', date: '2027-01-14', facilitator: 'Riley' });
  const found = (await loadWorkshop(workshop.id))!;
  useEditor.getState().load(found.workshop, { ...found.version, content: { ...found.version.content, locale } });
}

describe('goals number fields', () => {
  beforeEach(() => openWorkshop());

  it('refuse hex, binary, octal, exponents and Infinity with the field’s message, and keep the stored value', () => {
    render(<GoalsStep />);
    const before = content().goals;
    for (const text of HOSTILE) {
      type('MQL→SAL rate', text);
      expect(screen.getByText('MQL→SAL rate must be a number')).toBeInTheDocument();
      type('Sales reps', text);
      expect(screen.getByText('Sales reps must be a number')).toBeInTheDocument();
    }
    expect(content().goals).toEqual(before);
  });

  it('take a rate typed with its percent sign', () => {
    render(<GoalsStep />);
    type('MQL→SAL rate', '55 %');
    expect(content().goals.rates.mqlToSal).toBe(55);
  });
});

describe('in a de-DE agreement', () => {
  beforeEach(() => openWorkshop('de-DE'));

  it('a rate reads "45,5" and is shown back as "45,5"', () => {
    render(<GoalsStep />);
    type('MQL→SAL rate', '45,5');
    expect(content().goals.rates.mqlToSal).toBe(45.5);
    fireEvent.blur(input('MQL→SAL rate'));
    expect(input('MQL→SAL rate').value).toBe('45,5');
  });

  it('a company size reads "6.000" as 6,000 employees', () => {
    render(<LeadDefinitionStep />);
    type('Company size to (employees)', '8.000');
    type('Company size from (employees)', '6.000');
    expect(content().leadDefinition.idealCustomer.companySize).toEqual({ min: 6000, max: 8000 });
  });

  it('a commitment target reads "2,5"', () => {
    render(<CommitmentsStep />);
    fireEvent.click(screen.getByRole('button', { name: 'Edit "Make 5 attempts within 2 weeks"' }));
    const dialog = screen.getByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Target'), { target: { value: '2,5' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save commitment' }));
    expect(content().commitments.rows.find((r) => r.metric === 'Contact attempts')?.target).toBe(2.5);
  });
});

describe('other number fields refuse what is not a plain decimal number', () => {
  beforeEach(() => openWorkshop());

  it('company size', () => {
    render(<LeadDefinitionStep />);
    for (const text of HOSTILE) {
      type('Company size from (employees)', text);
      expect(screen.getByText('Enter a whole number of employees')).toBeInTheDocument();
    }
    expect(content().leadDefinition.idealCustomer.companySize).toEqual({ min: 200, max: 5000 });
  });

  it('a commitment target', () => {
    render(<CommitmentsStep />);
    const before = content().commitments.rows;
    fireEvent.click(screen.getByRole('button', { name: 'Edit "Make 5 attempts within 2 weeks"' }));
    const dialog = screen.getByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('Target'), { target: { value: '0x10' } });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Save commitment' }));
    expect(within(dialog).getByText('Target must be a number')).toBeInTheDocument();
    expect(content().commitments.rows).toEqual(before);
  });

  it('scoring settings', () => {
    render(<SettingsPanel model={content().scoring} />);
    const before = content().scoring.settings;
    for (const text of HOSTILE) {
      type('MQL threshold', text);
      expect(screen.getByText('MQL threshold must be a whole number')).toBeInTheDocument();
    }
    expect(content().scoring.settings).toEqual(before);
    type('MQL threshold', '60');
    expect(content().scoring.settings.mqlThreshold).toBe(60);
  });

  it('timeboxes', () => {
    render(<TimeboxDialog open onOpenChange={() => {}} />);
    const before = useEditor.getState().workshop!.agenda;
    for (const text of HOSTILE) {
      type('Export (minutes)', text);
      expect(screen.getByText('Minutes for Export must be between 0 and 600.')).toBeInTheDocument();
    }
    expect(useEditor.getState().workshop!.agenda).toEqual(before);
    type('Export (minutes)', '12');
    expect(useEditor.getState().workshop!.agenda.steps.find((s) => s.step === 'export')?.minutes).toBe(12);
  });

  it('criterion ranges and pinned points, read in the agreement’s locale', () => {
    const base = { id: 'new-1', order: 0 };
    const size = { ...EMPTY_DRAFT, label: 'Size', category: 'Fit' as const, op: 'between' as const, field: 'employees' };
    expect(criterionFromDraft({ ...size, min: '0x10', max: '100' }, base, 'en-US')).toEqual({ ok: false, errors: { min: 'Enter a number' } });
    expect(criterionFromDraft({ ...size, min: '1e3', max: '5000' }, base, 'en-US')).toEqual({ ok: false, errors: { min: 'Enter a number' } });
    expect(criterionFromDraft({ ...size, min: '1.000', max: '5.000,5' }, base, 'de-DE')).toMatchObject({ ok: true, criterion: { condition: { min: 1000, max: 5000.5 } } });
    const pinned = { ...EMPTY_DRAFT, label: 'Demo', value: 'demo request', pinned: true };
    expect(criterionFromDraft({ ...pinned, pinnedPoints: '0x10' }, base, 'en-US')).toEqual({ ok: false, errors: { pinnedPoints: 'Points must be a number between −100 and 100' } });
    expect(criterionFromDraft({ ...pinned, pinnedPoints: '−5' }, base, 'en-US')).toMatchObject({ ok: true, criterion: { pinnedPoints: -5 } });
    // A card's numbers go into the form the locale's way and come back unchanged.
    for (const c of starterCriteria()) expect(criterionFromDraft(draftOf(c, 'de-DE'), c, 'de-DE')).toEqual({ ok: true, criterion: c });
  });
});
