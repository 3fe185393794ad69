/** Placeholder until this step's screen lands; the agenda still walks through it. */
export default function IncentivesStep() {
  return <p className="muted">This step is not built yet.</p>;
}
