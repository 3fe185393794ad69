import { describe, expect, it } from 'vitest';
import type { AgreementVersion } from '../../../../shared/model/agreement';
import type { Workshop } from '../../../../shared/model/workshop';
import { templateContent } from '../../../../shared/template/sales-marketing';
import { SAMPLE_INPUT } from '../../../../shared/template/sample';
import { undo, useEditor } from '../../../../renderer/src/stores/editor';
import { FROZEN_MESSAGE } from '../../../../shared/rules/frozen';

const NOW = '2027-01-14T10:00:00.000Z';

function open(id: string) {
  const version: AgreementVersion = { id: `v-${id}`, agreementId: `a-${id}`, version: 1, status: 'draft', content: templateContent(SAMPLE_INPUT), contentHash: null, signatures: [], previousVersionId: null, workshopId: `w-${id}`, createdAt: NOW, updatedAt: NOW, frozenAt: null };
  const workshop = { id: `w-${id}`, versionId: version.id, agreementId: version.agreementId, agenda: { current: 'participants', steps: [], timerStartedAt: null }, consents: [], parkingLot: [], maturity: { Marketing: { answers: {}, submitted: false }, Sales: { answers: {}, submitted: false }, revealed: false }, rankings: { Marketing: { order: [], submitted: false }, Sales: { order: [], submitted: false }, revealed: false }, createdAt: NOW, updatedAt: NOW } as Workshop;
  useEditor.getState().load(workshop, version);
}

const type = (title: string) => useEditor.getState().editContent((c) => ({ ...c, title }), { coalesce: 'title' });
const steps = () => useEditor.temporal.getState().pastStates.length;

describe('editor history', () => {
  it('typing within a second is one undo step', () => {
    open('a');
    type('N');
    type('No');
    type('Nor');
    expect(steps()).toBe(1);
  });

  it('the first edit after opening another workshop is its own undo step, even within the second', () => {
    open('a');
    type('Northwind');
    open('b');
    type('Contoso');
    expect(steps()).toBe(1);
    undo();
    expect(useEditor.getState().version?.content.title).toBe(templateContent(SAMPLE_INPUT).title);
  });

  it('typing again right after an undo starts a new step', () => {
    open('c');
    type('A');
    type('AB');
    undo();
    type('X');
    expect(steps()).toBe(1);
  });

  it('refuses every content edit to a frozen version, and leaves the content as it was', () => {
    open('d');
    const version = useEditor.getState().version!;
    useEditor.setState({ version: { ...version, status: 'signed', contentHash: 'a'.repeat(64) } });
    const before = useEditor.getState().version!.content;
    expect(type('Changed after signing')).toBe(FROZEN_MESSAGE);
    expect(useEditor.getState().version!.content).toBe(before);
  });
});
