import { beforeAll, describe, expect, it } from 'vitest';
import { exportAgreementPdf } from '../../../../electron/main/services/pdf/export';
import { exportWithProvenance } from '../../../../electron/main/services/pdf/provenance';
import type { AgreementVersion } from '../../../../shared/model/agreement';
import type { AuditEvent } from '../../../../shared/model/audit';
import { contentHash } from '../../../../shared/rules/canonical';
import { draftOf, hasPoppler, loadFixture, tempDir, testInstall, tool, witnessWith, writeTemp } from './helpers';
import { overlappingWords, pageText, placedPages, type PlacedPage } from './pages';
import { consentSentence } from '../../../../shared/present/consent';

/**
 * Layout checks on the sealed export, read back with poppler. The signers consent with the text
 * the app really uses, which quotes the 64-character content hash: that is what used to run off
 * the audit page.
 */

const appConsent = consentSentence;

const fixture = loadFixture();

/** The fixture as the app signs it: consent quoting the hash. Optionally re-localised (and re-hashed) for A4. */
function signedAsTheAppDoes(locale?: { locale: string; currency: string }): AgreementVersion {
  const base = fixture.version.content;
  const content = { ...base, ...locale, commitments: { ...base.commitments, reviewDate: '2027-04-15' } };
  const hash = contentHash(content);
  return {
    ...fixture.version,
    content,
    contentHash: hash,
    // On A4 the second signer's machine reports "Etc/UTC", as Linux machines often do.
    signatures: fixture.version.signatures.map((sig, i) => ({ ...sig, contentHash: hash, consentText: appConsent(fixture.version.version, hash), timeZone: locale && i === 1 ? 'Etc/UTC' : sig.timeZone })),
  };
}

/** A long audit trail, so the events table has to continue on another page. */
function manyEvents(count: number): AuditEvent[] {
  const base = fixture.auditEvents;
  return Array.from({ length: count }, (_, i) => ({ ...base[i % base.length], id: `evt-many-${i}`, detail: `${base[i % base.length].detail} (#${i + 1})` }));
}

const dir = tempDir('cg-pdf-layout-');
const paths: Record<'letter' | 'a4' | 'longAudit', string> = { letter: '', a4: '', longAudit: '' };
let versions = { letter: signedAsTheAppDoes(), a4: signedAsTheAppDoes({ locale: 'en-GB', currency: 'EUR' }) };

beforeAll(async () => {
  if (!hasPoppler) return; // every test below is skipped: no need to render
  // Sealed the way the app seals: signatures witnessed by this install's key, then the one export every entry uses.
  const install = testInstall('Common Ground seal (layout test)');
  versions = { letter: witnessWith(install.witness, versions.letter), a4: witnessWith(install.witness, versions.a4) };
  const now = new Date('2027-01-13T09:00:00Z');
  const sealed = async (version: AgreementVersion, auditEvents: AuditEvent[]) => {
    const made = await exportWithProvenance({ version, auditEvents, sources: install.sources, sealingKey: async () => install.sealingKey, now });
    if (made.plan !== 'seal') throw new Error(`Expected a seal, got ${made.plan}`);
    return made.bytes;
  };
  paths.letter = writeTemp(dir, 'letter.pdf', await sealed(versions.letter, fixture.auditEvents));
  paths.a4 = writeTemp(dir, 'a4.pdf', await sealed(versions.a4, fixture.auditEvents));
  paths.longAudit = writeTemp(dir, 'long-audit.pdf', await sealed(versions.letter, manyEvents(40)));
}, 90_000);

const squash = (text: string) => text.replace(/\s+/g, '');
function auditPages(pages: PlacedPage[], path: string): PlacedPage[] {
  const first = pages.findIndex((q) => pageText(path, q.number).includes('Audit trail'));
  if (first < 0) throw new Error(`No "Audit trail" page in ${path}`);
  return pages.filter((p) => p.number >= first + 1);
}

describe.skipIf(!hasPoppler)('sealed PDF layout', () => {
  for (const kind of ['letter', 'a4'] as const) {
    describe(kind, () => {
      it('no word runs past the page margins or is drawn over another word', () => {
        for (const page of placedPages(paths[kind])) {
          const outside = page.words.filter((w) => w.xMin < 40 || w.xMax > page.width - 40 || w.yMax > page.height - 12);
          expect(outside.map((w) => `p${page.number}: ${w.text}`)).toEqual([]);
          expect(overlappingWords(page).map(([a, b]) => `p${page.number}: ${a} × ${b}`)).toEqual([]);
        }
      });

      it('prints the whole content hash in the consent on the audit page, and on the cover', () => {
        const pages = placedPages(paths[kind]);
        const hash = versions[kind].contentHash ?? '';
        const audit = squash(auditPages(pages, paths[kind]).map((p) => pageText(paths[kind], p.number)).join('\n'));
        expect(audit).toContain(squash(`(content SHA-256 ${hash}) electronically`));
        expect(audit.split(hash).length - 1).toBeGreaterThanOrEqual(1 + versions[kind].signatures.length);
        expect(squash(pageText(paths[kind], 1))).toContain(hash);
      });

      it('uses few pages, none of them nearly empty', () => {
        const pages = placedPages(paths[kind]);
        expect(pages.length).toBeLessThanOrEqual(7);
        // The cover is sparse by design; every later page carries real content (the old last page had 39 words).
        expect(pages.slice(1).filter((p) => p.words.length < 150).map((p) => `p${p.number}: ${p.words.length} words`)).toEqual([]);
        // Every page but the cover and the last is at least two-thirds full: no short section is pushed on alone.
        const sparse = pages.slice(1, -1).filter((page) => {
          const body = page.words.filter((w) => w.yMin > 50 && w.yMax < page.height - 40);
          return Math.max(...body.map((w) => w.yMax)) / page.height < 0.66;
        });
        expect(sparse.map((p) => `p${p.number}`)).toEqual([]);
      });

      it('qpdf finds no errors and pdfsig finds a valid seal over the whole file', () => {
        expect(tool('qpdf', ['--check', paths[kind]]).code).toBe(0);
        const sig = tool('pdfsig', [paths[kind]]).out;
        expect(sig).toContain('Signature is Valid.');
        expect(sig).toContain('Total document signed');
      });
    });
  }

  it('a long events table continues on the next page under a repeated header row', () => {
    const pages = placedPages(paths.longAudit);
    const withEvents = pages.filter((p) => /evt|\(#\d+\)/.test(pageText(paths.longAudit, p.number)));
    expect(withEvents.length).toBeGreaterThanOrEqual(2);
    for (const page of withEvents) {
      const text = pageText(paths.longAudit, page.number);
      expect(text).toMatch(/WHEN\s+EVENT\s+BY\s+DETAIL/);
    }
    const all = withEvents.map((p) => pageText(paths.longAudit, p.number)).join('\n');
    for (let i = 1; i <= 40; i++) expect(all).toContain(`(#${i})`);
    for (const page of pages) expect(overlappingWords(page)).toEqual([]);
  });

  it('says each time zone once per timestamp and prints dates for people, not ISO strings', () => {
    const textOf = (path: string) =>
      placedPages(path)
        .map((p) => pageText(path, p.number))
        .join('\n')
        .replace(/\s+/g, ' ');
    const letter = textOf(paths.letter);
    expect(letter).toContain('Signed Jan 12, 2027, 3:41 PM EST (America/New_York)');
    expect(letter).toContain('Jan 12, 2027, 2:44 PM CST (America/Chicago)');
    expect(letter).toContain('January 12, 2027');
    expect(letter).toContain('Quarterly review: April 15, 2027.');
    const a4 = textOf(paths.a4);
    expect(a4).toContain('Signed 12 Jan 2027, 20:44 UTC Signature typed');
    expect(a4).toContain('Quarterly review: 15 April 2027.');
    for (const text of [letter, a4]) {
      expect(text).not.toMatch(/UTC \((Etc\/)?UTC\)|UTC UTC/);
      expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    }
  });

  it('never leaves a heading at the foot of a page without room for what follows it', async () => {
    // More participants push every later heading down the pages; these counts used to strand the
    // scoring and incentive headings (and the "Lifecycle stages" sub-heading) a few lines from the foot.
    for (const count of [18, 20, 22]) {
      const draft = draftOf(fixture.version);
      const participants = Array.from({ length: count }, (_, i) => ({ id: `p-${i}`, name: `Person ${i + 1}`, team: i % 2 ? ('Sales' as const) : ('Marketing' as const), title: 'Team member', email: '' }));
      const bytes = await exportAgreementPdf({ version: { ...draft, content: { ...draft.content, participants } }, auditEvents: fixture.auditEvents, certificate: null, watermark: false });
      for (const page of placedPages(writeTemp(dir, `people-${count}.pdf`, bytes))) {
        // Section heading + intro need ~60 pt, the bottom margin is 56 pt, then at least KEEP_WITH_NEXT (72 pt) of content.
        const stranded = [
          ...page.words.filter((w) => w.text === 'SECTION' && page.height - w.yMin < 190),
          ...page.words.filter((w) => ['Lifecycle', 'Events'].includes(w.text) && page.height - w.yMin < 140),
        ];
        expect(stranded.map((w) => `${count} people, p${page.number}: ${w.text} ${Math.round(page.height - w.yMin)} pt from the foot`)).toEqual([]);
      }
    }
  }, 30_000);
});
