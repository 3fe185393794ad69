import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Criterion } from '../../../../shared/model/scoring';
import { MatchCache, SHARE_CUTS, compareWithToday, cutForVolume, engagementBand, rankTodayScore, rowToLead, runBacktest, scoreTable, shareOf, type BacktestMapping, type CrmScoreColumn } from '../../../../shared/rules/backtest';
import { fitGrade, maxAchievableByCategory, scoreLead } from '../../../../shared/rules/scoring';
import { criterion, model, tableFrom } from './helpers';

/**
 * The hand-checked case (issue 18): 16 leads, a model with pinned points, and the CRM's own
 * score in a "HubSpot Score" column.
 *
 * Model (threshold 40):
 *   Fit        industry Software +30, seniority VP +10          → fit max 40
 *              e-mail domain rival.com −10, disqualifies
 *   Engagement demo request once +20, webinar each (up to 2) +10 → engagement max 40
 *
 *  row industry  title dom   demo web outcome score | fit eng total MQL | grade band
 *   1  Software  VP    acme  1    2   won     90    | 40  40  80    yes | A 1
 *   2  Software  VP    acme  0    0   won     20    | 40   0  40    yes | A 4
 *   3  Software  –     acme  1    0   won     35    | 30  20  50    yes | A 2
 *   4  Software  –     acme  0    1   lost    80    | 30  10  40    yes | A 3
 *   5  Retail    VP    acme  1    1   won     60    | 10  30  40    yes | C 1
 *   6  Retail    VP    acme  0    0   lost    70    | 10   0  10    no  | C 4
 *   7  Retail    –     acme  1    2   lost    60    |  0  40  40    yes | D 1
 *   8  Retail    –     acme  0    0   lost    10    |  0   0   0    no  | D 4
 *   9  Software  VP    rival 1    2   won     95    | 30  40  70    no (disqualified) | A 1
 *  10  Software  –     acme  0    0   lost    60    | 30   0  30    no  | A 4
 *  11  Software  –     acme  0    2   won     60    | 30  20  50    yes | A 2
 *  12  Healthcare VP   acme  0    1   lost    60    | 10  10  20    no  | C 3
 *  13  Healthcare –    acme  0    0   lost    (blank)|  0   0   0    no  | D 4
 *  14  Software  VP    acme  0    1   lost    40    | 40  10  50    yes | A 3
 *  15  Retail    –     acme  0    1   won     30    |  0  10  10    no  | D 3
 *  16  Software  –     acme  1    0   lost    60    | 30  20  50    yes | A 2
 *
 * Fit share 30/40 = 75 % is grade A (≥ 75 %), 10/40 = 25 % grade C; engagement 20/40 = 50 % band 2,
 * 10/40 = 25 % band 3.
 *
 * Workshop model: MQLs 1 2 3 4 5 7 11 14 16 → N = 9; won MQLs 1 2 3 5 11 = 5; won in all: 1 2 3 5 9 11 15 = 7
 * of 16 (base rate 7/16). Precision 5/9, recall 5/7, lift (5/9)/(7/16) = 80/63.
 *
 * Today's score, top 9: 95 (row 9), 90 (1), 80 (4), 70 (6) are 4 leads; six leads score 60
 * (rows 5 7 10 11 12 16) and 5 more are needed, so the first five in file order are taken
 * (5 7 10 11 12) and row 16 is not. Won among them: 9 1 5 11 = 4. Precision 4/9, recall 4/7,
 * lift (4/9)/(7/16) = 64/63. Cut-off 60, 6 tied, 5 taken. Row 13 has no score.
 * Hidden wins (won, workshop MQL, not in today's top 9): rows 2 and 3 = 2. Won only today: row 9 = 1.
 * Won in both: 1 5 11 = 3.
 *
 * Matrix (leads / won): A1 2/2 (1, 9), A2 3/2 (3, 11, 16), A3 2/0 (4, 14), A4 2/1 (2, 10),
 * B row empty, C1 1/1 (5), C3 1/0 (12), C4 1/0 (6), D1 1/0 (7), D3 1/1 (15), D4 2/0 (8, 13).
 */
const HEADERS = ['industry', 'title', 'email_domain', 'demo', 'webinars', 'outcome', 'HubSpot Score'];
const ROWS = [
  ['Software', 'VP', 'acme.com', '1', '2', 'won', '90'],
  ['Software', 'VP', 'acme.com', '0', '0', 'won', '20'],
  ['Software', '', 'acme.com', '1', '0', 'won', '35'],
  ['Software', '', 'acme.com', '0', '1', 'lost', '80'],
  ['Retail', 'VP', 'acme.com', '1', '1', 'won', '60'],
  ['Retail', 'VP', 'acme.com', '0', '0', 'lost', '70'],
  ['Retail', '', 'acme.com', '1', '2', 'lost', '60'],
  ['Retail', '', 'acme.com', '0', '0', 'lost', '10'],
  ['Software', 'VP', 'rival.com', '1', '2', 'won', '95'],
  ['Software', '', 'acme.com', '0', '0', 'lost', '60'],
  ['Software', '', 'acme.com', '0', '2', 'won', '60'],
  ['Healthcare', 'VP', 'acme.com', '0', '1', 'lost', '60'],
  ['Healthcare', '', 'acme.com', '0', '0', 'lost', ''],
  ['Software', 'VP', 'acme.com', '0', '1', 'lost', '40'],
  ['Retail', '', 'acme.com', '0', '1', 'won', '30'],
  ['Software', '', 'acme.com', '1', '0', 'lost', '60'],
];
const MAPPING: BacktestMapping = {
  columns: [
    { column: 'industry', use: { role: 'field', name: 'industry' } },
    { column: 'title', use: { role: 'field', name: 'seniority' } },
    { column: 'email_domain', use: { role: 'field', name: 'emailDomain' } },
    { column: 'demo', use: { role: 'event', name: 'demo request' } },
    { column: 'webinars', use: { role: 'event', name: 'webinar attended' } },
    { column: 'outcome', use: { role: 'outcome' } },
    { column: 'HubSpot Score', use: { role: 'crmScore' } },
  ],
  wonValues: ['won'],
};
const CRITERIA: Criterion[] = [
  criterion({ op: 'in', field: 'industry', values: ['Software'] }, 'Critical', { pinnedPoints: 30 }),
  criterion({ op: 'in', field: 'seniority', values: ['VP'] }, 'Moderate', { pinnedPoints: 10 }),
  criterion({ op: 'in', field: 'emailDomain', values: ['rival.com'] }, 'Negative', { pinnedPoints: -10, disqualifies: true }),
  criterion({ op: 'event', field: 'events', value: 'demo request', repeat: 'once', maxCount: 1 }, 'Strong', { pinnedPoints: 20 }),
  criterion({ op: 'event', field: 'events', value: 'webinar attended', repeat: 'each', maxCount: 2 }, 'Moderate', { pinnedPoints: 10 }),
];

describe('the hand-checked 16-lead file', () => {
  const { table } = tableFrom([HEADERS, ...ROWS], MAPPING);
  const result = runBacktest(model(CRITERIA, 40), new MatchCache(table));

  it('keeps today’s score as its own column', () => {
    expect(table.crmScore?.column).toBe('HubSpot Score');
    expect(table.rowCount).toBe(16);
  });

  it('compares the workshop model with today’s score at the same MQL volume', () => {
    const c = result.comparison!;
    expect(c).toMatchObject({ column: 'HubSpot Score', scale: 'number', leads: 16, wonTotal: 7, volume: 9, hiddenWins: 2, todayOnlyWins: 1, bothWins: 3, unscored: 1, unreadExamples: [] });
    expect(c.baseRate).toBeCloseTo(7 / 16);
    expect(c.workshop).toMatchObject({ threshold: 40, mqlCount: 9, wonCaptured: 5 });
    expect(c.workshop.precision).toBeCloseTo(5 / 9);
    expect(c.workshop.recall).toBeCloseTo(5 / 7);
    expect(c.workshop.lift).toBeCloseTo(80 / 63);
    expect(c.today).toMatchObject({ mqlCount: 9, wonCaptured: 4, cutoff: '60', cutoffUnscored: false, tiedAtCutoff: 6, takenAtCutoff: 5 });
    expect(c.today.precision).toBeCloseTo(4 / 9);
    expect(c.today.recall).toBeCloseTo(4 / 7);
    expect(c.today.lift).toBeCloseTo(64 / 63);
    // The workshop side is the backtest's own headline figures.
    expect(c.workshop.mqlCount).toBe(result.metrics.mqlCount);
    expect(c.workshop.precision).toBe(result.metrics.precision);
    expect(result.comparisonProblem).toBeNull();
  });

  it('places every lead in the fit × engagement matrix', () => {
    const m = result.matrix;
    expect(m).toMatchObject({ fitMax: 40, engagementMax: 40, leads: 16, wonTotal: 7, cuts: [0.75, 0.5, 0.25] });
    const grid = Object.fromEntries(m.cells.map((c) => [`${c.grade}${c.band}`, [c.leads, c.won]]));
    expect(grid).toEqual({
      A1: [2, 2], A2: [3, 2], A3: [2, 0], A4: [2, 1],
      B1: [0, 0], B2: [0, 0], B3: [0, 0], B4: [0, 0],
      C1: [1, 1], C2: [0, 0], C3: [1, 0], C4: [1, 0],
      D1: [1, 0], D2: [0, 0], D3: [1, 1], D4: [2, 0],
    });
    expect(m.cells.find((c) => c.grade === 'A' && c.band === 2)!.winRate).toBeCloseTo(2 / 3);
    expect(m.cells.find((c) => c.grade === 'B' && c.band === 1)!.winRate).toBeNull();
    expect(m.byGrade.map((g) => [g.grade, g.leads, g.won])).toEqual([['A', 9, 5], ['B', 0, 0], ['C', 3, 1], ['D', 4, 1]]);
    expect(m.byBand.map((b) => [b.band, b.leads, b.won])).toEqual([[1, 4, 3], [2, 3, 2], [3, 4, 1], [4, 5, 1]]);
  });

  it('grades each lead as the live preview does (scoreLead with the fit grade on)', () => {
    const graded = model(CRITERIA, 40, { useFitGrade: true });
    const grades = ROWS.map((_, i) => scoreLead(graded, rowToLead(table, i)).grade).join('');
    expect(grades).toBe('AAAACCDDAAACDADA');
  });

  it('re-scores the comparison when the threshold moves, and keeps the cut in file order', () => {
    const cache = new MatchCache(table);
    // Threshold 50: MQLs 1 3 11 14 16 (N = 5); won 1 3 11. Today's top 5: 95 90 80 70 and the first 60 (row 5).
    const c = runBacktest(model(CRITERIA, 40), cache, { threshold: 50 }).comparison!;
    expect(c.volume).toBe(5);
    expect(c.workshop.wonCaptured).toBe(3);
    expect(c.today).toMatchObject({ mqlCount: 5, wonCaptured: 3, cutoff: '60', tiedAtCutoff: 6, takenAtCutoff: 1 });
    expect(c).toMatchObject({ hiddenWins: 2, todayOnlyWins: 2, bothWins: 1 });
  });

  it('has no comparison without a column for today’s score, and says why when the column holds no score', () => {
    const without = { ...MAPPING, columns: MAPPING.columns.filter((c) => c.use.role !== 'crmScore') };
    const plain = runBacktest(model(CRITERIA, 40), new MatchCache(tableFrom([HEADERS, ...ROWS], without).table));
    expect(plain.comparison).toBeNull();
    expect(plain.comparisonProblem).toBeNull();
    const wrong = { ...MAPPING, columns: MAPPING.columns.map((c) => (c.column === 'industry' ? { column: 'industry', use: { role: 'crmScore' as const } } : c.use.role === 'crmScore' ? { column: 'HubSpot Score', use: { role: 'field' as const, name: 'score' } } : c)) };
    const text = runBacktest(model(CRITERIA, 40), new MatchCache(tableFrom([HEADERS, ...ROWS], wrong).table));
    expect(text.comparison).toBeNull();
    expect(text.comparisonProblem).toBe('The column “industry” is mapped as today’s CRM score, but none of its values reads as a score (a number), a grade (A+ … F) or a rating (Hot, Warm, Cold).');
  });
});

const column = (values: string[]): { column: CrmScoreColumn; won: Uint8Array } => {
  const dict: string[] = [];
  const codes = Uint32Array.from(values.map((v) => {
    const t = v.trim();
    if (t === '') return 0;
    if (!dict.includes(t)) dict.push(t);
    return dict.indexOf(t) + 1;
  }));
  return { column: { column: 'x', dict, codes }, won: new Uint8Array(values.length) };
};

describe('reading today’s score', () => {
  it('orders Account Engagement grades A+ … F, and sorts a blank or unreadable value last', () => {
    const { column: c, won } = column(['B', 'A-', 'A+', 'F', 'C+', '', 'n/a', 'b', 'A']);
    const ranking = rankTodayScore(c, won)!;
    expect(ranking.scale).toBe('grade');
    expect(ranking.levels.map((l) => [l.label, l.leads])).toEqual([['A+', 1], ['A', 1], ['A-', 1], ['B', 2], ['C+', 1], ['F', 1], [null, 2]]);
    expect(ranking.unscored).toBe(2);
    expect(ranking.unreadExamples).toEqual(['n/a']);
  });

  it('reads Salesforce’s Rating as Hot > Warm > Cold', () => {
    const { column: c, won } = column(['Warm', 'cold', 'Hot', 'HOT', '']);
    const ranking = rankTodayScore(c, won)!;
    expect(ranking.scale).toBe('rating');
    expect(ranking.levels.map((l) => [l.label, l.leads])).toEqual([['Hot', 2], ['Warm', 1], ['Cold', 1], [null, 1]]);
  });

  it('reads numbers in the agreement’s locale, and gives up on a column with no score at all', () => {
    const { column: c, won } = column(['12,5', '3', '1.200,5']);
    expect(rankTodayScore(c, won, 'de-DE')!.levels.map((l) => l.label)).toEqual(['1200.5', '12.5', '3']);
    expect(rankTodayScore(column(['Software', 'Retail', '']).column, won)).toBeNull();
  });

  it('cuts nothing at volume 0, and reaches leads without a score only when the scored ones run out', () => {
    const { column: c, won } = column(['10', '', '20', '']);
    const ranking = rankTodayScore(c, won)!;
    expect(cutForVolume(ranking, 0)).toMatchObject({ take: 0, label: null });
    expect(cutForVolume(ranking, 2)).toMatchObject({ label: '10', tied: 1, take: 1 });
    expect(cutForVolume(ranking, 3)).toMatchObject({ label: null, rank: Number.NEGATIVE_INFINITY, tied: 2, take: 1 });
    // Totals 5, 5, 0, 0 at threshold 5: N = 2; today's top 2 are 20 and 10 (rows 3 and 1).
    const cmp = compareWithToday(ranking, c.codes, Uint8Array.from([1, 1, 0, 0]), Int32Array.from([5, 5, 0, 0]), new Uint8Array(4), 5);
    expect(cmp).toMatchObject({ volume: 2, hiddenWins: 1, bothWins: 1, todayOnlyWins: 0 });
    expect(cmp.today).toMatchObject({ mqlCount: 2, wonCaptured: 1, cutoff: '10', cutoffUnscored: false });
    const all = compareWithToday(ranking, c.codes, Uint8Array.from([1, 1, 0, 0]), Int32Array.from([5, 5, 5, 0]), new Uint8Array(4), 5);
    expect(all.today).toMatchObject({ mqlCount: 3, cutoff: null, cutoffUnscored: true, tiedAtCutoff: 2, takenAtCutoff: 1 });
  });
});

describe('the cut points', () => {
  it('band and grade change at the same shares (SHARE_CUTS), so the matrix grades as the preview does', () => {
    const grades = ['A', 'B', 'C'] as const;
    SHARE_CUTS.forEach((cut, i) => {
      expect(fitGrade(cut)).toBe(grades[i]);
      expect(engagementBand(cut)).toBe(i + 1);
      expect(fitGrade(cut - 1e-9)).toBe(['B', 'C', 'D'][i]);
      expect(engagementBand(cut - 1e-9)).toBe(i + 2);
    });
    expect(shareOf(50, 40)).toBe(1);
    expect(shareOf(-5, 40)).toBe(0);
    expect(shareOf(10, 0)).toBe(0);
  });
});

const INDUSTRIES = ['Software', 'Retail', ''];
const SCORES = ['', '0', '5', '10', '10', '20', 'high', 'n/a'];
const HEADERS2 = ['industry', 'demo', 'webinar', 'days', 'outcome', 'score'];
const MAPPING2: BacktestMapping = {
  columns: [
    { column: 'industry', use: { role: 'field', name: 'industry' } },
    { column: 'demo', use: { role: 'event', name: 'demo' } },
    { column: 'webinar', use: { role: 'event', name: 'webinar' } },
    { column: 'days', use: { role: 'daysSinceActivity' } },
    { column: 'outcome', use: { role: 'outcome' } },
    { column: 'score', use: { role: 'crmScore' } },
  ],
  wonValues: ['won'],
};

describe('against the slow way (property)', () => {
  it('the matrix and the comparison equal a row-by-row count with scoreLead and a stable sort', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...INDUSTRIES), fc.integer({ min: 0, max: 3 }).map(String), fc.integer({ min: 0, max: 4 }).map(String), fc.integer({ min: 0, max: 120 }).map(String), fc.constantFrom('won', 'lost'), fc.constantFrom(...SCORES)), { minLength: 1, maxLength: 40 }),
        fc.record({ software: fc.integer({ min: -20, max: 40 }), retail: fc.integer({ min: -20, max: 40 }), demo: fc.integer({ min: -10, max: 40 }), webinar: fc.integer({ min: 0, max: 20 }), threshold: fc.integer({ min: 1, max: 80 }), capFit: fc.option(fc.integer({ min: 1, max: 50 }), { nil: null }), capEngagement: fc.option(fc.integer({ min: 1, max: 50 }), { nil: null }), decay: fc.boolean(), disqualifyRetail: fc.boolean() }),
        (rows, p) => {
          const criteria = [
            criterion({ op: 'equals', field: 'industry', value: 'Software' }, 'Strong', { pinnedPoints: p.software }),
            criterion({ op: 'equals', field: 'industry', value: 'Retail' }, 'Weak', { pinnedPoints: p.retail, disqualifies: p.disqualifyRetail }),
            criterion({ op: 'event', field: 'events', value: 'demo', repeat: 'once', maxCount: 1 }, 'Strong', { pinnedPoints: p.demo }),
            criterion({ op: 'event', field: 'events', value: 'webinar', repeat: 'each', maxCount: 3 }, 'Weak', { pinnedPoints: p.webinar }),
          ];
          const m = model(criteria, p.threshold, { caps: { Fit: p.capFit, Engagement: p.capEngagement, total: null }, decay: { enabled: p.decay, halfLifeDays: 30 }, useFitGrade: true });
          const { table } = tableFrom([HEADERS2, ...rows], MAPPING2);
          const result = runBacktest(m, new MatchCache(table));

          // Matrix: scoreLead's byCategory, graded with fitGrade and engagementBand.
          const max = maxAchievableByCategory(m);
          const cells = new Map<string, [number, number]>();
          rows.forEach((r, i) => {
            const s = scoreLead(m, rowToLead(table, i));
            const key = `${fitGrade(shareOf(s.byCategory.Fit, max.Fit))}${engagementBand(shareOf(s.byCategory.Engagement, max.Engagement))}`;
            const cell = cells.get(key) ?? [0, 0];
            cells.set(key, [cell[0] + 1, cell[1] + (r[4] === 'won' ? 1 : 0)]);
          });
          for (const c of result.matrix.cells) expect([c.leads, c.won], `${c.grade}${c.band}`).toEqual(cells.get(`${c.grade}${c.band}`) ?? [0, 0]);

          // Comparison: the top N by score, highest first, ties (and no score, last) in file order.
          const scored = scoreTable(m, new MatchCache(table));
          const n = scored.mql.reduce((a, b) => a + b, 0);
          const value = (s: string) => (/^\d+$/.test(s) ? Number(s) : -Infinity);
          const order = rows.map((r, i) => ({ i, v: value(r[5]) })).sort((a, b) => b.v - a.v || a.i - b.i);
          const today = new Set(order.slice(0, n).map((o) => o.i));
          const wonRows = rows.flatMap((r, i) => (r[4] === 'won' ? [i] : []));
          const c = result.comparison;
          if (!rows.some((r) => value(r[5]) > -Infinity)) {
            expect(c).toBeNull();
            return;
          }
          expect(c).not.toBeNull();
          expect(c!.volume).toBe(n);
          expect(c!.today.mqlCount).toBe(n);
          expect(c!.today.wonCaptured).toBe(wonRows.filter((i) => today.has(i)).length);
          expect(c!.hiddenWins).toBe(wonRows.filter((i) => scored.mql[i] === 1 && !today.has(i)).length);
          expect(c!.todayOnlyWins).toBe(wonRows.filter((i) => scored.mql[i] === 0 && today.has(i)).length);
          expect(c!.unscored).toBe(rows.filter((r) => value(r[5]) === -Infinity).length);
        },
      ),
      { numRuns: 300 },
    );
  });
});
