/** @jsxRuntime automatic @jsxImportSource react */
import { Image, Text, View } from '@react-pdf/renderer';
import type { AgreementVersion } from '../../../../../shared/model/agreement';
import { colors, s } from '../styles';
import { momentInZone } from '../format';
import { Section } from './Table';

/** One card per signature: the drawn or typeset image above a line, then who, in what role, when. */
export function Signatures({ version, n }: { version: AgreementVersion; n: number }) {
  const loc = version.content.locale;
  const required = version.content.leadershipSignatureRequired ? 'Marketing, Sales and Leadership' : 'Marketing and Sales';
  return (
    <Section number={n} title="Signatures" keepTogether={version.signatures.length <= 6} intro={`By signing, each person below agrees to this version of the agreement. At least one signer from each of ${required} is required.`}>
      {version.signatures.length === 0 ? (
        <View style={[s.callout, { backgroundColor: colors.zebra, borderLeftColor: colors.rule }]}>
          <Text style={s.body}>No signatures yet. This draft is for discussion and is not binding.</Text>
        </View>
      ) : null}
      <View style={{ flexDirection: 'row', flexWrap: 'wrap', marginHorizontal: -8 }}>
        {version.signatures.map((sig) => (
          <View key={sig.id} style={{ width: '50%', paddingHorizontal: 8, marginBottom: 18 }} wrap={false}>
            <View style={{ height: 64, justifyContent: 'flex-end', borderBottomWidth: 0.75, borderBottomColor: colors.ink, paddingBottom: 2 }}>
              {/* Kept in proportion inside a fixed box so wide typed names and tall drawings both fit. */}
              <Image src={sig.image} style={{ maxHeight: 58, maxWidth: 200, objectFit: 'contain', objectPosition: 'left bottom' }} />
            </View>
            <Text style={[s.strong, { marginTop: 4, fontSize: 10 }]}>{sig.name}</Text>
            <Text style={s.small}>{[sig.title, sig.team].filter(Boolean).join(' · ')}</Text>
            <Text style={s.small}>{`Signed ${momentInZone(sig.signedAt, sig.timeZone, loc)}`}</Text>
            <Text style={[s.small, { color: colors.faint }]}>{sig.method === 'drawn' ? 'Signature drawn by hand on the facilitator’s device' : 'Signature typed by the signer'}</Text>
          </View>
        ))}
      </View>
    </Section>
  );
}
