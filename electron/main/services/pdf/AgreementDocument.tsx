/** @jsxRuntime automatic @jsxImportSource react */
import { Document, Page, View } from '@react-pdf/renderer';
import type { AgreementVersion } from '../../../../shared/model/agreement';
import type { AuditEvent } from '../../../../shared/model/audit';
import type { CertificateInfo } from '../../../../shared/ipc/channels/pdf';
import { s } from './styles';
import { pageSizeFor } from './format';
import { Cover } from './components/Cover';
import { RunningFrame, Watermark } from './components/Frame';
import { LeadDefinition, Parties } from './components/Definition';
import { Commitments, Goals, Incentives, Scoring } from './components/Numbers';
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

/** The whole agreement as a PDF document: cover, the seven sections, then the audit page. */
export function AgreementDocument(props: AgreementDocumentProps) {
  const { version } = props;
  const watermark = watermarkOf(props.watermark);
  const c = version.content;
  const size = pageSizeFor(c.locale);
  return (
    <Document title={`${c.title} — ${c.organisation}`} author={c.organisation} creator="Common Ground" producer="Common Ground" language={c.locale}>
      <Cover version={version} contentHash={props.contentHash} certificate={props.certificate} watermark={watermark} size={size} />
      <Page size={size} style={s.page} wrap>
        <RunningFrame left={`${c.organisation} · ${c.title}`} right={`${c.quarter} · v${version.version}${watermark ? HEADER_MARK[watermark] : ''}`} footerNote={`SHA-256 ${props.contentHash.slice(0, 16)}…`} />
        <View style={s.content}>
          <Parties content={c} n={1} />
          <LeadDefinition content={c} n={2} />
          <Scoring content={c} n={3} />
          <Goals content={c} n={4} />
          <Incentives version={version} n={5} />
          <Commitments content={c} n={6} />
          <Signatures version={version} n={7} />
          <Audit version={version} events={props.auditEvents} contentHash={props.contentHash} certificate={props.certificate} sealed={props.sealed} unverified={watermark === 'unverified'} n={8} />
        </View>
        {/* Last, so the light watermark is painted over table shading rather than hidden under it. */}
        {watermark ? <Watermark kind={watermark} /> : null}
      </Page>
    </Document>
  );
}
