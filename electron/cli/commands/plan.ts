import type { AgreementVersion } from '../../../shared/model/agreement';
import { derivedTarget, reverseFunnel, WORKED_ATTAINMENTS, type ReverseFunnel } from '../../../shared/rules/goals';
import { incentiveTableOf, rulesInEffect } from '../../../shared/rules/rules-version';
import { describeFunnelRounding } from '../../../shared/present/funnel';
import { presentAgreement } from '../../../shared/present/agreement';
import { sectionLines } from '../render-sections';
import { decimalOption, parseCommandLine, UsageError } from '../args';
import { readAgreementInput } from '../inputs';
import { EXIT, type CliCommand } from '../types';

/** The most attainments one run prints: a table, not a data dump. */
const MAX_ATTAINMENTS = 100;
const ATTAINMENT_RANGE = { min: 0, max: 1000 };

/** "80,100,120" → [80, 100, 120]; each value a plain decimal number from 0 to 1000. */
export function parseAttainments(text: string | undefined): number[] {
  if (text === undefined) return [...WORKED_ATTAINMENTS];
  const parts = text.split(',').map((p) => p.trim());
  if (parts.length > MAX_ATTAINMENTS) throw new UsageError(`--attainments takes at most ${MAX_ATTAINMENTS} values, not ${parts.length}.`);
  return parts.map((part) => decimalOption('attainments', part, ATTAINMENT_RANGE));
}

function commitmentsOf(version: AgreementVersion) {
  const { goals, commitments } = version.content;
  return commitments.rows.map((row) => {
    const fromFunnel = row.overridden ? null : derivedTarget(row, goals);
    return { row, stale: fromFunnel !== null && fromFunnel !== row.target ? fromFunnel : null };
  });
}

function funnelJson(version: AgreementVersion, funnel: ReverseFunnel) {
  const { goals, currency, locale } = version.content;
  return {
    perQuarter: funnel.perQuarter,
    perMonth: funnel.perMonth,
    mqlCommitmentPerMonth: funnel.mqlCommitmentPerMonth,
    pipelineCents: funnel.pipelineCents,
    leadTimeMonths: funnel.leadTimeMonths,
    capacity: funnel.capacity,
    rounding: describeFunnelRounding(goals, funnel, { currency, locale }),
  };
}

/** The sections a plan is about, as the review summary and the PDF present them. */
const PLAN_SECTIONS = new Set(['goals', 'incentives', 'commitments']);

function printText(version: AgreementVersion, attainments: number[], out: (line: string) => void): void {
  const c = version.content;
  out(`Plan of ${c.organisation} · ${c.quarter} · v${version.version} (${version.status})`);
  // A signed version prints what was signed: its figures follow the rules it records.
  for (const section of presentAgreement(version, { attainments }).sections.filter((x) => PLAN_SECTIONS.has(x.id))) {
    out('');
    for (const line of sectionLines(section)) out(line);
  }
}

export const command: CliCommand = {
  name: 'plan',
  summary: 'Print an agreement’s figures as the screen and the PDF show them: the funnel per quarter and per month, the commitments and the incentive pay-out table.',
  usage: 'plan --agreement <file.json> [--attainments 80,100,120] [--json]',
  help: [
    'Reads an agreement file (a draft or a signed version) and prints its figures from the same',
    'functions the goals and incentive screens and the PDF use.',
    `  --attainments  comma-separated attainments of the revenue target in %, plain decimal numbers`,
    `                 from ${ATTAINMENT_RANGE.min} to ${ATTAINMENT_RANGE.max} (default ${WORKED_ATTAINMENTS.join(',')}).`,
    '  --json         {"agreement": {...}, "funnel": {"perQuarter", "perMonth", "mqlCommitmentPerMonth", …},',
    '                 "commitments": [...], "incentives": {"onTargetBonusCents": N, "rows": [{"attainment",',
    '                 "payoutPercent", "totalCents", "salesCents", "marketingCents"}, …]}}; amounts in cents.',
  ],
  async run(args, ctx) {
    const { values: options } = parseCommandLine(this.name, args, {
      options: {
        agreement: { type: 'string', value: 'file.json', required: true },
        attainments: { type: 'string', value: '80,100,120' },
        json: { type: 'boolean' },
      },
    });
    const attainments = parseAttainments(options.attainments);
    const { version } = await readAgreementInput(options.agreement, ctx.cwd);
    const { goals } = version.content;
    const funnel = reverseFunnel(goals);
    if (!options.json) {
      printText(version, attainments, ctx.out);
      return EXIT.ok;
    }
    const table = incentiveTableOf(version, attainments);
    const report = {
      agreement: {
        id: version.id,
        agreementId: version.agreementId,
        version: version.version,
        status: version.status,
        organisation: version.content.organisation,
        quarter: version.content.quarter,
        currency: version.content.currency,
        locale: version.content.locale,
        // The rules its figures are computed with: a signed version's own, today's for a draft.
        rulesVersion: rulesInEffect(version),
      },
      funnel: funnelJson(version, funnel),
      commitments: commitmentsOf(version).map(({ row, stale }) => ({ ...row, ...(stale === null ? {} : { funnelTargetToday: stale }) })),
      incentives: {
        onTargetBonusCents: table.onTargetBonusCents,
        rows: table.rows.map((r) => ({ attainment: r.attainment, payoutPercent: r.payoutPercent, totalCents: r.totalCents, salesCents: r.salesCents, marketingCents: r.marketingCents })),
      },
    };
    ctx.out(JSON.stringify(report, null, 2));
    return EXIT.ok;
  },
};
