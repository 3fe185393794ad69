import type { AgreementVersion } from '../../../shared/model/agreement';
import { derivedTarget, reverseFunnel, WORKED_ATTAINMENTS, type ReverseFunnel } from '../../../shared/rules/goals';
import { incentiveTableOf, rulesInEffect, rulesNotice } from '../../../shared/rules/rules-version';
import { describeFunnelCapacity, describeFunnelRounding, formatCount, FUNNEL_TABLE_COLUMNS, funnelTable } from '../../../shared/present/funnel';
import { incentivePlanOf } from '../../../shared/present/incentives-of-version';
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

/** Plain columns for a terminal: the first column left-aligned, numbers right-aligned. */
function columns(rows: string[][], rightAligned: (index: number) => boolean): string[] {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => [...r[i]].length)));
  return rows.map((r) => `  ${r.map((cell, i) => (rightAligned(i) ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('  ')}`.trimEnd());
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

function printText(version: AgreementVersion, funnel: ReverseFunnel, attainments: number[], out: (line: string) => void): void {
  const c = version.content;
  const ctx = { currency: c.currency, locale: c.locale };
  out(`Plan of ${c.organisation} · ${c.quarter} · v${version.version} (${version.status})`);
  out('');
  out('Funnel');
  const funnelRows = funnelTable(c.goals, funnel, ctx).map((r) => [r.stage, r.perQuarter, r.perMonth, r.derivation]);
  const header = [FUNNEL_TABLE_COLUMNS[0], FUNNEL_TABLE_COLUMNS[2], FUNNEL_TABLE_COLUMNS[3], FUNNEL_TABLE_COLUMNS[1]];
  for (const line of columns([header, ...funnelRows], (i) => i === 1 || i === 2)) out(line);
  out(`  ${describeFunnelRounding(c.goals, funnel, ctx)}`);
  out(`  ${describeFunnelCapacity(c.goals, funnel, ctx)}`);
  out('');
  out('Commitments');
  for (const { row, stale } of commitmentsOf(version)) {
    const target = `${formatCount(row.target, c.locale, 2)} ${row.unit}`.trim();
    const note = stale === null ? '' : ` (the funnel gives ${formatCount(stale, c.locale)} today)`;
    out(`  ${row.owner}: ${row.commitment} — ${row.metric} ${target} ${row.period}${note}`);
  }
  out('');
  out('Incentives');
  // A signed version prints what was signed: its figures follow the rules it records.
  const own = incentivePlanOf(version, attainments);
  const notice = rulesNotice(version);
  if (notice) for (const line of [`${notice.heading}.`, ...notice.sentences]) out(`  ${line}`);
  for (const sentence of own.sentences) out(`  ${sentence.text}`);
  const table = own.table;
  out(`  ${table.label}:`);
  for (const line of columns([[...table.columns], ...table.rows.map((r) => r.cells)], (i) => i > 0)) out(line);
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
      printText(version, funnel, attainments, ctx.out);
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
