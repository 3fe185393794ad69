/** @jsxRuntime automatic @jsxImportSource react */
import { Page, Text, View } from '@react-pdf/renderer';
import type { AgreementVersion } from '../../../../../shared/model/agreement';
import type { CertificateInfo } from '../../../../../shared/ipc/channels/pdf';
import { colors, s } from '../styles';
import { groupedHex } from '../format';
import { longDate } from '../../../../../shared/rules/format';
import { Watermark } from './Frame';
import { UNVERIFIED_WATERMARK } from '../../../../../shared/rules/provenance';
import type { Watermark as WatermarkKind } from '../watermark';

const STATUS_LABEL: Record<AgreementVersion['status'], string> = {
  draft: 'Draft — not signed',
  signing: 'Signing in progress',
  signed: 'Signed',
  superseded: 'Signed, since superseded',
  archived: 'Archived',
};

/** What the seal line says when there is none. */
const NOT_SEALED: Record<WatermarkKind, string> = {
  draft: 'Not sealed: drafts are for discussion only and carry no signature.',
  unverified: 'Not sealed: this install did not witness these signatures and holds no original sealed PDF of this version.',
};

export function Cover({ version, contentHash, certificate, watermark, size }: { version: AgreementVersion; contentHash: string; certificate: CertificateInfo | null; watermark: WatermarkKind | null; size: 'A4' | 'LETTER' }) {
  const c = version.content;
  const facts: [string, string][] = [
    ['Quarter', c.quarter],
    ['Version', `v${version.version}`],
    ['Status', `${STATUS_LABEL[version.status]}${watermark === 'unverified' ? ' (not verified)' : ''}`],
    ['Agreement date', longDate(c.date, c.locale)],
    ['Facilitator', c.facilitator || '—'],
    ['Signed by', version.signatures.length ? version.signatures.map((sig) => sig.name).join(', ') : 'Not yet signed'],
  ];
  return (
    <Page size={size} style={[s.page, { paddingTop: watermark === 'unverified' ? 56 : 96 }]}>
      {watermark === 'unverified' ? <UnverifiedBanner /> : null}
      <View style={{ borderLeftWidth: 3, borderLeftColor: colors.accent, paddingLeft: 18 }}>
        <Text style={{ fontSize: 8.5, fontWeight: 600, color: colors.accent, letterSpacing: 1.6, marginBottom: 18 }}>SALES AND MARKETING SERVICE-LEVEL AGREEMENT</Text>
        <Text style={{ fontFamily: 'Source Serif', fontWeight: 600, fontSize: 32, lineHeight: 1.15, marginBottom: 10 }}>{c.organisation}</Text>
        <Text style={{ fontFamily: 'Source Serif', fontWeight: 600, fontSize: 18, color: colors.muted, lineHeight: 1.25 }}>{c.title}</Text>
      </View>

      <View style={{ marginTop: 48, borderTopWidth: 0.75, borderTopColor: colors.ink, paddingTop: 14 }}>
        <View style={s.keyValues}>
          {facts.map(([k, v]) => (
            <View key={k} style={[s.keyValue, { width: '33.33%', marginBottom: 14 }]}>
              <Text style={s.key}>{k}</Text>
              <Text style={{ fontSize: 11 }}>{v}</Text>
            </View>
          ))}
        </View>
      </View>

      <View style={{ marginTop: 18 }}>
        <Text style={s.key}>Parties</Text>
        <Text style={{ fontSize: 11, marginTop: 2 }}>{partiesLine(version)}</Text>
      </View>

      <View style={{ position: 'absolute', left: 56, right: 56, bottom: 64 }}>
        <View style={[s.callout, { backgroundColor: colors.zebra, borderLeftColor: colors.rule }]}>
          <Text style={s.key}>{watermark === 'draft' ? 'Content fingerprint (SHA-256 of the draft content at export)' : 'Content fingerprint (SHA-256 of the agreed content)'}</Text>
          <Text style={{ fontSize: 9, marginTop: 3, letterSpacing: 0.4 }}>{groupedHex(contentHash)}</Text>
          <Text style={[s.key, { marginTop: 8 }]}>Seal</Text>
          <Text style={{ fontSize: 8.5, marginTop: 2, color: colors.muted }}>
            {certificate && !watermark ? `Digitally sealed by ${certificate.subject}. Any change to this file breaks the seal in every PDF reader.` : NOT_SEALED[watermark ?? 'draft']}
          </Text>
        </View>
        <Text style={{ fontSize: 7.5, color: colors.faint, marginTop: 10 }}>Prepared with Common Ground. The machine-readable agreement is attached to this PDF as agreement.json.</Text>
      </View>
      {watermark ? <Watermark kind={watermark} /> : null}
    </Page>
  );
}

/** Said in words on the first page, where a reader starts: the diagonal mark alone is easy to miss in print. */
function UnverifiedBanner() {
  return (
    <View style={s.unverifiedBanner}>
      <Text style={{ fontSize: 10, fontWeight: 600, color: colors.watermark, letterSpacing: 0.8 }}>{UNVERIFIED_WATERMARK}</Text>
      <Text style={{ fontSize: 8.5, marginTop: 3, color: colors.muted }}>
        The signatures shown were not captured by the app that printed this copy, and it holds no original sealed PDF of this version, so nothing here proves who signed or that
        the content is what they signed. Ask for the original sealed PDF.
      </Text>
    </View>
  );
}

function partiesLine(version: AgreementVersion): string {
  const people = version.content.participants;
  if (!people.length) return 'The marketing and sales teams';
  if (people.length <= 8) return people.map((p) => `${p.name} (${p.team})`).join(' · ');
  const teams = new Map<string, number>();
  for (const p of people) teams.set(p.team, (teams.get(p.team) ?? 0) + 1);
  return [...teams.entries()].map(([team, n]) => `${team} (${n} people)`).join(' · ');
}
