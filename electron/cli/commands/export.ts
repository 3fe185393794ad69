import { resolve } from 'node:path';
import { writeFileAtomic } from '../../main/services/atomic-file';
import { KeyStore } from '../../main/services/keys';
import { exportAgreementPdf, isSealable } from '../../main/services/pdf/export';
import { EXIT, parseArgs, type CliCommand } from '../types';
import { readAgreementInput, readP12Key } from '../inputs';

export const command: CliCommand = {
  name: 'export',
  summary: 'Render an agreement JSON to PDF. Signed versions are sealed (this install’s key, or --p12 with the password in CG_P12_PASSWORD); drafts get a DRAFT watermark.',
  usage: 'export <agreement.json> <out.pdf> [--p12 file.p12]',
  async run(args, ctx) {
    const { positional, options } = parseArgs(args);
    const [input, output] = positional;
    if (!input || !output) {
      ctx.err(`Usage: ${this.usage}`);
      return EXIT.usage;
    }
    const { version, auditEvents } = await readAgreementInput(input, ctx.cwd);
    const sealable = isSealable(version);
    const key = !sealable ? null : typeof options.p12 === 'string' ? await readP12Key(options.p12, ctx.cwd, ctx.env) : await new KeyStore(ctx.deps).sealingKey();
    const bytes = await exportAgreementPdf({ version, auditEvents, certificate: key ? { p12: key.p12, passphrase: key.passphrase, info: key.info } : null, watermark: !sealable });
    const saved = await writeFileAtomic(resolve(ctx.cwd, output), bytes);
    ctx.out(`Wrote ${saved.path} (${saved.bytes} bytes, SHA-256 ${saved.sha256})`);
    ctx.out(key ? `Sealed with ${key.info.subject} (certificate SHA-256 ${key.info.fingerprint})` : `Not sealed: version ${version.version} is ${version.status}, exported as a DRAFT.`);
    return EXIT.ok;
  },
};
