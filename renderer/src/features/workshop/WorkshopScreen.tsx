import { useEffect, useRef, useState } from 'react';
import type { StepId } from '../../../../shared/model/workshop';
import { loadWorkshop } from '../../db/repositories/workshops';
import { useEditor } from '../../stores/editor';
import { navigate } from '../../router';
import { STEPS, stepIndex } from '../steps';
import { WorkshopTopBar } from './WorkshopTopBar';
import { goToStep } from '../../../../shared/rules/agenda';
import { StepConsent } from '../agenda/StepConsent';
import { FrozenNotice } from '../review/FrozenBanner';
import { useIsFrozen } from './useIsFrozen';
import { KEEP_ONLY_TABS, useReadOnlyControls } from './useReadOnlyControls';
import { IntegrityBanner, useVersionIntegrity, useVersionProvenance } from './IntegrityBanner';
import { ProvenanceNotice } from '../review/ProvenanceNotice';
import './workshop.css';

/** Opens a workshop into the editor store and shows the current agenda step. */
export function WorkshopScreen({ workshopId, step }: { workshopId: string; step: StepId }) {
  const loadedId = useEditor((s) => s.workshop?.id);
  const [missing, setMissing] = useState(false);
  const versionId = useEditor((s) => s.version?.id);
  const frozen = useIsFrozen();
  const stepContent = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  // Checked on every open (shared/rules/integrity): a record changed outside the app is locked whole, signing and export included.
  const problems = useVersionIntegrity(loadedId === workshopId ? versionId : undefined);
  // Signatures this install cannot vouch for are marked on every step; review and export show the same notice in their own place.
  const provenance = useVersionProvenance(loadedId === workshopId);
  // A frozen version is read-only on every step; navigation, presenter and export stay outside the lock.
  useReadOnlyControls(stepContent, (frozen || problems !== undefined) && loadedId === workshopId, problems ? KEEP_ONLY_TABS : undefined);

  useEffect(() => {
    if (loadedId === workshopId) return;
    let cancelled = false;
    void loadWorkshop(workshopId).then((found) => {
      if (cancelled) return;
      if (!found) return setMissing(true);
      useEditor.getState().load(found.workshop, found.version);
    });
    return () => {
      cancelled = true;
    };
  }, [workshopId, loadedId]);

  // Opening a workshop (from the library with Enter, say) unmounts the control that had focus: give it to the
  // step's heading instead of letting it fall to the page body (WCAG 2.4.3).
  const loaded = loadedId === workshopId;
  useEffect(() => {
    if (loaded && (document.activeElement === null || document.activeElement === document.body)) heading.current?.focus();
  }, [loaded]);

  // The agenda remembers where the group is, so reopening lands on the same step.
  useEffect(() => {
    const { workshop, setAgenda } = useEditor.getState();
    if (workshop?.id === workshopId && workshop.agenda.current !== step) setAgenda((agenda) => goToStep(agenda, step, new Date().toISOString()));
  }, [step, workshopId, loadedId]);

  if (missing) return <p className="page alert alert-danger">This workshop no longer exists.</p>;
  if (loadedId !== workshopId) return <p className="page muted">Opening the workshop…</p>;

  const index = stepIndex(step);
  const definition = STEPS[index];
  const go = (offset: number) => navigate({ name: 'workshop', workshopId, step: STEPS[index + offset].id });
  const Screen = definition.Screen;
  return (
    <>
      <WorkshopTopBar />
      <div className="page">
        <header style={{ marginBottom: 'var(--space-5)' }}>
          <p className="muted" style={{ margin: 0 }}>
            Step {index + 1} of {STEPS.length}
          </p>
          <h1 ref={heading} tabIndex={-1} className="focus-target">
            {definition.title}
          </h1>
          <p className="muted">{definition.purpose}</p>
        </header>
        {problems && <IntegrityBanner problems={problems} />}
        {provenance === 'unverified' && step !== 'review' && step !== 'export' && <ProvenanceNotice provenance="unverified" sealer={null} />}
        <FrozenNotice showHash={step === 'review'} />
        {/* Keyed by version: a version is only ever unfrozen by Revise, a new version, so its controls mount afresh with their own props. */}
        <div key={versionId} ref={stepContent} className="step-content" data-read-only={frozen || problems !== undefined || undefined}>
          <Screen />
          <StepConsent step={step} />
        </div>
        <nav className="step-footer" aria-label="Step navigation">
          <button className="btn" disabled={index === 0} onClick={() => go(-1)}>
            ← Back{index > 0 ? `: ${STEPS[index - 1].title}` : ''}
          </button>
          {index < STEPS.length - 1 && (
            <button className="btn btn-primary" onClick={() => go(1)}>
              Next: {STEPS[index + 1].title} →
            </button>
          )}
        </nav>
      </div>
    </>
  );
}
