import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { render, screen, within } from '@testing-library/react';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type * as PanelModule from '../../../../renderer/src/features/backtest/BacktestPanel';
import { saveBacktestTable } from '../../../../renderer/src/db/repositories/backtest';
import { LeadTableBuilder, MatchCache, describeTodayCut, detectPreset, runBacktest, type BacktestResult } from '../../../../shared/rules/backtest';
import { useEditor } from '../../../../renderer/src/stores/editor';
import { HUBSPOT_CSV } from '../../../fixtures/make-crm-exports';
import { loadSample } from '../scoring/fixtures';

/**
 * The backtest panel as a person sees it after importing a HubSpot export: the comparison with
 * today's HubSpot Score and the fit × engagement matrix. The real worker module runs in this
 * thread behind a fake Worker (jsdom has none) and reads the leads stored in IndexedDB.
 */
type Listener = (event: { data: unknown }) => void;
const scope = { listeners: [] as Listener[], addEventListener: (_: 'message', l: Listener) => void scope.listeners.push(l), postMessage: (_: unknown) => undefined as void };
class FakeWorker {
  onmessage: Listener | null = null;
  onerror: ((event: unknown) => void) | null = null;
  constructor() {
    scope.postMessage = (data) => void setTimeout(() => this.onmessage?.({ data }), 0);
  }
  postMessage(data: unknown) {
    setTimeout(() => scope.listeners.forEach((l) => l({ data })), 0);
  }
  terminate() {}
}
class AnyURL extends URL {
  constructor(url: string | URL, base?: string | URL) {
    try {
      super(url, base);
    } catch {
      super('file:///backtest.worker.ts');
    }
  }
}

let BacktestPanel: typeof PanelModule.BacktestPanel;
let expected: BacktestResult;
beforeAll(async () => {
  vi.stubGlobal('self', scope);
  await import('../../../../renderer/src/workers/backtest.worker');
  vi.stubGlobal('Worker', FakeWorker);
  vi.stubGlobal('URL', AnyURL);
  ({ BacktestPanel } = await import('../../../../renderer/src/features/backtest/BacktestPanel'));

  loadSample();
  const content = useEditor.getState().version!.content;
  const [headers, ...rows] = Papa.parse<string[]>(readFileSync(HUBSPOT_CSV, 'utf8'), { skipEmptyLines: true }).data;
  const { mapping } = detectPreset(headers, content.scoring.criteria, rows.slice(0, 8))!;
  const builder = new LeadTableBuilder(headers, mapping, { locale: content.locale });
  rows.forEach((r, i) => builder.add(r, i + 2));
  const table = builder.finish();
  await saveBacktestTable({ workshopId: 'w-1', fileName: 'hubspot-contacts.csv', importedAt: '2027-01-14T10:00:00.000Z', rowsRead: builder.rowsRead, rejectedCount: 0, rejected: [], parseMs: 10, table });
  // What the panel asks the worker for: the board's model with the goals' capacity and 12 months.
  expected = runBacktest(content.scoring, new MatchCache(table), { goals: { reps: content.goals.reps, mqlCapacityPerRepPerMonth: content.goals.mqlCapacityPerRepPerMonth }, months: 12 });
});
afterAll(() => vi.unstubAllGlobals());

const nf = new Intl.NumberFormat('en-US');
const pct = (v: number | null) => (v === null ? '—' : `${(v * 100).toFixed(1)} %`);

describe('the backtest panel with a HubSpot export', () => {
  it('shows the workshop model beside today’s HubSpot Score at the same MQL volume, with the hidden wins and a chart', async () => {
    render(<BacktestPanel />);
    const table = await screen.findByRole('table', { name: /Workshop model vs\. today’s score \(HubSpot Score\)/ }, { timeout: 5000 });
    const c = expected.comparison!;
    expect(c.volume).toBeGreaterThan(0);
    expect(within(table).getByRole('caption')).toHaveTextContent(`Workshop model vs. today’s score (HubSpot Score), ${nf.format(c.volume)} MQLs each`);
    expect(within(table).getAllByRole('columnheader').map((h) => h.textContent)).toEqual(['Measure', 'Workshop model', 'Today’s score', 'Difference']);
    const rowOf = (name: RegExp) => within(table).getByRole('rowheader', { name }).closest('tr')!;
    const cells = (name: RegExp) => within(rowOf(name)).getAllByRole('cell').map((td) => td.textContent);
    expect(cells(/Won leads captured/)).toEqual([nf.format(c.workshop.wonCaptured), nf.format(c.today.wonCaptured), expect.any(String)]);
    expect(cells(/Precision/).slice(0, 2)).toEqual([pct(c.workshop.precision), pct(c.today.precision)]);
    expect(cells(/Recall/).slice(0, 2)).toEqual([pct(c.workshop.recall), pct(c.today.recall)]);
    expect(cells(/Lift/).slice(0, 2)).toEqual([`${c.workshop.lift!.toFixed(2)}×`, `${c.today.lift!.toFixed(2)}×`]);
    expect(screen.getByTestId('bt-today-cut')).toHaveTextContent(describeTodayCut(c));
    expect(screen.getByTestId('bt-hidden-wins')).toHaveTextContent(`${c.hiddenWins} hidden wins: won leads the workshop model makes MQL and today’s score missed. ${c.todayOnlyWins} won leads only today’s score caught; ${c.bothWins} both caught.`);
    // The chart repeats the table for sighted readers; assistive technology reads the table.
    expect(screen.getByTestId('bt-compare-chart')).toHaveAttribute('aria-hidden', 'true');
    expect(screen.getByRole('heading', { name: 'Workshop model vs. today’s score' })).toBeInTheDocument();
  });

  it('shows the fit × engagement matrix as a table with row and column headers, every figure in text', async () => {
    render(<BacktestPanel />);
    const table = await screen.findByRole('table', { name: /Win rate by fit grade and engagement band/ }, { timeout: 5000 });
    const m = expected.matrix;
    expect(within(table).getByRole('caption')).toHaveTextContent(`Win rate by fit grade and engagement band (${nf.format(m.leads)} leads)`);
    const columns = within(table).getAllByRole('columnheader');
    expect(columns.map((h) => h.getAttribute('scope'))).toEqual(['col', 'col', 'col', 'col', 'col', 'col']);
    expect(columns.map((h) => h.textContent)).toEqual(['Fit grade', 'Band 1 most engaged', 'Band 2 engaged', 'Band 3 a little engaged', 'Band 4 least engaged', 'All bands']);
    const rows = within(table).getAllByRole('rowheader');
    expect(rows.map((h) => h.getAttribute('scope'))).toEqual(['row', 'row', 'row', 'row', 'row']);
    expect(rows.map((h) => h.textContent)).toEqual(['A best fit', 'B good fit', 'C weak fit', 'D poor fit', 'All grades']);
    for (const [r, grade] of ['A', 'B', 'C', 'D'].entries()) {
      const tds = within(rows[r].closest('tr')!).getAllByRole('cell');
      for (const band of [1, 2, 3, 4]) {
        const cell = m.cells.find((x) => x.grade === grade && x.band === band)!;
        expect(tds[band - 1]).toHaveTextContent(cell.leads === 0 ? '—no leads' : `${pct(cell.winRate)}${cell.won} won of ${nf.format(cell.leads)}`);
        // Shaded by win rate, the text always there.
        if (cell.leads > 0) expect(tds[band - 1]).toHaveClass('bt-heat');
      }
    }
    expect(within(rows[4].closest('tr')!).getAllByRole('cell')[4]).toHaveTextContent(`${pct(expected.metrics.baseRate)}${m.wonTotal} won of ${nf.format(m.leads)}`);
    // The table scrolls sideways by keyboard, and the cut points are written out.
    expect(screen.getByRole('region', { name: /Win rate by fit grade/ })).toHaveAttribute('tabindex', '0');
    expect(screen.getByTestId('bt-matrix-cuts')).toHaveTextContent(/^Fit grade: a lead’s Fit points as a share of the most a lead can get \(\d+\): A 75 % or more, B 50 % or more, C 25 % or more, D below 25 %\. Engagement band: /);
  });
});
