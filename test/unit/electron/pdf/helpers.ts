import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AgreementFileSchema, type AgreementVersion } from '../../../../shared/model/agreement';
import { AuditEventSchema, type AuditEvent } from '../../../../shared/model/audit';
import type { ServiceDeps } from '../../../../electron/main/services/deps';

const fixturePath = new URL('../../../fixtures/signed-agreement.json', import.meta.url);

export function loadFixture(): { version: AgreementVersion; auditEvents: AuditEvent[] } {
  const json = JSON.parse(readFileSync(fixturePath, 'utf8')) as { auditEvents: unknown[] };
  return { version: AgreementFileSchema.parse(json).version, auditEvents: json.auditEvents.map((e) => AuditEventSchema.parse(e)) };
}

export const fixtureFile = () => fixturePath.pathname;

export function draftOf(version: AgreementVersion): AgreementVersion {
  return { ...version, status: 'draft', signatures: [], contentHash: null, frozenAt: null, content: { ...version.content, locale: 'en-GB', currency: 'EUR' } };
}

export const tempDir = (prefix = 'cg-pdf-') => mkdtempSync(join(tmpdir(), prefix));

export function writeTemp(dir: string, name: string, bytes: Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, bytes);
  return path;
}

export const hasPoppler = spawnSync('pdfsig', ['-v']).error === undefined && spawnSync('qpdf', ['--version']).error === undefined;

/** Runs a poppler/qpdf tool and returns stdout + stderr (pdfsig exits 0 even for broken seals, so read the text). */
export function tool(cmd: string, args: string[]): { out: string; code: number } {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  return { out: `${r.stdout}${r.stderr}`, code: r.status ?? -1 };
}

export const pdftotext = (path: string) => execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });

/** Changes one character of the /Producer string inside the sealed range: structure stays valid, the digest does not. */
export function flipOneByte(pdf: Uint8Array): Uint8Array {
  const copy = new Uint8Array(pdf);
  const text = Buffer.from(copy).toString('latin1');
  const at = text.indexOf('/Producer <FEFF');
  if (at < 0) throw new Error('No /Producer hex string to flip');
  const digit = at + '/Producer <FEFF'.length + 3;
  copy[digit] = copy[digit] === 0x33 ? 0x34 : 0x33;
  return copy;
}

/**
 * Appends a genuine incremental update (new Info dictionary, xref section, trailer pointing
 * back with /Prev) after %%EOF, as an editor would when saving changes to a sealed PDF.
 */
export function appendIncrementalUpdate(pdf: Uint8Array): Uint8Array {
  const text = Buffer.from(pdf).toString('latin1');
  const root = [...text.matchAll(/\/Root\s+(\d+)\s+(\d+)\s+R/g)].pop();
  const prev = [...text.matchAll(/startxref\s+(\d+)/g)].pop();
  const size = [...text.matchAll(/\/Size\s+(\d+)/g)].pop();
  if (!root || !prev || !size) throw new Error('Cannot find the trailer to extend');
  const objectNumber = Number(size[1]);
  const objectOffset = pdf.byteLength + 1;
  const object = `\n${objectNumber} 0 obj\n<< /Title (Changed after sealing) /Producer (Someone else) >>\nendobj\n`;
  const xrefOffset = pdf.byteLength + object.length;
  const update =
    object +
    `xref\n0 1\n0000000000 65535 f \n${objectNumber} 1\n${String(objectOffset).padStart(10, '0')} 00000 n \n` +
    `trailer\n<< /Size ${objectNumber + 1} /Root ${root[1]} ${root[2]} R /Info ${objectNumber} 0 R /Prev ${prev[1]} >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  return new Uint8Array(Buffer.concat([Buffer.from(pdf), Buffer.from(update, 'latin1')]));
}

/** Service deps for tests: a vault that visibly transforms bytes, and a save dialog answered by the test. */
export function testDeps(dataFolder: string, savePath: string | null = null): ServiceDeps {
  const xor = async (b: Buffer) => Buffer.from(b.map((x) => x ^ 0x5a));
  return {
    appName: 'Common Ground',
    appVersion: '0.0.0-test',
    platform: process.platform,
    shell: 'web',
    dataFolder,
    chooseSavePath: async () => savePath,
    keyVault: { encrypt: xor, decrypt: xor },
  };
}
