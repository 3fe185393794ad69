/**
 * The page at the room's bare address, for people who type the URL instead of scanning: one
 * field for the join code shown on the projector. Plain HTML, no script, nothing else served.
 */
export function codeFormPage(problem: string | null, locked: boolean): string {
  const body = locked
    ? '<p role="alert">Too many wrong codes were tried. Scan the QR code on the projector instead.</p>'
    : `<form method="get" action="/code">
  <label for="code">Room code</label>
  <input id="code" name="code" autocomplete="off" autocapitalize="characters" maxlength="12" required ${problem ? 'aria-describedby="problem" aria-invalid="true"' : ''}>
  <button type="submit">Join</button>
</form>${problem ? `\n<p id="problem" role="alert">${problem}</p>` : ''}`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Join the workshop · Common Ground</title></head>
<body><main><h1>Join the workshop</h1>
<p>Type the code shown on the projector.</p>
${body}
</main></body></html>`;
}
