import { describe, expect, it } from 'vitest';
import { VersionStatusSchema } from '../../../../shared/model/agreement';
import { STATUSES, STATUS_LABELS } from '../../../../renderer/src/features/library/LibraryFilters';

describe('status filter', () => {
  // The filter lists statuses without loading zod at start-up; it must still offer exactly the schema's.
  it('offers every status of the model, in the model order, each with a label', () => {
    expect(STATUSES).toEqual(VersionStatusSchema.options);
    expect(STATUSES.every((s) => STATUS_LABELS[s].length > 0)).toBe(true);
  });
});
