import { lazy, Suspense, useEffect, useState } from 'react';
import { useRoute, type Route } from './router';
import { Rail } from './features/workshop/Rail';
import { LibraryScreen } from './features/library/LibraryScreen';
import { usePdfDropAnywhere } from './features/verify/pdf-drop';
import { useGlobalShortcuts } from './features/workshop/useGlobalShortcuts';
import { useAutoBackup } from './features/backups/useAutoBackup';
import { toasterMounted } from './ui/toast';

// Only the library is in the start-up bundle; every other screen (and recharts, dnd-kit,
// signature_pad, pdf handling that come with them) loads when it is first opened.
const AudienceScreen = lazy(() => import('./features/presenter/AudienceScreen').then((m) => ({ default: m.AudienceScreen })));
const NewWorkshopScreen = lazy(() => import('./features/workshop/NewWorkshopScreen').then((m) => ({ default: m.NewWorkshopScreen })));
const WorkshopScreen = lazy(() => import('./features/workshop/WorkshopScreen').then((m) => ({ default: m.WorkshopScreen })));
const SettingsScreen = lazy(() => import('./features/settings/SettingsScreen').then((m) => ({ default: m.SettingsScreen })));
const VerifyScreen = lazy(() => import('./features/verify/VerifyScreen').then((m) => ({ default: m.VerifyScreen })));
const BackupsScreen = lazy(() => import('./features/backups/BackupsScreen').then((m) => ({ default: m.BackupsScreen })));
const HistoryScreen = lazy(() => import('./features/history/HistoryScreen').then((m) => ({ default: m.HistoryScreen })));
const QuarterlyReviewScreen = lazy(() => import('./features/quarterly-review/QuarterlyReviewScreen').then((m) => ({ default: m.QuarterlyReviewScreen })));
const PresenterOverlay = lazy(() => import('./features/presenter/PresenterOverlay').then((m) => ({ default: m.PresenterOverlay })));
const HelpOverlay = lazy(() => import('./features/help/HelpOverlay').then((m) => ({ default: m.HelpOverlay })));
// Notices wait for this (see ui/toast.ts), so none is lost while sonner loads.
const Toaster = lazy(() =>
  import('sonner').then(({ Toaster: SonnerToaster }) => ({
    default: function AppToaster() {
      useEffect(toasterMounted, []);
      // Top right, under the workshop's header bar: at the bottom it covered each step's "Next" button.
      return <SonnerToaster position="top-right" offset={{ top: 72, right: 24 }} richColors closeButton />;
    },
  })),
);

export function App() {
  const route = useRoute();
  // The second display's audience view is a window of its own: no rail, no editing.
  if (route.name === 'audience') {
    return (
      <Suspense fallback={null}>
        <AudienceScreen workshopId={route.workshopId} />
      </Suspense>
    );
  }
  return <MainApp route={route} />;
}

/** True shortly after start-up, once the first screen had its chance to paint. */
function useAfterFirstPaint(delayMs = 300): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const timer = setTimeout(() => setReady(true), delayMs);
    return () => clearTimeout(timer);
  }, [delayMs]);
  return ready;
}

function MainApp({ route }: { route: Route }) {
  useGlobalShortcuts();
  usePdfDropAnywhere();
  useAutoBackup();
  // The presenter (P, B) and shortcut list (?) overlays only listen for keys until used, and notices
  // raised meanwhile wait for the toaster: all three load just after the first screen, not before it.
  const overlays = useAfterFirstPaint();
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
      {overlays && (
        <Suspense fallback={null}>
          <PresenterOverlay />
          <HelpOverlay />
          <Toaster />
        </Suspense>
      )}
    </>
  );
}
