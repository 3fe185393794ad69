import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { AgreementFileSchema } from '../../../shared/model/agreement';
import { SignatureSchema } from '../../../shared/model/signatures';
import { canonicalJson, sha256Hex } from '../../../shared/rules/canonical';
import {
  exportPlan,
  needsOriginalCheck,
  provenanceItem,
  provenanceNotice,
  provenanceOf,
  witnessStatement,
  witnessStatementText,
  type Provenance,
  type ReceiptVerdict,
} from '../../../shared/rules/provenance';

const version = AgreementFileSchema.parse(JSON.parse(readFileSync(new URL('../../fixtures/signed-agreement.json', import.meta.url), 'utf8'))).version;

describe('provenanceOf', () => {
  const cases: [ReceiptVerdict[], boolean, Provenance][] = [
    [[], false, 'unsigned'],
    [[], true, 'sealed-original'],
    [['valid'], false, 'witnessed'],
    [['valid', 'valid'], true, 'witnessed'],
    [['valid', 'missing'], false, 'unverified'],
    [['valid', 'invalid'], false, 'unverified'],
    [['missing', 'missing'], false, 'unverified'],
    [['invalid'], true, 'sealed-original'],
    [['missing', 'valid'], true, 'sealed-original'],
  ];
  it.each(cases)('receipts %j, sealed original %s → %s', (receipts, sealedOriginal, expected) => {
    expect(provenanceOf({ receipts, sealedOriginal })).toBe(expected);
  });

  it('gathers the original only when some signature is not witnessed', () => {
    expect(needsOriginalCheck(['valid', 'valid'])).toBe(false);
    expect(needsOriginalCheck(['valid', 'missing'])).toBe(true);
    expect(needsOriginalCheck([])).toBe(true);
  });
});

describe('exportPlan', () => {
  it('seals only what is fully signed and witnessed; gives back the original; never seals the unverified', () => {
    const sealable = { sealable: true };
    const not = { sealable: false };
    expect(exportPlan(sealable, 'witnessed')).toBe('seal');
    expect(exportPlan(sealable, 'sealed-original')).toBe('original');
    expect(exportPlan(sealable, 'unverified')).toBe('unverified-copy');
    expect(exportPlan(sealable, 'unsigned')).toBe('unverified-copy');
    expect(exportPlan(not, 'witnessed')).toBe('draft');
    expect(exportPlan(not, 'unsigned')).toBe('draft');
    expect(exportPlan(not, 'sealed-original')).toBe('draft');
    // A half-signed record whose signatures cannot be vouched for is marked as such, not as a plain draft.
    expect(exportPlan(not, 'unverified')).toBe('unverified-copy');
  });

  it('no provenance but witnessed or sealed-original ever leads to a seal of any kind', () => {
    for (const provenance of ['unsigned', 'witnessed', 'sealed-original', 'unverified'] as const) {
      for (const sealable of [true, false]) {
        const plan = exportPlan({ sealable }, provenance);
        if (plan === 'seal') expect(provenance).toBe('witnessed');
        if (plan === 'original') expect(provenance).toBe('sealed-original');
      }
    }
  });
});

describe('the witness statement', () => {
  const [signature] = version.signatures;

  it('covers every signature field the PDF shows, the version it belongs to, and the image by its hash', () => {
    const statement = witnessStatement(version, signature);
    expect(statement).toEqual({
      kind: 'common-ground/witnessed-signature',
      agreementId: version.agreementId,
      version: 1,
      contentHash: version.contentHash,
      signatureId: signature.id,
      participantId: signature.participantId,
      name: signature.name,
      title: signature.title,
      team: signature.team,
      method: signature.method,
      imageSha256: sha256Hex(signature.image),
      consentText: signature.consentText,
      consentAt: signature.consentAt,
      signedAt: signature.signedAt,
      timeZone: signature.timeZone,
    });
    expect(witnessStatementText(statement)).toBe(canonicalJson(statement));
  });

  it('changes with any covered field', () => {
    const base = witnessStatementText(witnessStatement(version, signature));
    const edits = [{ name: 'Mallory' }, { contentHash: 'f'.repeat(64) }, { signedAt: '2027-01-12T20:41:38.000Z' }, { image: `${signature.image}A` }, { team: 'Sales' as const }, { consentText: 'other' }];
    for (const edit of edits) expect(witnessStatementText(witnessStatement(version, { ...signature, ...edit }))).not.toBe(base);
    expect(witnessStatementText(witnessStatement({ ...version, version: 2 }, signature))).not.toBe(base);
    expect(witnessStatementText(witnessStatement({ ...version, agreementId: 'other' }, signature))).not.toBe(base);
  });

  it('a provenance item carries the statements and receipts, never the images', () => {
    const item = provenanceItem(version);
    expect(item.signatures).toHaveLength(2);
    expect(item.signatures[0].receipt).toEqual(signature.receipt);
    expect(JSON.stringify(item)).not.toContain('data:image/png');
    expect(provenanceItem({ ...version, signatures: [{ ...signature, receipt: undefined }] }).signatures[0].receipt).toBeNull();
  });
});

describe('the receipt on a signature is optional', () => {
  it('old signatures without one stay valid; a malformed one is refused', () => {
    const { receipt: _r, ...old } = version.signatures[0];
    expect(SignatureSchema.safeParse(old).success).toBe(true);
    expect(SignatureSchema.safeParse({ ...old, receipt: { certificateFingerprint: 'nope', signature: 'x' } }).success).toBe(false);
  });
});

describe('provenanceNotice', () => {
  it('says why an unverified version cannot be sealed and what to do instead', () => {
    const notice = provenanceNotice('unverified')!;
    expect(notice.title).toBe('Imported, not verified');
    expect(notice.text).toMatch(/never sealed as signed/);
    expect(notice.text).toMatch(/open the original sealed PDF/);
    expect(provenanceNotice('witnessed')).toBeNull();
    expect(provenanceNotice('sealed-original')?.text).toMatch(/byte for byte/);
  });
});
