import { Suspense } from 'react';
import { Toaster } from 'sonner';
import { useRoute, type Route } from './router';
import { AudienceScreen } from './features/presenter/AudienceScreen';
import { Rail } from './features/workshop/Rail';
import { LibraryScreen } from './features/library/LibraryScreen';
import { NewWorkshopScreen } from './features/workshop/NewWorkshopScreen';
import { WorkshopScreen } from './features/workshop/WorkshopScreen';
import { SettingsScreen } from './features/settings/SettingsScreen';
import { VerifyScreen } from './features/verify/VerifyScreen';
import { usePdfDropAnywhere } from './features/verify/pdf-drop';
import { useGlobalShortcuts } from './features/workshop/useGlobalShortcuts';
import { BackupsScreen } from './features/backups/BackupsScreen';
import { useAutoBackup } from './features/backups/useAutoBackup';
import { HistoryScreen } from './features/history/HistoryScreen';
import { QuarterlyReviewScreen } from './features/quarterly-review/QuarterlyReviewScreen';
import { PresenterOverlay } from './features/presenter/PresenterOverlay';
import { HelpOverlay } from './features/help/HelpOverlay';

export function App() {
  const route = useRoute();
  // The second display's audience view is a window of its own: no rail, no editing.
  if (route.name === 'audience') return <AudienceScreen workshopId={route.workshopId} />;
  return <MainApp route={route} />;
}

function MainApp({ route }: { route: Route }) {
  useGlobalShortcuts();
  usePdfDropAnywhere();
  useAutoBackup();
  return (
    <>
    <div className="app">
      <Rail route={route} />
      <main className="main" id="main">
        <Suspense fallback={<p className="page muted">Loading…</p>}>
          {route.name === 'library' && <LibraryScreen />}
          {route.name === 'new-workshop' && <NewWorkshopScreen />}
          {route.name === 'workshop' && <WorkshopScreen workshopId={route.workshopId} step={route.step} />}
          {route.name === 'settings' && <SettingsScreen />}
          {route.name === 'verify' && <VerifyScreen />}
          {route.name === 'backups' && <BackupsScreen />}
          {route.name === 'review' && <QuarterlyReviewScreen versionId={route.versionId} />}
          {route.name === 'history' && <HistoryScreen agreementId={route.agreementId} />}
        </Suspense>
      </main>
    </div>
    <PresenterOverlay />
    <HelpOverlay />
    <Toaster position="bottom-right" richColors closeButton />
    </>
  );
}
