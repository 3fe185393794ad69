import { Font, StyleSheet } from '@react-pdf/renderer';
import { fontPath } from '../fonts';

/** A calm palette: near-black ink, one muted blue accent, hairline rules. */
export const colors = {
  ink: '#1c2230',
  muted: '#5d6678',
  faint: '#8a93a5',
  accent: '#2c5282',
  accentSoft: '#e9eff7',
  rule: '#d8dde6',
  zebra: '#f6f7f9',
  warn: '#9c4221',
  ok: '#276749',
  watermark: '#c53030',
};

let registered = false;

/** Every face registered below, as @react-pdf looks them up. */
export const REGISTERED_FONTS = [
  { fontFamily: 'Inter', fontWeight: 400 },
  { fontFamily: 'Inter', fontWeight: 400, fontStyle: 'italic' },
  { fontFamily: 'Inter', fontWeight: 600 },
  { fontFamily: 'Source Serif', fontWeight: 600 },
  { fontFamily: 'Caveat', fontWeight: 500 },
];

/** Registers the bundled fonts once per process; words are never hyphenated (hashes and names must stay whole). */
export function registerFonts(): void {
  if (registered) return;
  Font.register({
    family: 'Inter',
    fonts: [
      { src: fontPath('body'), fontWeight: 400 },
      { src: fontPath('bodyItalic'), fontWeight: 400, fontStyle: 'italic' },
      { src: fontPath('bodyStrong'), fontWeight: 600 },
    ],
  });
  Font.register({ family: 'Source Serif', fonts: [{ src: fontPath('heading'), fontWeight: 600 }] });
  Font.register({ family: 'Caveat', fonts: [{ src: fontPath('hand'), fontWeight: 500 }] });
  Font.registerHyphenationCallback((word) => [word]);
  registered = true;
}

export const s = StyleSheet.create({
  // No lineHeight on the page itself: with one, @react-pdf 4.9 drops fixed render-prop text (page numbers).
  page: { fontFamily: 'Inter', fontSize: 9.5, color: colors.ink, paddingTop: 64, paddingBottom: 56, paddingHorizontal: 56 },
  header: { position: 'absolute', top: 26, left: 56, right: 56, flexDirection: 'row', justifyContent: 'space-between', fontSize: 7.5, color: colors.faint, borderBottomWidth: 0.5, borderBottomColor: colors.rule, paddingBottom: 5 },
  footer: { position: 'absolute', bottom: 24, left: 56, right: 56, flexDirection: 'row', justifyContent: 'space-between', fontSize: 7.5, color: colors.faint },
  watermark: { position: 'absolute', top: '42%', left: 0, right: 0, textAlign: 'center', fontFamily: 'Inter', fontWeight: 600, fontSize: 110, color: colors.watermark, opacity: 0.09, transform: 'rotate(-40deg)', letterSpacing: 12 },
  watermarkUnverified: { top: '36%', fontSize: 62, letterSpacing: 4, lineHeight: 1.15 },
  unverifiedBanner: { borderWidth: 1, borderColor: colors.watermark, borderRadius: 3, padding: 10, marginBottom: 22 },

  // lineHeight on a View resolves against that View's own font size, so both are set here.
  content: { fontSize: 9.5, lineHeight: 1.45 },
  section: { marginBottom: 20 },
  // Spacer after a flowing section (its parts are siblings, so there is no box to give a margin).
  sectionEnd: { height: 20 },
  sectionNumber: { fontFamily: 'Inter', fontWeight: 600, fontSize: 8, color: colors.accent, letterSpacing: 1.2, marginBottom: 2 },
  h1: { fontFamily: 'Source Serif', fontWeight: 600, fontSize: 17, lineHeight: 1.2, color: colors.ink, marginBottom: 6 },
  h2: { fontFamily: 'Inter', fontWeight: 600, fontSize: 10, color: colors.ink, marginTop: 10, marginBottom: 4 },
  lead: { fontSize: 9.5, lineHeight: 1.45, color: colors.muted, marginBottom: 8 },
  body: { fontSize: 9.5, lineHeight: 1.45 },
  small: { fontSize: 8, lineHeight: 1.4, color: colors.muted },
  strong: { fontWeight: 600 },
  italic: { fontStyle: 'italic' },

  callout: { backgroundColor: colors.accentSoft, borderLeftWidth: 2, borderLeftColor: colors.accent, padding: 10, marginVertical: 6 },
  keyValues: { flexDirection: 'row', flexWrap: 'wrap', marginBottom: 4 },
  keyValue: { width: '50%', paddingRight: 12, marginBottom: 6 },
  key: { fontSize: 7.5, lineHeight: 1.3, color: colors.muted, textTransform: 'uppercase', letterSpacing: 0.6 },
  value: { fontSize: 9.5, lineHeight: 1.35 },

  table: { borderTopWidth: 0.75, borderTopColor: colors.ink, marginTop: 4, marginBottom: 4 },
  tr: { flexDirection: 'row', borderBottomWidth: 0.5, borderBottomColor: colors.rule, paddingVertical: 4 },
  trZebra: { backgroundColor: colors.zebra },
  th: { fontSize: 7.5, lineHeight: 1.3, fontWeight: 600, color: colors.muted, textTransform: 'uppercase', letterSpacing: 0.5 },
  td: { fontSize: 8.5, lineHeight: 1.35, paddingRight: 6 },
  num: { textAlign: 'right' },

  figures: { flexDirection: 'row', marginVertical: 6 },
  figure: { flex: 1, borderLeftWidth: 0.5, borderLeftColor: colors.rule, paddingLeft: 8, paddingVertical: 2 },
  figureValue: { fontFamily: 'Source Serif', fontWeight: 600, fontSize: 15, lineHeight: 1.2, color: colors.ink, marginBottom: 2 },
  figureLabel: { fontSize: 7.5, lineHeight: 1.3, color: colors.muted, textTransform: 'uppercase', letterSpacing: 0.5 },
  arrow: { width: 14, textAlign: 'center', color: colors.faint, fontSize: 11, paddingTop: 4 },
});
