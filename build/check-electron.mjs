/**
 * Runs before `npm start`: says plainly when the Electron binary is missing, instead of Electron's
 * own "Electron uninstall" error (or a download attempt on a machine with no internet). It only
 * looks at files; it never downloads anything.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Why Electron cannot start here, in words with what to do; null when the binary is in place. */
export function electronBinaryProblem(electronDir, env = process.env) {
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    return existsSync(env.ELECTRON_OVERRIDE_DIST_PATH) ? null : `ELECTRON_OVERRIDE_DIST_PATH points at ${env.ELECTRON_OVERRIDE_DIST_PATH}, which does not exist. Point it at an unpacked Electron, or unset it.`;
  }
  const pathFile = join(electronDir, 'path.txt');
  const executable = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  if (executable && existsSync(join(electronDir, 'dist', executable))) return null;
  return [
    'Common Ground cannot open its window: the Electron binary is not installed.',
    'npm ci installs it by downloading it from GitHub; that download did not happen here (no internet, a proxy, or ELECTRON_SKIP_BINARY_DOWNLOAD set).',
    'To fix it: on a connection to the internet run `node node_modules/electron/install.js`, then `npm start` again;',
    'or set ELECTRON_OVERRIDE_DIST_PATH to a folder holding an unpacked Electron of the version in package-lock.json.',
    'Meanwhile `npm run web` runs the same app in your browser, served only on 127.0.0.1.',
  ].join('\n');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const problem = electronBinaryProblem(fileURLToPath(new URL('../node_modules/electron/', import.meta.url)));
  if (problem) {
    console.error(problem);
    process.exit(1);
  }
}
