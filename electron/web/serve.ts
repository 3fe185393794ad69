/**
 * The web harness: serves the renderer build on 127.0.0.1 and answers the IPC contract over HTTP
 * with the very same handlers the Electron main process uses. Only the transport differs.
 */
import { createServer } from 'node:http';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { createHarnessDeps } from './harness-deps';
import { createHarnessRequestHandler } from './request-handler';
import { createHandlers } from '../main/handlers';

const port = Number(process.env.CG_PORT ?? 5178);
const rendererRoot = resolve(process.env.CG_RENDERER_DIR ?? 'out/renderer');
const dataFolder = resolve(process.env.CG_DATA_DIR ?? '.tmp/web-data');
// A fixed token can be handed in by tests; otherwise every start gets a fresh one.
const token = process.env.CG_TOKEN ?? randomBytes(24).toString('hex');

const phoneFolder = resolve(process.env.CG_PHONE_DIR ?? 'out/phone');

const deps = await createHarnessDeps(dataFolder, phoneFolder);
const server = createServer(createHarnessRequestHandler({ rendererRoot, token, handlers: createHandlers(deps) }));
server.listen(port, '127.0.0.1', () => {
  console.log(`Common Ground (web harness) at http://127.0.0.1:${port}/?token=${token}`);
  console.log(`Data folder: ${dataFolder}`);
});
