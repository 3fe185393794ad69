/** @jsxRuntime automatic @jsxImportSource react */
import { Text, View } from '@react-pdf/renderer';
import type { AgreementVersion } from '../../../../../shared/model/agreement';
import type { AuditEvent } from '../../../../../shared/model/audit';
import type { CertificateInfo } from '../../../../../shared/ipc/channels/pdf';
import { colors, s } from '../styles';
import { groupedHex, momentInZone, softWrap } from '../format';
import { Section, SubHeading, Table } from './Table';

/** The evidence page: what was signed (hash), by whom, how, with what consent, and the seal used. */
export function Audit({ version, events, contentHash, certificate, sealed, unverified = false, n }: { version: AgreementVersion; events: AuditEvent[]; contentHash: string; certificate: CertificateInfo | null; sealed: boolean; unverified?: boolean; n: number }) {
  const loc = version.content.locale;
  const ordered = [...events].sort((a, b) => a.at.localeCompare(b.at));
  return (
    <Section number={n} title="Audit trail" intro="A record of how this agreement was made and signed. The fingerprints let anyone check that the content and the file are the ones the signers agreed to.">
      {/* The identifiers live with the fingerprints: they are what a reader quotes to find this version, and
          as a trailing block they used to end up alone on a last page. */}
      <View style={[s.callout, { backgroundColor: colors.zebra, borderLeftColor: colors.accent }]} wrap={false}>
        <View style={s.keyValues}>
          <View style={[s.keyValue, { marginBottom: 2 }]}>
            <Text style={s.key}>Agreement id</Text>
            <Text style={{ fontSize: 8.5 }}>{softWrap(version.agreementId)}</Text>
          </View>
          <View style={[s.keyValue, { marginBottom: 2 }]}>
            <Text style={s.key}>Version id</Text>
            <Text style={{ fontSize: 8.5 }}>{`${softWrap(version.id)} (v${version.version})`}</Text>
          </View>
        </View>
        <Text style={s.key}>Content hash (SHA-256 of the canonical agreement content)</Text>
        <Text style={{ fontSize: 9, marginBottom: 6, letterSpacing: 0.3 }}>{groupedHex(contentHash)}</Text>
        <Text style={s.key}>Seal certificate</Text>
        {sealed && certificate ? (
          <>
            <Text style={{ fontSize: 8.5 }}>{certificate.subject}</Text>
            <Text style={s.key}>Certificate fingerprint (SHA-256)</Text>
            <Text style={{ fontSize: 9, letterSpacing: 0.3 }}>{groupedHex(certificate.fingerprint)}</Text>
          </>
        ) : (
          <Text style={{ fontSize: 8.5 }}>
            {unverified
              ? 'None: an imported copy. The app that printed it did not witness these signatures and holds no original sealed PDF of this version, so it does not seal it.'
              : 'None: this export is a draft and is not sealed.'}
          </Text>
        )}
      </View>

      {version.signatures.length ? (
        <>
          <SubHeading>Signatures and consent</SubHeading>
          <Table
            columns={[
              { title: 'Signer', width: '22%' },
              { title: 'Signed', width: '28%' },
              { title: 'Method', width: '10%' },
              { title: 'Consent to sign electronically', width: '40%' },
            ]}
            rows={version.signatures.map((sig) => [
              softWrap(`${sig.name}\n${sig.team}`),
              momentInZone(sig.signedAt, sig.timeZone, loc),
              sig.method,
              // The app's consent quotes the 64-character content hash: give it places to wrap.
              `“${softWrap(sig.consentText)}” — given ${momentInZone(sig.consentAt, sig.timeZone, loc)}`,
            ])}
          />
        </>
      ) : null}

      <SubHeading>Events</SubHeading>
      {ordered.length ? <Text style={[s.small, { marginBottom: 2 }]}>{`Oldest first. Each event is chained to the one before it by SHA-256; the last link starts ${ordered[ordered.length - 1].hash.slice(0, 16)}.`}</Text> : null}
      {ordered.length ? (
        <Table
          columns={[
            { title: 'When', width: '24%' },
            { title: 'Event', width: '10%' },
            { title: 'By', width: '16%' },
            { title: 'Detail', width: '32%' },
            { title: 'Device · app', width: '18%' },
          ]}
          rows={ordered.map((e) => [momentInZone(e.at, e.timeZone, loc), e.kind, e.actor || '—', softWrap(e.detail) || '—', `${e.device} · ${e.appVersion}`])}
        />
      ) : (
        <Text style={s.small}>No events were recorded for this version.</Text>
      )}
    </Section>
  );
}
