import type { Workshop } from '../../../../shared/model/workshop';

/**
 * Creates the Northwind sample and completes it with the sample's review date and disqualifying
 * scoring cards (shared/template/sample.ts). Loaded on click: the first-run screen does not need it.
 */
export async function openSampleWorkshop(): Promise<Workshop> {
  const [{ createSampleWorkshop, loadWorkshop, saveDraftContent }, { sampleContent }] = await Promise.all([
    import('../../db/repositories/workshops'),
    import('../../../../shared/template/sample'),
  ]);
  const workshop = await createSampleWorkshop();
  const found = await loadWorkshop(workshop.id);
  if (found) await saveDraftContent(found.version.id, sampleContent(found.version.content));
  return workshop;
}
