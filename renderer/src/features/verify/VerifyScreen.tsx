/** Placeholder until the verifier lands (sign & export issue). */
export function VerifyScreen() {
  return (
    <div className="page">
      <h1>Verify a PDF</h1>
      <p className="muted">Verification of sealed agreements is not built yet.</p>
    </div>
  );
}
