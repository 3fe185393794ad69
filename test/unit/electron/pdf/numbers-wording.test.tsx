/** @jsxRuntime automatic @jsxImportSource react */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Page, renderToBuffer } from '@react-pdf/renderer';
import { describe, expect, it } from 'vitest';
import { PresentedSectionPdf } from '../../../../electron/main/services/pdf/components/Blocks';
import { presentAgreement } from '../../../../shared/present/agreement';
import { registerFonts, s } from '../../../../electron/main/services/pdf/styles';
import { AgreementContentSchema, type AgreementContent } from '../../../../shared/model/agreement';
import { describeDecay } from '../../../../shared/present/scoring';
import { describeFunnelRounding } from '../../../../shared/present/funnel';
import { reverseFunnel } from '../../../../shared/rules/goals';

const hasPdftotext = spawnSync('pdftotext', ['-v']).error === undefined;

function fixtureContent(): AgreementContent {
  const json = JSON.parse(readFileSync(new URL('../../../fixtures/signed-agreement.json', import.meta.url), 'utf8')) as { version: { content: unknown } };
  return AgreementContentSchema.parse(json.version.content);
}

/** The PDF's scoring and funnel sections alone, as pdftotext reads them (whitespace folded). */
async function sectionsText(content: AgreementContent): Promise<string> {
  registerFonts();
  const pdf = await renderToBuffer(
    <Document>
      <Page size="A4" style={s.page}>
        {presentAgreement({ content, contentHash: null, rulesVersion: 2 })
          .sections.filter((x) => x.id === 'scoring' || x.id === 'goals')
          .map((section) => <PresentedSectionPdf key={section.id} section={section} />)}
      </Page>
    </Document>,
  );
  const path = join(mkdtempSync(join(tmpdir(), 'cg-numbers-')), 'sections.pdf');
  writeFileSync(path, pdf);
  return execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

const folded = (text: string) => text.replace(/\s+/g, ' ');

describe.skipIf(!hasPdftotext)('the PDF says decay and funnel rounding in the shared words', () => {
  it('decay: "halve every N days: after 2N days a quarter"; the funnel: rounded up at every stage, monthly = quarter ÷ 3 rounded up', async () => {
    const base = fixtureContent();
    const content = { ...base, scoring: { ...base.scoring, settings: { ...base.scoring.settings, decay: { enabled: true, halfLifeDays: 21 } } } };
    const text = await sectionsText(content);
    expect(text).toContain(folded(describeDecay(content.scoring.settings)));
    expect(text).toContain('halve every 21 days without activity: after 21 days a lead keeps half of them, after 42 days a quarter');
    expect(text).not.toContain('halve after');
    expect(text).toContain(folded(describeFunnelRounding(content.goals, reverseFunnel(content.goals), { currency: content.currency, locale: content.locale })));
    expect(text).toContain('40 deals a quarter make 14 a month (42 over the three months)');
  }, 30_000);
});
