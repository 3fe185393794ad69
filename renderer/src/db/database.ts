import Dexie, { type EntityTable } from 'dexie';
import type { AgreementVersion } from '../../../shared/model/agreement';
import type { Workshop } from '../../../shared/model/workshop';
import type { AuditEvent } from '../../../shared/model/audit';
import { searchWords } from '../../../shared/rules/search-words';

export interface SettingRow {
  key: string;
  value: unknown;
}

/**
 * Library search rows: one per agreement version, holding the lower-cased words we search on
 * (title, organisation, participants, criteria), so search never loads whole agreements.
 */
export interface SearchRow {
  versionId: string;
  words: string[];
}

export type CommonGroundDb = Dexie & {
  workshops: EntityTable<Workshop, 'id'>;
  versions: EntityTable<AgreementVersion, 'id'>;
  auditEvents: EntityTable<AuditEvent, 'id'>;
  settings: EntityTable<SettingRow, 'key'>;
  search: EntityTable<SearchRow, 'versionId'>;
};

export const DB_NAME = 'common-ground';

/**
 * Schema history. Never edit a released version's stores: add a new `db.version(n)` with an
 * `.upgrade()` that migrates the rows, and a test in test/unit/renderer/db-migrations.test.ts.
 */
export function defineSchema(db: Dexie): void {
  db.version(1).stores({
    workshops: 'id, agreementId, versionId, updatedAt',
    versions: 'id, agreementId, [agreementId+version], status, content.organisation, content.quarter, updatedAt',
    auditEvents: 'id, agreementId, versionId, at',
    settings: 'key',
  });
  // v2: a word index for library search, filled from the versions already stored.
  db.version(2)
    .stores({ search: 'versionId, *words' })
    .upgrade(async (tx) => {
      await tx
        .table('versions')
        .toCollection()
        .each(async (version: AgreementVersion) => {
          await tx.table('search').put({ versionId: version.id, words: searchWords(version) });
        });
    });
}

export function openDatabase(name = DB_NAME): CommonGroundDb {
  const db = new Dexie(name) as CommonGroundDb;
  defineSchema(db);
  return db;
}

export const db = openDatabase();
