import { describe, expect, it } from 'vitest';
import { exportReadiness } from '../../../shared/rules/export-readiness';
import type { AgreementVersion } from '../../../shared/model/agreement';

const HASH = 'b'.repeat(64);
const sig = (team: 'Marketing' | 'Sales' | 'Leadership') => ({ team }) as AgreementVersion['signatures'][number];

function version(overrides: Partial<AgreementVersion>, leadership = false) {
  return { status: 'signed', contentHash: HASH, signatures: [sig('Marketing'), sig('Sales')], content: { leadershipSignatureRequired: leadership }, ...overrides } as Pick<
    AgreementVersion,
    'status' | 'contentHash' | 'content' | 'signatures'
  >;
}

describe('exportReadiness', () => {
  it('seals a fully signed version, and keeps sealing once it is superseded or archived', () => {
    for (const status of ['signed', 'superseded', 'archived'] as const) expect(exportReadiness(version({ status }))).toEqual({ sealable: true, missing: [], problems: [] });
  });

  it('a draft or a version still being signed exports as a draft', () => {
    expect(exportReadiness(version({ status: 'draft', contentHash: null, signatures: [] }))).toEqual({ sealable: false, missing: ['Marketing', 'Sales'], problems: [] });
    expect(exportReadiness(version({ status: 'signing', signatures: [sig('Marketing')] }))).toEqual({ sealable: false, missing: ['Sales'], problems: [] });
  });

  it('never seals without a content hash, even if the status says signed', () => {
    expect(exportReadiness(version({ contentHash: null })).sealable).toBe(false);
  });

  it('needs Leadership too when the agreement asks for it', () => {
    expect(exportReadiness(version({}, true))).toEqual({ sealable: false, missing: ['Leadership'], problems: [] });
    expect(exportReadiness(version({ signatures: [sig('Marketing'), sig('Sales'), sig('Leadership')] }, true)).sealable).toBe(true);
  });
});
