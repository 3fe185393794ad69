import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import LeadDefinitionStep from '../../../../renderer/src/features/lead-definition/LeadDefinitionStep';
import { undo, useEditor } from '../../../../renderer/src/stores/editor';
import { editorContent, openTemplateWorkshop } from './helpers';

const lead = () => editorContent().leadDefinition;
const type = (label: string, value: string) => fireEvent.change(screen.getByLabelText(label), { target: { value } });

beforeEach(openTemplateWorkshop);

describe('LeadDefinitionStep', () => {
  it('refuses a company size minimum above the maximum and saves only a valid range', () => {
    render(<LeadDefinitionStep />);
    type('Company size from (employees)', '6000');
    expect(screen.getByText('Company size minimum must not exceed the maximum')).toBeInTheDocument();
    expect(lead().idealCustomer.companySize).toEqual({ min: 200, max: 5000 });
    type('Company size to (employees)', '');
    expect(screen.getByText('Enter a whole number of employees')).toBeInTheDocument();
    type('Company size to (employees)', '8000');
    expect(lead().idealCustomer.companySize).toEqual({ min: 6000, max: 8000 });
    expect(screen.queryByText('Company size minimum must not exceed the maximum')).toBeNull();
  });

  it('renames, adds, reorders and removes lifecycle stages, never below one', () => {
    render(<LeadDefinitionStep />);
    const names = () => lead().stages.map((s) => s.name);
    expect(names()).toEqual(['Inquiry', 'MQL', 'SAL', 'SQL', 'Opportunity', 'Won']);
    type('Stage 1 name', '  ');
    expect(screen.getByText('Stage name is required')).toBeInTheDocument();
    expect(names()[0]).toBe('Inquiry');
    type('Stage 1 name', 'Lead');
    expect(names()[0]).toBe('Lead');
    fireEvent.click(screen.getByRole('button', { name: 'Move MQL up' }));
    expect(names().slice(0, 2)).toEqual(['MQL', 'Lead']);
    fireEvent.click(screen.getByRole('button', { name: '+ Add stage' }));
    expect(names()).toHaveLength(7);
    fireEvent.change(screen.getByLabelText('Won owner'), { target: { value: 'RevOps' } });
    expect(lead().stages.find((s) => s.name === 'Won')!.owner).toBe('RevOps');
    for (const name of ['MQL', 'Lead', 'SAL', 'SQL', 'Opportunity', 'Won']) fireEvent.click(screen.getByRole('button', { name: `Remove ${name}` }));
    expect(names()).toEqual(['Stage 7']);
    expect(screen.getByRole('button', { name: 'Remove Stage 7' })).toBeDisabled();
  });

  it('adds and removes tags, refusing duplicates, and undo brings a removed one back', () => {
    render(<LeadDefinitionStep />);
    const industries = lead().idealCustomer.industries.length;
    type('Industries', 'Robotics');
    fireEvent.keyDown(screen.getByLabelText('Industries'), { key: 'Enter' });
    expect(lead().idealCustomer.industries).toContain('Robotics');
    type('Industries', 'robotics');
    fireEvent.click(screen.getByRole('button', { name: 'Add to Industries' }));
    expect(screen.getByText('robotics is already listed')).toBeInTheDocument();
    expect(lead().idealCustomer.industries).toHaveLength(industries + 1);
    fireEvent.click(screen.getByRole('button', { name: 'Remove Robotics from Industries' }));
    expect(lead().idealCustomer.industries).not.toContain('Robotics');
    undo();
    expect(lead().idealCustomer.industries).toContain('Robotics');
  });

  it('writes BANT qualifiers and the sales-ready paragraph', () => {
    render(<LeadDefinitionStep />);
    type('Authority', 'Signs off purchases above $50k');
    expect(lead().qualifiers.find((q) => q.kind === 'Authority')!.text).toBe('Signs off purchases above $50k');
    type('Sales-ready, in plain language', 'Asked for a demo and fits.');
    expect(lead().salesReady).toBe('Asked for a demo and fits.');
    expect(useEditor.temporal.getState().pastStates.length).toBeGreaterThan(0);
  });
});
