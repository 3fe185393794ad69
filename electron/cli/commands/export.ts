import { resolve } from 'node:path';
import { writeFileAtomic } from '../../main/services/atomic-file';
import { KeyStore } from '../../main/services/keys';
import { exportAgreementPdf, isSealable } from '../../main/services/pdf/export';
import { parseCommandLine } from '../args';
import { EXIT, type CliCommand } from '../types';
import { readAgreementInput, readP12Key } from '../inputs';

export const command: CliCommand = {
  name: 'export',
  summary: 'Render an agreement JSON to PDF. Signed versions are sealed (this install’s key, or --p12 with the password in CG_P12_PASSWORD, whose certificate `verify` then knows); drafts get a DRAFT watermark.',
  usage: 'export <agreement.json> <out.pdf> [--p12 file.p12]',
  async run(args, ctx) {
    const { positionals, values } = parseCommandLine(this.name, args, {
      options: { p12: { type: 'string', value: 'file.p12' } },
      positionals: { names: ['<agreement.json>', '<out.pdf>'], min: 2, max: 2 },
    });
    const [input, output] = positionals;
    const { version, auditEvents } = await readAgreementInput(input, ctx.cwd);
    const sealable = isSealable(version);
    const keys = new KeyStore(ctx.deps);
    const key = !sealable ? null : values.p12 !== undefined ? await readP12Key(values.p12, ctx.cwd, ctx.env) : await keys.sealingKey();
    const bytes = await exportAgreementPdf({ version, auditEvents, certificate: key ? { p12: key.p12, passphrase: key.passphrase, info: key.info } : null, watermark: !sealable });
    const saved = await writeFileAtomic(resolve(ctx.cwd, output), bytes);
    // Whoever holds the .p12 and its password speaks for that organisation: `verify` here knows it from now on.
    if (key && values.p12 !== undefined) await keys.recogniseImported(key.info.fingerprint);
    ctx.out(`Wrote ${saved.path} (${saved.bytes} bytes, SHA-256 ${saved.sha256})`);
    ctx.out(key ? `Sealed with ${key.info.subject} (certificate SHA-256 ${key.info.fingerprint})` : `Not sealed: version ${version.version} is ${version.status}, exported as a DRAFT.`);
    return EXIT.ok;
  },
};
