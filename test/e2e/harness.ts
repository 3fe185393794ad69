export const HARNESS_PORT = Number(process.env.CG_E2E_PORT ?? 5199);
export const HARNESS_TOKEN = 'e2e-token-0123456789abcdef';
export const HARNESS_URL = `http://127.0.0.1:${HARNESS_PORT}/?token=${HARNESS_TOKEN}`;
