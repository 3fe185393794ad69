import { resolve } from 'node:path';
import { writeFileAtomic } from '../../main/services/atomic-file';
import { extractAgreement } from '../../main/services/pdf/verify';
import { parseCommandLine } from '../args';
import { EXIT, type CliCommand } from '../types';
import { readInputFile } from '../inputs';

export const command: CliCommand = {
  name: 'extract',
  summary: 'Write the agreement.json embedded in an exported PDF (from its sealed part) to a file.',
  usage: 'extract <file.pdf> <agreement.json>',
  async run(args, ctx) {
    const { positionals } = parseCommandLine(this.name, args, { options: {}, positionals: { names: ['<file.pdf>', '<agreement.json>'], min: 2, max: 2 } });
    const [input, output] = positionals;
    const agreement = await extractAgreement(new Uint8Array(await readInputFile(input, ctx.cwd, 'PDF')));
    const saved = await writeFileAtomic(resolve(ctx.cwd, output), `${JSON.stringify(agreement, null, 2)}\n`);
    ctx.out(`Wrote ${saved.path}: ${agreement.version.content.organisation} · ${agreement.version.content.quarter} · v${agreement.version.version} (${agreement.version.status})`);
    return EXIT.ok;
  },
};
