import { resolve } from 'node:path';
import { writeFileAtomic } from '../../main/services/atomic-file';
import { KeyStore, type SealingKey } from '../../main/services/keys';
import { exportWithProvenance } from '../../main/services/pdf/provenance';
import { UNVERIFIED_WATERMARK, type ExportPlan } from '../../../shared/rules/provenance';
import { AppFailure } from '../../../shared/ipc/result';
import { parseCommandLine } from '../args';
import { EXIT, type CliCommand } from '../types';
import { readAgreementInput, readInputFile, readP12Key } from '../inputs';

/** The largest original sealed PDF an agreement file may carry beside the agreement (base64 characters). */
const MAX_ATTACHED_CHARS = 70_000_000;

/**
 * An agreement file may carry the original sealed PDF of its version as `sealedPdf` (base64): the
 * export then checks that PDF (seal intact and covering the whole file, embedded agreement exactly
 * this version) and writes it out byte for byte. Anything else in the field is refused.
 */
async function readAttachedOriginal(path: string, cwd: string): Promise<Uint8Array | null> {
  const json = JSON.parse((await readInputFile(path, cwd, 'agreement file')).toString('utf8')) as { sealedPdf?: unknown } | null;
  const attached = json && typeof json === 'object' ? json.sealedPdf : undefined;
  if (attached === undefined) return null;
  if (typeof attached !== 'string' || attached.length > MAX_ATTACHED_CHARS || !/^[A-Za-z0-9+/]*={0,2}$/.test(attached) || attached.length % 4 !== 0) {
    throw new AppFailure('INVALID_FILE', `${path}: sealedPdf must be the original sealed PDF in base64`);
  }
  return new Uint8Array(Buffer.from(attached, 'base64'));
}

function outcome(plan: ExportPlan, version: { version: number; status: string }, certificate: { subject: string; fingerprint: string } | null, attachedProblem: string | null): string[] {
  switch (plan) {
    case 'seal':
      return [`Sealed with ${certificate!.subject} (certificate SHA-256 ${certificate!.fingerprint})`];
    case 'original':
      return [`Wrote the original sealed PDF of version ${version.version} byte for byte (sealed by ${certificate?.subject ?? 'an unknown certificate'}, certificate SHA-256 ${certificate?.fingerprint ?? '?'})`];
    case 'draft':
      return [`Not sealed: version ${version.version} is ${version.status}, exported as a DRAFT.`];
    default:
      return [
        `Not sealed: the signatures of version ${version.version} were not captured on this install and no original sealed PDF of exactly this version is at hand, so it was exported as an unsealed copy marked “${UNVERIFIED_WATERMARK}”; \`verify\` rejects it.`,
        ...(attachedProblem ? [`The sealed PDF the file carries was not used: ${attachedProblem}`] : []),
        'To share the signed agreement, use its original sealed PDF.',
      ];
  }
}

export const command: CliCommand = {
  name: 'export',
  summary:
    'Render an agreement JSON to PDF. A signed version is sealed only when its signatures were witnessed by this install (this install’s key, or --p12 with the password in CG_P12_PASSWORD, whose certificate `verify` then knows); one that carries its original sealed PDF (sealedPdf) is written as that PDF; any other signed version becomes an unsealed IMPORTED COPY — NOT VERIFIED (exit 1). Drafts get a DRAFT watermark.',
  usage: 'export <agreement.json> <out.pdf> [--p12 file.p12]',
  async run(args, ctx) {
    const { positionals, values } = parseCommandLine(this.name, args, {
      options: { p12: { type: 'string', value: 'file.p12' } },
      positionals: { names: ['<agreement.json>', '<out.pdf>'], min: 2, max: 2 },
    });
    const [input, output] = positionals;
    const { version, auditEvents } = await readAgreementInput(input, ctx.cwd);
    const attachedOriginal = await readAttachedOriginal(input, ctx.cwd);
    const keys = new KeyStore(ctx.deps);
    const org: SealingKey | null = values.p12 !== undefined ? await readP12Key(values.p12, ctx.cwd, ctx.env) : null;
    const made = await exportWithProvenance({
      version,
      auditEvents,
      sources: {
        dataFolder: ctx.deps.dataFolder,
        verifiers: () => keys.witnessVerifiers(org ? [org] : []),
        originOf: (fingerprint) => keys.originOf(fingerprint),
        attachedOriginal,
      },
      sealingKey: async () => org ?? (await keys.sealingKey()),
    });
    const saved = await writeFileAtomic(resolve(ctx.cwd, output), made.bytes);
    // Whoever holds the .p12 and its password speaks for that organisation: `verify` here knows it from now on.
    if (org && made.plan === 'seal') await keys.recogniseImported(org.info.fingerprint);
    ctx.out(`Wrote ${saved.path} (${saved.bytes} bytes, SHA-256 ${saved.sha256})`);
    for (const line of outcome(made.plan, version, made.certificate, made.attachedProblem)) ctx.out(line);
    // A version that claims signatures but could not be sealed is a negative answer, so a script does not pass the copy on as signed.
    return made.plan === 'unverified-copy' ? EXIT.negative : EXIT.ok;
  },
};
