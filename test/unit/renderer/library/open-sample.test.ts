import { describe, expect, it } from 'vitest';
import { openSampleWorkshop } from '../../../../renderer/src/features/library/open-sample';
import { loadWorkshop } from '../../../../renderer/src/db/repositories/workshops';
import { SAMPLE_REVIEW_DATE } from '../../../../shared/template/sample';

describe('opening the sample workshop', () => {
  it('stores Northwind with its people, review date and disqualifying cards', async () => {
    const workshop = await openSampleWorkshop();
    const found = await loadWorkshop(workshop.id);
    const content = found!.version.content;
    expect(content.organisation).toBe('Northwind Analytics');
    expect(content.participants).toHaveLength(5);
    expect(content.commitments.reviewDate).toBe(SAMPLE_REVIEW_DATE);
    const student = content.scoring.criteria.find((c) => c.label === 'Student or researcher');
    expect(student).toMatchObject({ tier: 'Negative', disqualifies: true });
  });
});
