import { join } from 'node:path';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { runCli } from '../../../../electron/cli/index';
import type { CliContext } from '../../../../electron/cli/types';
import { findLastSignature } from '../../../../electron/main/services/pdf/signature-field';
import { tempDir, testDeps } from '../pdf/helpers';

/** A CLI context that records what is printed; `dataFolder` decides which certificates are known. */
export function cliContext(options: { dir?: string; dataFolder?: string; env?: NodeJS.ProcessEnv } = {}) {
  const dir = options.dir ?? tempDir('cg-cli-');
  const out: string[] = [];
  const err: string[] = [];
  const ctx: CliContext = { deps: testDeps(options.dataFolder ?? join(dir, 'data')), out: (l) => out.push(l), err: (l) => err.push(l), env: options.env ?? {}, cwd: dir };
  const run = async (...argv: string[]) => {
    out.length = 0;
    err.length = 0;
    return runCli(argv, ctx);
  };
  return { ctx, dir, out, err, run };
}

/**
 * Flips one byte of the signing certificate's own signature inside the seal's /Contents. The
 * document's signature is untouched (the certificate lives in the unsigned part), so only a
 * check of the certificate itself can tell: the fingerprint simply changes.
 */
export function damageSealCertificate(pdf: Uint8Array): Uint8Array {
  const location = findLastSignature(pdf);
  if (!location) throw new Error('Not sealed');
  const der = location.contents;
  const info = new pkijs.ContentInfo({ schema: asn1js.fromBER(der.slice().buffer).result });
  const cert = new pkijs.SignedData({ schema: info.content }).certificates?.[0];
  if (!(cert instanceof pkijs.Certificate)) throw new Error('No certificate in the seal');
  const certDer = Buffer.from(cert.toSchema().toBER(false));
  const at = Buffer.from(der).indexOf(certDer);
  if (at < 0) throw new Error('Certificate bytes not found in the seal');
  const target = at + certDer.length - 20; // inside the certificate's signatureValue
  // The hex digits of that byte in the file: /Contents starts with "<" at byteRange[1].
  const hexAt = location.byteRange[1] + 1 + target * 2;
  const copy = new Uint8Array(pdf);
  copy[hexAt] = copy[hexAt] === 0x30 ? 0x31 : 0x30;
  return copy;
}
