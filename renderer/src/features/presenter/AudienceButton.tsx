import { useEffect, useState } from 'react';
import { bridge } from '../../bridge';
import type { AudienceDisplayInfo } from '../../../../shared/ipc/channels/presenter';
import { useEditor } from '../../stores/editor';
import { notify } from '../../ui/toast';

/** Offered only when the desktop app sees a second display: the projector gets the audience view. */
export function AudienceButton() {
  const workshopId = useEditor((s) => s.workshop?.id);
  const [info, setInfo] = useState<AudienceDisplayInfo | null>(null);
  useEffect(() => {
    void bridge.getAudienceDisplay({}).then((r) => r.ok && setInfo(r.data));
  }, []);
  if (!info?.available || !workshopId) return null;
  const toggle = async () => {
    const result = info.open ? await bridge.closeAudienceWindow({}) : await bridge.openAudienceWindow({ workshopId });
    if (result.ok) setInfo(result.data);
    else notify.error(result.error.message);
  };
  return (
    <button className="btn btn-small" onClick={toggle} aria-pressed={info.open}>
      {info.open ? 'Close audience screen' : 'Audience screen'}
    </button>
  );
}
