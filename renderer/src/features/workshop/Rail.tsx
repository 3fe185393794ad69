import type { Route } from '../../router';
import { navigate } from '../../router';
import { STEPS } from '../steps';
import { useEditor } from '../../stores/editor';
import { ThemeToggle } from '../settings/ThemeToggle';
import { StepMinutes } from '../agenda/StepMinutes';

/** The left rail: the library, the open workshop's agenda, and the tools around it. */
export function Rail({ route }: { route: Route }) {
  const workshop = useEditor((s) => s.workshop);
  const organisation = useEditor((s) => s.version?.content.organisation);
  const current = route.name === 'workshop' ? route.step : null;
  return (
    <nav className="rail" aria-label="Main">
      <div className="rail-brand">
        <Logo />
        <span>Common Ground</span>
      </div>
      <button className="rail-link" aria-current={route.name === 'library' ? 'page' : undefined} onClick={() => navigate({ name: 'library' })}>
        Library
      </button>
      <button className="rail-link" aria-current={route.name === 'new-workshop' ? 'page' : undefined} onClick={() => navigate({ name: 'new-workshop' })}>
        New workshop
      </button>
      {workshop && (
        <>
          <div className="rail-section" title={organisation}>
            {organisation ? `Workshop · ${organisation}` : 'Workshop'}
          </div>
          <ol style={{ listStyle: 'none', margin: 0, padding: 0 }} aria-label="Agenda">
            {STEPS.map((step, index) => (
              <li key={step.id}>
                <button
                  className="rail-link"
                  aria-current={current === step.id ? 'step' : undefined}
                  title={step.title}
                  onClick={() => navigate({ name: 'workshop', workshopId: workshop.id, step: step.id })}
                >
                  <span className="rail-step-number" aria-hidden="true">
                    {index + 1}
                  </span>
                  <span className="rail-step-title">{step.title}</span>
                  <StepMinutes step={step.id} />
                </button>
              </li>
            ))}
          </ol>
        </>
      )}
      <div className="rail-section">Tools</div>
      <button className="rail-link" aria-current={route.name === 'verify' ? 'page' : undefined} onClick={() => navigate({ name: 'verify' })}>
        Verify a PDF
      </button>
      <button className="rail-link" aria-current={route.name === 'backups' ? 'page' : undefined} onClick={() => navigate({ name: 'backups' })}>
        Backups
      </button>
      <button className="rail-link" aria-current={route.name === 'settings' ? 'page' : undefined} onClick={() => navigate({ name: 'settings' })}>
        Settings
      </button>
      <div className="rail-footer">
        <ThemeToggle />
      </div>
    </nav>
  );
}

function Logo() {
  return (
    <svg width="26" height="26" viewBox="0 0 32 32" aria-hidden="true">
      <circle cx="12" cy="16" r="9" fill="var(--marketing)" opacity="0.85" />
      <circle cx="20" cy="16" r="9" fill="var(--sales)" opacity="0.85" />
    </svg>
  );
}
