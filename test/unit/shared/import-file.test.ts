import { describe, expect, it } from 'vitest';
import { SCHEMA_VERSION } from '../../../shared/model/agreement';
import { AppFailure } from '../../../shared/ipc/result';
import { MAX_AGREEMENT_FILE_CHARS, parseAgreementFile, parseLibraryFile, readVersionedJson } from '../../../shared/rules/import-file';
import { draftVersion, libraryFile, signedFile } from '../renderer/library/fixtures';

function refusal(run: () => unknown): AppFailure {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppFailure);
    return error as AppFailure;
  }
  throw new Error('expected the file to be refused');
}

describe('parseAgreementFile', () => {
  it('accepts a genuine signed agreement', () => {
    const file = parseAgreementFile(JSON.stringify(signedFile()));
    expect(file.version.status).toBe('signed');
    expect(file.schemaVersion).toBe(SCHEMA_VERSION);
  });

  it('refuses truncated JSON with a sentence about truncation', () => {
    const text = JSON.stringify(signedFile());
    expect(refusal(() => parseAgreementFile(text.slice(0, text.length / 2))).message).toMatch(/not valid JSON.*truncated/);
  });

  it('refuses wrong types and names the field', () => {
    const file = signedFile() as unknown as { version: { version: unknown } };
    file.version.version = 'one';
    const error = refusal(() => parseAgreementFile(JSON.stringify(file)));
    expect(error.code).toBe('INVALID_FILE');
    expect(error.message).toContain('version.version');
  });

  it('refuses a file over the size limit before parsing it', () => {
    const huge = 'x'.repeat(MAX_AGREEMENT_FILE_CHARS + 1);
    expect(refusal(() => parseAgreementFile(huge)).message).toMatch(/too large/);
  });

  it('refuses a 50 MB string inside an otherwise valid library file', () => {
    const v = draftVersion(1);
    v.content.title = 'y'.repeat(50 * 1024 * 1024);
    expect(refusal(() => parseLibraryFile(JSON.stringify(libraryFile([v])))).message).toMatch(/Title is too long/);
  });

  it('refuses a file from a newer app with a clear message', () => {
    const file = { ...signedFile(), schemaVersion: SCHEMA_VERSION + 1 };
    const error = refusal(() => parseAgreementFile(JSON.stringify(file)));
    expect(error.code).toBe('UNSUPPORTED_VERSION');
    expect(error.message).toMatch(/newer version of Common Ground.*Update the app/);
  });

  it('refuses an agreement whose content no longer matches its content hash', () => {
    const file = signedFile();
    file.version.content.goals.revenueTargetCents += 100;
    expect(refusal(() => parseAgreementFile(JSON.stringify(file))).message).toMatch(/does not match its content hash/);
  });

  it('refuses a signature made over different content', () => {
    const file = signedFile();
    file.version.signatures[0]!.contentHash = '0'.repeat(64);
    expect(refusal(() => parseAgreementFile(JSON.stringify(file))).message).toMatch(/made over different content/);
  });

  it('refuses a library export offered as a single agreement', () => {
    expect(refusal(() => parseAgreementFile(JSON.stringify(libraryFile([])))).message).toMatch(/not a single agreement/);
  });
});

describe('parseLibraryFile', () => {
  it('accepts a valid library', () => {
    expect(parseLibraryFile(JSON.stringify(libraryFile([draftVersion(1), draftVersion(2)]))).versions).toHaveLength(2);
  });

  it('refuses duplicate version ids', () => {
    expect(refusal(() => parseLibraryFile(JSON.stringify(libraryFile([draftVersion(1), draftVersion(1)])))).message).toMatch(/same agreement version twice.*ver-1/);
  });

  it('refuses a workshop pointing at a version outside the file', () => {
    const file = libraryFile([draftVersion(1)]);
    file.workshops[0]!.versionId = 'ver-missing';
    expect(refusal(() => parseLibraryFile(JSON.stringify(file))).message).toMatch(/not in the file/);
  });

  it('refuses a non-object and an unknown kind', () => {
    expect(refusal(() => parseLibraryFile('[1,2]')).message).toMatch(/not a Common Ground file/);
    expect(refusal(() => parseLibraryFile('{"kind":"other","schemaVersion":1}')).message).toMatch(/"other", not a library export/);
    expect(refusal(() => parseLibraryFile('{"kind":"common-ground/library","schemaVersion":"1"}')).message).toMatch(/no valid schema version/);
  });
});

describe('readVersionedJson migrations', () => {
  it('runs each forward step in order and stamps the current version', () => {
    const steps = { 1: (f: Record<string, unknown>) => ({ ...f, a: 1 }), 2: (f: Record<string, unknown>) => ({ ...f, b: (f.a as number) + 1 }) };
    const out = readVersionedJson('{"kind":"k","schemaVersion":1}', 'k', 1000, steps, 3);
    expect(out).toEqual({ kind: 'k', schemaVersion: 3, a: 1, b: 2 });
  });

  it('refuses an old file when a migration step is missing', () => {
    expect(refusal(() => readVersionedJson('{"kind":"k","schemaVersion":1}', 'k', 1000, {}, 2)).message).toMatch(/cannot be migrated/);
  });
});
