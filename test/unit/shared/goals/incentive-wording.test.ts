import { describe, expect, it } from 'vitest';
import { describeIncentivePlan, workedIncentiveTable } from '../../../../shared/present/incentives';
import { exampleGoals, exampleIncentives } from './fixtures';

const usd = { revenueTargetCents: exampleGoals().revenueTargetCents, currency: 'USD', locale: 'en-US' };
const say = (overrides: Parameters<typeof exampleIncentives>[0] = {}, context = usd) =>
  Object.fromEntries(describeIncentivePlan(exampleIncentives(overrides), context).map((s) => [s.rule, s.text]));

describe('the incentive plan in plain sentences', () => {
  it('says every rule of the seed plan once, with its own numbers, in the order a row is computed', () => {
    const sentences = describeIncentivePlan(exampleIncentives(), usd);
    expect(sentences.map((s) => s.rule)).toEqual(['onTargetBonus', 'curve', 'accelerator', 'cap', 'total', 'split', 'example']);
    expect(sentences.map((s) => s.text)).toEqual([
      "The on-target bonus is 10 % of the quarter's revenue target of $1,200,000: $120,000.",
      'The gate curve gives the pay-out as a share of the on-target bonus (85 % attainment → 0 %, 90 % → 50 %, 100 % → 100 %, 105 % → 150 %): nothing below 85 %, straight lines between the points, and above 105 % each further point of attainment adds 10 % of the bonus.',
      'There is no accelerator (1×): above 100 % attainment the curve is paid as it stands.',
      'The total pay-out is capped at 200 % of the on-target bonus ($240,000), whatever the attainment.',
      "The quarter's pay-out is that percentage (to two decimals) of the $120,000 on-target bonus, rounded to the nearest cent.",
      "Sales receives 70 % of the pay-out and marketing 30 %: sales' share is rounded to the nearest cent (half a cent up) and marketing receives the rest, so the two add up to the total exactly.",
      "A $10,000 deal is $10,000 ÷ $1,200,000 of the revenue target, so at 100 % attainment it earns that share of the quarter's $120,000 pay-out: $1,000, of which sales $700 and marketing $300.",
    ]);
  });

  it('works the accelerator through at 110 %, saying when the cap will stop it', () => {
    expect(say({ acceleratorAbove100: 2, capPercent: null }).accelerator).toBe(
      'Above 100 % attainment the accelerator multiplies only what the curve adds beyond its value at 100 % by 2: at 110 % the curve gives 200 %, so the pay-out is 100 % + 2 × (200 % − 100 %) = 300 % of the bonus.',
    );
    expect(say({ acceleratorAbove100: 2 }).accelerator).toMatch(/= 300 % of the bonus, before the cap of 200 %\.$/);
    expect(say({ capPercent: null }).cap).toBe('There is no cap: the pay-out goes as high as the curve and the accelerator take it.');
  });

  it('describes a plan without a gate, an empty gate, a one-point gate and a flat last segment', () => {
    expect(say({ gate: { enabled: false, points: [] } }).curve).toMatch(/^There is no gate: the pay-out, as a share of the on-target bonus, equals the attainment/);
    expect(say({ gate: { enabled: true, points: [] } }).curve).toMatch(/^The gate has no points yet, so the pay-out/);
    expect(say({ gate: { enabled: true, points: [{ attainment: 90, payout: 100 }] } }).curve).toBe(
      'The gate pays 100 % of the on-target bonus from 90 % attainment of the revenue target on, and nothing below 90 %.',
    );
    expect(say({ gate: { enabled: true, points: [{ attainment: 90, payout: 50 }, { attainment: 100, payout: 100 }, { attainment: 120, payout: 100 }] } }).curve).toMatch(/and above 120 % it stays at 100 %\.$/);
  });

  it('formats money in the agreement\'s currency and locale, in the sentences and the table alike', () => {
    const eur = { ...usd, currency: 'EUR', locale: 'de-DE' };
    const nb = (text: string) => text.replace(/\u00a0/g, ' '); // Intl puts a no-break space before €
    expect(nb(say({}, eur).onTargetBonus)).toBe("The on-target bonus is 10 % of the quarter's revenue target of 1.200.000 €: 120.000 €.");
    const row = workedIncentiveTable(exampleIncentives(), eur).rows.find((r) => r.attainment === 90);
    expect(row?.cells.map(nb)).toEqual(['90 %', '50 %', '60.000 €', '42.000 €', '18.000 €']);
  });

  it('prints the worked table at 0/50/85/90/100/110/120/150 %', () => {
    const view = workedIncentiveTable(exampleIncentives(), usd);
    expect(view.columns).toEqual(['Attainment', '% of bonus', 'Total', 'Sales', 'Marketing']);
    expect(view.rows.map((r) => r.cells[0])).toEqual(['0 %', '50 %', '85 %', '90 %', '100 %', '110 %', '120 %', '150 %']);
    expect(view.rows.find((r) => r.attainment === 120)?.cells).toEqual(['120 %', '200 %', '$240,000', '$168,000', '$72,000']);
  });
});
