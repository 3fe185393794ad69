import { act } from '@testing-library/react';
import type { AgreementVersion } from '../../../../shared/model/agreement';
import type { Criterion } from '../../../../shared/model/scoring';
import type { Workshop } from '../../../../shared/model/workshop';
import { templateContent } from '../../../../shared/template/sales-marketing';
import { SAMPLE_INPUT } from '../../../../shared/template/sample';
import { useEditor } from '../../../../renderer/src/stores/editor';

const NOW = '2027-01-14T10:00:00.000Z';

/** Opens the sample workshop in the editor store, optionally with another set of criteria. */
export function loadSample(criteria?: Criterion[]) {
  const content = templateContent(SAMPLE_INPUT);
  if (criteria) content.scoring = { ...content.scoring, criteria };
  const version: AgreementVersion = { id: 'v-1', agreementId: 'a-1', version: 1, status: 'draft', content, contentHash: null, signatures: [], previousVersionId: null, workshopId: 'w-1', createdAt: NOW, updatedAt: NOW, frozenAt: null };
  const workshop: Workshop = {
    id: 'w-1',
    versionId: 'v-1',
    agreementId: 'a-1',
    agenda: { current: 'scoring', steps: [], timerStartedAt: null },
    consents: [],
    parkingLot: [],
    maturity: { Marketing: { answers: {}, submitted: false }, Sales: { answers: {}, submitted: false }, revealed: false },
    rankings: { Marketing: { order: [], submitted: false }, Sales: { order: [], submitted: false }, revealed: false },
    createdAt: NOW,
    updatedAt: NOW,
  };
  act(() => useEditor.getState().load(workshop, version));
}

export const scoring = () => useEditor.getState().version!.content.scoring;
export const byLabel = (label: string) => scoring().criteria.find((c) => c.label === label)!;
