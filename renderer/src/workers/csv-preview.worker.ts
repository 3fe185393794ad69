/// <reference lib="webworker" />
import { previewCsv } from '../features/backtest/csv-preview';

/** Reads a CSV's header and first rows off the page's main thread: a hostile header cannot freeze the dialog. */
const scope = self as unknown as DedicatedWorkerGlobalScope;
scope.onmessage = (event: MessageEvent<{ file: File }>) => {
  previewCsv(event.data.file).then(
    (outcome) => scope.postMessage(outcome),
    () => scope.postMessage({ ok: false, message: 'This file could not be read. Choose it again, or export it from your CRM once more.' }),
  );
};
