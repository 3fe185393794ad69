import type { Workshop } from '../../../../shared/model/workshop';

/** Creates the Northwind sample. Loaded on click: the first-run screen does not need the repositories' write code. */
export async function openSampleWorkshop(): Promise<Workshop> {
  const { createSampleWorkshop } = await import('../../db/repositories/workshops');
  return createSampleWorkshop();
}
