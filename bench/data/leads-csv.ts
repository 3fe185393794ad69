/**
 * A CRM-style export of past leads for the backtest: one row per lead with the fields and event
 * counts the starter criteria read, a created date and an outcome. Headers are spelled the way a
 * CRM writes them; the import wizard's own suggestion maps them.
 */
import { createWriteStream } from 'node:fs';
import { randomSource } from './library';

const HEADERS = ['Lead ID', 'Created', 'Outcome', 'Seniority', 'Employees', 'Industry', 'Email domain', 'Demo request', 'Survey completed', 'Follow-up CTA', 'Pricing page visit', 'Whitepaper download', 'Webinar attended', 'Newsletter signup', 'Unsubscribed'];
const SENIORITY = ['VP', 'Director', 'C-level', 'Head', 'Manager', 'Individual', 'Individual', 'Manager'];
const INDUSTRY = ['Software', 'Financial services', 'Manufacturing', 'Healthcare', 'Education', 'Retail', 'Food'];
const DOMAINS = ['acme.com', 'gmail.com', 'northwind.io', 'brightline.com', 'outlook.com', 'rivalsoft.com', 'helixhealth.org', 'quanta.dev'];

export async function writeLeadsCsv(path: string, rows: number, seed = 7): Promise<void> {
  const random = randomSource(seed);
  const out = createWriteStream(path);
  const write = (text: string) => (out.write(text) ? Promise.resolve() : new Promise<void>((r) => out.once('drain', () => r())));
  await write(`${HEADERS.join(',')}\n`);
  const start = Date.UTC(2026, 0, 1);
  let batch: string[] = [];
  for (let i = 1; i <= rows; i += 1) {
    const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;
    const count = (p: number, max = 1) => (random() < p ? 1 + Math.floor(random() * max) : 0);
    const demo = count(0.05);
    const survey = count(0.1);
    const won = random() < 0.02 + demo * 0.25 + survey * 0.08;
    const created = new Date(start + Math.floor(random() * 365) * 86_400_000).toISOString().slice(0, 10);
    batch.push(
      [`L${i}`, created, won ? 'Won' : 'Lost', pick(SENIORITY), 10 + Math.floor(random() * 9000), pick(INDUSTRY), pick(DOMAINS), demo, survey, count(0.08), count(0.2, 4), count(0.3), count(0.15, 3), count(0.2), count(0.03)].join(','),
    );
    if (batch.length === 10_000) {
      await write(`${batch.join('\n')}\n`);
      batch = [];
    }
  }
  if (batch.length) await write(`${batch.join('\n')}\n`);
  await new Promise<void>((r) => out.end(() => r()));
}
