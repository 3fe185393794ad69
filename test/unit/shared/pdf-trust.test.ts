import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { importAdvice, trustVerdict, type TrustFacts } from '../../../shared/rules/pdf-trust';

const sound = (origin: 'this-install' | 'imported' | 'unknown'): TrustFacts => ({
  sealed: true,
  intact: true,
  coversWholeFile: true,
  agreement: {},
  hashMatches: true,
  problems: [],
  certificate: { origin },
});

describe('trustVerdict', () => {
  it('trusts a whole, intact seal over a matching agreement made with a certificate this install knows', () => {
    expect(trustVerdict(sound('this-install'))).toBe('trusted');
    expect(trustVerdict(sound('imported'))).toBe('trusted');
  });

  it('does not trust an intact seal from an unknown certificate: anyone can reseal an edited file', () => {
    expect(trustVerdict(sound('unknown'))).toBe('unknown-sealer');
    expect(trustVerdict({ ...sound('this-install'), certificate: null })).toBe('unknown-sealer');
  });

  it('distrusts the file when any single check fails, whoever sealed it', () => {
    const failures: Partial<TrustFacts>[] = [{ sealed: false }, { intact: false }, { coversWholeFile: false }, { hashMatches: false }, { agreement: null }, { problems: ['Two seals'] }];
    for (const origin of ['this-install', 'imported', 'unknown'] as const) {
      for (const failure of failures) expect(trustVerdict({ ...sound(origin), ...failure }), JSON.stringify(failure)).toBe('untrusted');
    }
  });

  it('is trusted exactly when every check passes and the sealer is known (property)', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.boolean(), fc.boolean(), fc.boolean(), fc.boolean(), fc.boolean(), fc.constantFrom('this-install', 'imported', 'unknown'), (sealed, intact, whole, hash, hasAgreement, problem, origin) => {
        const facts: TrustFacts = { sealed, intact, coversWholeFile: whole, hashMatches: hash, agreement: hasAgreement ? {} : null, problems: problem ? ['x'] : [], certificate: { origin } };
        const allPass = sealed && intact && whole && hash && hasAgreement && !problem;
        expect(trustVerdict(facts) === 'trusted').toBe(allPass && origin !== 'unknown');
        expect(trustVerdict(facts) === 'untrusted').toBe(!allPass);
      }),
    );
  });

  it('words the import advice for each verdict', () => {
    expect(importAdvice('trusted')).toMatch(/can be added/);
    expect(importAdvice('unknown-sealer')).toMatch(/only if you trust the sender/);
    expect(importAdvice('untrusted')).toMatch(/did not verify/);
  });
});
