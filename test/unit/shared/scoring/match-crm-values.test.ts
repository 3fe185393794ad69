import { describe, expect, it } from 'vitest';
import type { Condition, SampleLead } from '../../../../shared/model/scoring';
import { LeadTableBuilder, MatchCache } from '../../../../shared/rules/backtest';
import { matchCount } from '../../../../shared/rules/scoring/match';
import { fieldReading, readEmailDomain, readTitleLevels } from '../../../../shared/rules/scoring/read-cell';

const lead = (fields: Record<string, string>): SampleLead => ({ id: 'l', name: 'l', fields, events: {}, daysSinceActivity: 0, outcome: 'open' });
const decisionMaker: Condition = { op: 'in', field: 'seniority', values: ['VP', 'Director', 'C-level', 'Head'] };
const personal: Condition = { op: 'in', field: 'emailDomain', values: ['gmail.com', 'outlook.com'] };

describe('job titles on a seniority criterion', () => {
  it.each(['VP', 'vp marketing', 'V.P. of Sales', 'Vice President, Operations', 'vice  president', 'SVP Sales', 'Director of IT', 'Head of Sales Ops', 'head   of growth', 'Chief Revenue Officer', 'CEO', 'cmo', ' CRO ', 'CTO & co-founder', 'CFO', 'C.O.O.', 'C-level'])('"%s" is a decision-maker', (title) => {
    expect(matchCount(decisionMaker, lead({ seniority: title }))).toBe(1);
  });

  it.each(['Marketing Manager', 'Analyst', 'Student', 'Account Executive', 'Coordinator', 'Overhead analyst', 'Cook', 'Vice'])('"%s" is not', (title) => {
    expect(matchCount(decisionMaker, lead({ seniority: title }))).toBe(0);
  });

  it('a single level matches only its own titles, with equals and contains alike', () => {
    expect(matchCount({ op: 'equals', field: 'seniority', value: 'VP' }, lead({ seniority: 'Vice President Sales' }))).toBe(1);
    expect(matchCount({ op: 'equals', field: 'seniority', value: 'VP' }, lead({ seniority: 'Director' }))).toBe(0);
    expect(matchCount({ op: 'contains', field: 'Job Title', value: 'C-level' }, lead({ 'Job Title': 'Chief Marketing Officer' }))).toBe(1);
    // Words that are not levels still compare as text.
    expect(matchCount({ op: 'in', field: 'seniority', values: ['Student', 'Researcher'] }, lead({ seniority: ' student ' }))).toBe(1);
    expect(matchCount({ op: 'in', field: 'seniority', values: ['Student'] }, lead({ seniority: 'VP' }))).toBe(0);
  });

  it('other fields keep plain text matching', () => {
    expect(matchCount({ op: 'in', field: 'industry', values: ['VP'] }, lead({ industry: 'Vice President' }))).toBe(0);
  });

  it('readTitleLevels names every level a title holds', () => {
    expect(readTitleLevels('Director, Head of Sales')).toEqual(['director', 'head']);
    expect(readTitleLevels('Intern')).toEqual([]);
  });
});

describe('e-mail addresses on an e-mail-domain criterion', () => {
  it.each(['sam@gmail.com', 'Sam.Porter@GMAIL.COM', ' Sam <sam@outlook.com> ', 'gmail.com'])('"%s" is a personal domain', (cell) => {
    expect(matchCount(personal, lead({ emailDomain: cell }))).toBe(1);
  });

  it.each(['dana@acmelogistics.com', 'gmail.com.evil@acme.com', 'acme.com'])('"%s" is not', (cell) => {
    expect(matchCount(personal, lead({ emailDomain: cell }))).toBe(0);
  });

  it('reads the domain part, and knows the field names that hold e-mail domains', () => {
    expect(readEmailDomain('a.b@Sub.Example.org')).toBe('Sub.Example.org');
    expect(fieldReading('Email Domain')).toBe('emailDomain');
    expect(fieldReading('email')).toBe('emailDomain');
    expect(fieldReading('Job Title')).toBe('title');
    expect(fieldReading('industry')).toBe('text');
  });
});

describe('the backtest table reads titles and addresses the same way', () => {
  it('MatchCache evidence counts what matchCount says row by row', () => {
    const rows = [
      ['Vice President Sales', 'dana@acme.com', 'won'],
      ['CMO', 'sam@gmail.com', 'lost'],
      ['Analyst', 'LEO@Outlook.com', 'lost'],
      ['Head of Ops', 'mia@rivalsoft.com', 'won'],
    ];
    const builder = new LeadTableBuilder(['Job Title', 'Email', 'Outcome'], {
      columns: [
        { column: 'Job Title', use: { role: 'field', name: 'seniority' } },
        { column: 'Email', use: { role: 'field', name: 'emailDomain' } },
        { column: 'Outcome', use: { role: 'outcome' } },
      ],
      wonValues: ['won'],
    });
    rows.forEach((r, i) => builder.add(r, i + 2));
    const cache = new MatchCache(builder.finish());
    expect(cache.evidence(decisionMaker)).toEqual({ matched: 3, wonMatched: 2 });
    expect(cache.evidence(personal)).toEqual({ matched: 2, wonMatched: 0 });
  });
});
