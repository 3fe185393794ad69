/** @jsxRuntime automatic @jsxImportSource react */
import { Document, Page, View } from '@react-pdf/renderer';
import type { AgreementVersion } from '../../../../shared/model/agreement';
import type { AuditEvent } from '../../../../shared/model/audit';
import type { CertificateInfo } from '../../../../shared/ipc/channels/pdf';
import { s } from './styles';
import { pageSizeFor } from './format';
import { Cover } from './components/Cover';
import { RunningFrame, Watermark } from './components/Frame';
import { PresentedSectionPdf } from './components/Blocks';
import { presentAgreement } from '../../../../shared/present/agreement';
import { Signatures } from './components/Signatures';
import { Audit } from './components/Audit';
import { watermarkOf, type WatermarkOption } from './watermark';

export interface AgreementDocumentProps {
  version: AgreementVersion;
  auditEvents: AuditEvent[];
  /** The hash printed on the cover and audit page: the frozen one, or the live one for drafts. */
  contentHash: string;
  certificate: CertificateInfo | null;
  /** DRAFT, IMPORTED COPY — NOT VERIFIED, or none (see ./watermark). */
  watermark: WatermarkOption;
  sealed: boolean;
}

const HEADER_MARK = { draft: ' · DRAFT', unverified: ' · IMPORTED COPY — NOT VERIFIED' } as const;

/** The whole agreement as a PDF document: cover, the agreement's sections, the signatures, then the audit page. */
export function AgreementDocument(props: AgreementDocumentProps) {
  const { version } = props;
  const watermark = watermarkOf(props.watermark);
  const c = version.content;
  const size = pageSizeFor(c.locale);
  // Sections 1–6 as shared/present words them for the review summary too; signatures and audit follow.
  const { sections } = presentAgreement(version);
  return (
    <Document title={`${c.title} — ${c.organisation}`} author={c.organisation} creator="Common Ground" producer="Common Ground" language={c.locale}>
      <Cover version={version} contentHash={props.contentHash} certificate={props.certificate} watermark={watermark} size={size} />
      <Page size={size} style={s.page} wrap>
        <RunningFrame left={`${c.organisation} · ${c.title}`} right={`${c.quarter} · v${version.version}${watermark ? HEADER_MARK[watermark] : ''}`} footerNote={`SHA-256 ${props.contentHash.slice(0, 16)}…`} />
        <View style={s.content}>
          {sections.map((section) => (
            <PresentedSectionPdf key={section.id} section={section} />
          ))}
          <Signatures version={version} n={sections.length + 1} />
          <Audit version={version} events={props.auditEvents} contentHash={props.contentHash} certificate={props.certificate} sealed={props.sealed} unverified={watermark === 'unverified'} n={sections.length + 2} />
        </View>
        {/* Last, so the light watermark is painted over table shading rather than hidden under it. */}
        {watermark ? <Watermark kind={watermark} /> : null}
      </Page>
    </Document>
  );
}
