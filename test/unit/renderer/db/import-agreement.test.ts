import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommonGroundDb } from '../../../../renderer/src/db/database';
import { loadAuditChain } from '../../../../renderer/src/db/repositories/audit';
import { importAgreementFromPdfFile, importAgreementText } from '../../../../renderer/src/db/repositories/import';
import { importAgreementFile } from '../../../../renderer/src/db/repositories/signing';
import { verifyAuditChain } from '../../../../shared/rules/audit-chain';
import { draftVersion, signedFile } from '../library/fixtures';
import { dump, freshDb } from './helpers';

let db: CommonGroundDb;
beforeEach(() => {
  db = freshDb();
});
afterEach(() => db.close());

const draftFile = (overrides: Parameters<typeof draftVersion>[1] = {}) => ({ ...signedFile(), version: draftVersion(5, { workshopId: 'ws-elsewhere', ...overrides }) });

describe('the Library’s agreement import', () => {
  it('records an imported audit event and links a workshop to open the version in', async () => {
    const version = await importAgreementText(JSON.stringify(signedFile()), db);
    expect(version.workshopId).not.toBeNull();
    const workshop = await db.workshops.get(version.workshopId!);
    expect(workshop?.versionId).toBe(version.id);
    expect((await db.versions.get(version.id))?.workshopId).toBe(workshop?.id);
    expect(workshop?.agenda.current).toBe('review');
    const chain = await loadAuditChain(version.agreementId, db);
    expect(chain.map((e) => e.kind)).toEqual(['imported']);
    expect(chain[0]?.detail).toMatch(/from an agreement file/);
    expect(verifyAuditChain(chain)).toEqual({ ok: true });
  });

  it('gives an imported draft its own workshop, not the one it had on another machine', async () => {
    const version = await importAgreementText(JSON.stringify(draftFile()), db);
    expect(version.workshopId).not.toBe('ws-elsewhere');
    expect(await db.workshops.get(version.workshopId!)).toBeDefined();
  });

  it('refuses another version with the same number of the same agreement, changing nothing', async () => {
    await importAgreementText(JSON.stringify(draftFile()), db);
    const before = await dump(db);
    const sameNumber = draftFile({ id: 'ver-other' });
    await expect(importAgreementText(JSON.stringify(sameNumber), db)).rejects.toThrow(/already has a version 1 of this agreement/);
    expect(await dump(db)).toBe(before);
  });

  it('never half-applies: when the audit event cannot be written, no version, workshop or library row is left', async () => {
    const before = await dump(db);
    db.auditEvents.hook('creating', () => {
      throw new Error('disk full');
    });
    await expect(importAgreementText(JSON.stringify(signedFile()), db)).rejects.toThrow(/disk full/);
    expect(await dump(db)).toBe(before);
  });
});

describe('every single-agreement import is the same import', () => {
  it('Library (PDF) and Verify write the same rows and refuse each other’s duplicates', async () => {
    const other = freshDb();
    try {
      const fromLibrary = await importAgreementFromPdfFile(signedFile(), db);
      const fromVerify = await importAgreementFile(signedFile(), other);
      expect(fromVerify.version).toEqual({ ...fromLibrary, workshopId: fromVerify.workshop.id });
      for (const database of [db, other]) {
        expect(await database.workshops.count()).toBe(1);
        expect(await database.libraryRows.count()).toBe(1);
        expect((await database.auditEvents.toArray()).map((e) => [e.kind, e.detail.includes('from a PDF')])).toEqual([['imported', true]]);
      }
      await expect(importAgreementFile(signedFile(), db)).rejects.toThrow(/already in your library/);
      await expect(importAgreementText(JSON.stringify(signedFile()), other)).rejects.toThrow(/already in your library/);
    } finally {
      other.close();
    }
  });

  it('Verify applies the file checks of the Library import (kind and schema version)', async () => {
    const newer = { ...signedFile(), schemaVersion: 999 };
    await expect(importAgreementFile(newer, db)).rejects.toThrow(/newer version of Common Ground/);
    await expect(importAgreementFile({ ...signedFile(), kind: 'common-ground/library' }, db)).rejects.toThrow(/embedded agreement is not valid/);
    expect(await db.versions.count()).toBe(0);
  });
});
