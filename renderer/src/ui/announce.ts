/**
 * A polite live region for changes made outside a drag (menus, buttons), so a screen reader
 * hears where a thing went. One region for the whole app, created on first use.
 */
let region: HTMLElement | null = null;

function liveRegion(): HTMLElement {
  if (region?.isConnected) return region;
  region = document.createElement('div');
  region.className = 'sr-only';
  region.setAttribute('role', 'status');
  region.setAttribute('aria-live', 'polite');
  region.dataset.testid = 'announcer';
  document.body.append(region);
  return region;
}

export function announce(message: string): void {
  const target = liveRegion();
  // Emptied first, so the same sentence twice in a row is still read out.
  target.textContent = '';
  requestAnimationFrame(() => {
    target.textContent = message;
  });
}
