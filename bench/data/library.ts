/**
 * Generates realistic library export files for the benchmark: agreements of a few hundred
 * organisations over several years, each with a chain of versions (superseded, signed, archived,
 * drafts), four participants and signed versions carrying the real signature images of the
 * fixture. Files use the app's own library format, so seeding goes through the real import screen.
 */
import { readFileSync } from 'node:fs';
import type { AgreementContent, AgreementVersion, VersionStatus } from '../../shared/model/agreement';
import type { Signature } from '../../shared/model/signatures';
import { SCHEMA_VERSION } from '../../shared/model/agreement';
import { contentHash } from '../../shared/rules/canonical';
import { LIBRARY_FILE_KIND, type LibraryFile } from '../../shared/rules/import-file';
import { templateContent } from '../../shared/template/sales-marketing';

/** Small deterministic PRNG (mulberry32): the same library every run, so runs compare. */
export function randomSource(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PREFIXES = ['North', 'Bright', 'Blue', 'Iron', 'Silver', 'Green', 'Summit', 'Harbor', 'Cedar', 'Nova', 'Quanta', 'Helix', 'Fjord', 'Atlas', 'Vertex', 'Orion', 'Maple', 'Granite', 'Coral', 'Aurora'];
const SUFFIXES = ['wind', 'line', 'stone', 'field', 'gate', 'works', 'point', 'bridge', 'forge', 'path', 'wave', 'peak'];
const KINDS = ['Analytics', 'Logistics', 'Bank', 'Health', 'Systems', 'Foods', 'Energy', 'Software', 'Labs', 'Retail'];
const FIRST = ['Maya', 'Daniel', 'Rosa', 'Arjun', 'Elena', 'Sam', 'Priya', 'Leo', 'Mia', 'Tom', 'Ava', 'Ben', 'Noor', 'Kofi', 'Ines', 'Yuki', 'Omar', 'Lena', 'Raj', 'Zoe'];
const LAST = ['Fischer', 'Okoye', 'Lindqvist', 'Mehta', 'Brooks', 'Porter', 'Nair', 'Grant', 'Chen', 'Eriksen', 'Romero', 'Okafor', 'Haddad', 'Mensah', 'Silva', 'Tanaka', 'Farouk', 'Novak', 'Iyer', 'Dubois'];
const QUARTERS = ['2024', '2025', '2026', '2027'].flatMap((y) => [1, 2, 3, 4].map((q) => `${y}-Q${q}`));
const CONSENT = 'I agree to sign this agreement electronically and that my electronic signature is as binding as a handwritten one.';

export function organisations(count: number, random: () => number): string[] {
  const names = new Set<string>();
  while (names.size < count) {
    const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)]!;
    names.add(`${pick(PREFIXES)}${pick(SUFFIXES)} ${pick(KINDS)}`);
  }
  return [...names];
}

interface SignatureImages {
  drawn: string;
  typed: string;
}

export function fixtureSignatureImages(path = 'test/fixtures/signed-agreement.json'): SignatureImages {
  const fixture = JSON.parse(readFileSync(path, 'utf8')) as { version: AgreementVersion };
  const [drawn, typed] = fixture.version.signatures;
  return { drawn: drawn!.image, typed: typed!.image };
}

const iso = (ms: number) => new Date(ms).toISOString();

function contentFor(organisation: string, quarter: string, index: number, random: () => number): AgreementContent {
  const person = (k: number) => `${FIRST[(index + k * 7) % FIRST.length]} ${LAST[Math.floor(random() * LAST.length)]}`;
  const base = templateContent({ organisation, title: 'Sales and Marketing SLA', quarter, date: `${quarter.slice(0, 4)}-${String((Number(quarter.slice(-1)) - 1) * 3 + 1).padStart(2, '0')}-15`, facilitator: person(9) });
  const participants = [
    { id: 'p-m', name: person(1), team: 'Marketing' as const, title: 'VP Marketing', email: '' },
    { id: 'p-s', name: person(2), team: 'Sales' as const, title: 'VP Sales', email: '' },
    { id: 'p-r', name: person(3), team: 'RevOps' as const, title: 'Head of Revenue Operations', email: '' },
    { id: 'p-l', name: person(4), team: 'Leadership' as const, title: 'Chief Revenue Officer', email: '' },
  ];
  return { ...base, participants, goals: { ...base.goals, reps: 3 + (index % 9) } };
}

function signaturesFor(content: AgreementContent, hash: string, at: number, images: SignatureImages): Signature[] {
  return content.participants.slice(0, 2).map((p, k) => ({
    id: `sig-${k}`,
    participantId: p.id,
    name: p.name,
    title: p.title,
    team: p.team,
    method: k === 0 ? 'drawn' : 'typed',
    image: k === 0 ? images.drawn : images.typed,
    consentText: CONSENT,
    consentAt: iso(at + k * 60_000),
    signedAt: iso(at + k * 60_000 + 30_000),
    timeZone: 'Europe/Berlin',
    contentHash: hash,
  }));
}

/** `count` versions: agreements of one organisation and quarter, each a chain of 1–4 versions. */
export function generateVersions(count: number, seed = 42, images = fixtureSignatureImages()): AgreementVersion[] {
  const random = randomSource(seed);
  const orgs = organisations(300, random);
  const versions: AgreementVersion[] = [];
  const start = Date.UTC(2024, 0, 1);
  let agreement = 0;
  while (versions.length < count) {
    agreement += 1;
    const organisation = orgs[agreement % orgs.length]!;
    const quarter = QUARTERS[Math.floor(random() * QUARTERS.length)]!;
    const chain = Math.min(count - versions.length, 1 + Math.floor(random() * 4));
    let previous: string | null = null;
    for (let v = 1; v <= chain; v += 1) {
      const last = v === chain;
      const status: VersionStatus = !last ? 'superseded' : random() < 0.35 ? 'draft' : random() < 0.15 ? 'archived' : 'signed';
      const content = contentFor(organisation, quarter, agreement + v, random);
      const created = start + Math.floor(random() * 4 * 365 * 86_400_000);
      const frozen = status !== 'draft';
      const hash = frozen ? contentHash(content) : null;
      const id: string = `ver-${agreement}-${v}`;
      versions.push({
        id,
        agreementId: `agr-${agreement}`,
        version: v,
        status,
        content,
        contentHash: hash,
        signatures: hash ? signaturesFor(content, hash, created + 3_600_000, images) : [],
        previousVersionId: previous,
        workshopId: null,
        createdAt: iso(created),
        updatedAt: iso(created + 3_700_000),
        frozenAt: frozen ? iso(created + 3_600_000) : null,
      });
      previous = id;
    }
  }
  return versions;
}

export function libraryFile(versions: AgreementVersion[], extra: Partial<Pick<LibraryFile, 'workshops'>> = {}): LibraryFile {
  return { kind: LIBRARY_FILE_KIND, schemaVersion: SCHEMA_VERSION, exportedAt: new Date(Date.UTC(2027, 0, 1)).toISOString(), versions, workshops: extra.workshops ?? [], auditEvents: [], reviews: [] };
}
