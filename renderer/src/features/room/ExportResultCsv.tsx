import type { RoomActivityStatus } from '../../../../shared/room/status';
import { roomResultCsv } from '../../../../shared/room/csv';
import { activityTitle } from '../../../../shared/room/describe';
import { bridge } from '../../bridge';
import { unwrap } from '../../bridge/unwrap';
import { bytesToBase64 } from '../../db/base64';
import { notify } from '../../ui/toast';
import { useBusyAction } from '../../ui/useBusyAction';

/** The revealed result as a CSV file (the tables on screen, counts only), for the notes or a spreadsheet. */
export function ExportResultCsv({ activity }: { activity: RoomActivityStatus }) {
  const { busy, run } = useBusyAction();
  const save = () =>
    run(async () => {
      const csv = roomResultCsv(activity.spec, activity.tally!);
      const name = `${activityTitle(activity.spec).toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 60)}-${new Date().toISOString().slice(0, 10)}.csv`;
      const saved = unwrap(await bridge.saveFile({ suggestedName: name, base64: bytesToBase64(new TextEncoder().encode(csv)), filters: [{ name: 'CSV', extensions: ['csv'] }] }));
      if (saved) notify.success(`Saved ${saved.path}`);
    });
  return (
    <div className="row">
      <button className="btn btn-small" disabled={busy} onClick={save}>
        Export results (CSV)
      </button>
    </div>
  );
}
