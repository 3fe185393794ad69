import type Dexie from 'dexie';
import type { EntityTable } from 'dexie';
import type { AgreementVersion } from '../../../shared/model/agreement';
import type { Workshop } from '../../../shared/model/workshop';
import type { AuditEvent } from '../../../shared/model/audit';
import type { BacktestMapping, LeadTable, RejectedRow } from '../../../shared/rules/backtest';
import type { StoredReview } from '../../../shared/rules/import-file';
import { libraryEntryOf, type LibraryEntry, type SearchRow } from '../../../shared/rules/library-rows';
import { searchWords } from '../../../shared/rules/search-words';
import { renumberDuplicateVersions } from './unique-versions';

/**
 * What the database holds: the row types of its tables, the schema version this build opens and
 * every schema version with its upgrade. No connection is opened here (database.ts opens the
 * app's; the restore worker and its scratch databases open their own).
 */

export type { LibraryEntry, SearchRow };

export interface SettingRow {
  key: string;
  value: unknown;
}

/** The column mapping a workshop last used, with the headers it was made for. Small: it goes into backups. */
export interface BacktestMappingRow {
  workshopId: string;
  fileName: string;
  headers: string[];
  mapping: BacktestMapping;
  savedAt: string;
}

/**
 * The parsed leads of a workshop in columnar form (typed arrays, stored as they are), so
 * reopening the workshop does not parse the CSV again. Derived data: left out of backups.
 */
export interface BacktestTableRow {
  workshopId: string;
  fileName: string;
  importedAt: string;
  rowsRead: number;
  rejectedCount: number;
  rejected: RejectedRow[];
  parseMs: number;
  table: LeadTable;
}

export type CommonGroundDb = Dexie & {
  workshops: EntityTable<Workshop, 'id'>;
  versions: EntityTable<AgreementVersion, 'id'>;
  auditEvents: EntityTable<AuditEvent, 'id'>;
  settings: EntityTable<SettingRow, 'key'>;
  search: EntityTable<SearchRow, 'versionId'>;
  libraryRows: EntityTable<LibraryEntry, 'versionId'>;
  reviews: EntityTable<StoredReview, 'versionId'>;
  backtestMappings: EntityTable<BacktestMappingRow, 'workshopId'>;
  backtestTables: EntityTable<BacktestTableRow, 'workshopId'>;
};

/** The schema version this build opens; older databases are upgraded (after a backup: database.ts). */
export const DB_VERSION = 7;

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
  // v3: quarterly reviews (one per signed version), and compound indexes so the library can page
  // through one status, quarter or organisation newest first without reading the other rows.
  db.version(3)
    .stores({
      versions:
        'id, agreementId, [agreementId+version], status, content.organisation, content.quarter, updatedAt, [status+updatedAt], [content.organisation+updatedAt], [content.quarter+updatedAt]',
      reviews: 'versionId, agreementId, organisation, quarter',
    })
    .upgrade(async (tx) => {
      // Versions stored before v2 finished may lack a search row; make sure every version has one.
      const search = tx.table('search');
      await tx
        .table('versions')
        .toCollection()
        .each(async (version: AgreementVersion) => {
          if (!(await search.get(version.id))) await search.put({ versionId: version.id, words: searchWords(version) });
        });
    });
  // v4: backtest of the scoring model: the CSV column mapping and the parsed leads (columnar typed arrays) per workshop.
  db.version(4).stores({ backtestMappings: 'workshopId', backtestTables: 'workshopId' });
  // v5: slim library rows (status, dates, organisation, quarter, title, signers, search words), so
  // searching and filtering the library reads small rows instead of whole versions with signature images.
  db.version(5)
    .stores({ libraryRows: 'versionId, *words, recency, organisation, quarter, [status+recency], [organisation+recency], [quarter+recency]' })
    .upgrade(async (tx) => {
      const rows: LibraryEntry[] = [];
      await tx
        .table('versions')
        .toCollection()
        .each((version: AgreementVersion) => {
          rows.push(libraryEntryOf(version));
        });
      await tx.table('libraryRows').bulkPut(rows);
    });
  // v6 and v7: one record per agreement version. The library import of earlier releases checked
  // ids only, so a second record of a stored version (another id, same agreement and number) could
  // get in. A unique index cannot be built over such rows (IndexedDB aborts the whole upgrade),
  // and Dexie builds a version's indexes before running its upgrade, so the clean-up is a version
  // of its own: v6 renumbers every second record (unique-versions.ts: the record the audit trail
  // belongs to keeps the number, nothing is deleted, an audit event says what moved), then v7
  // makes [agreementId+version] unique, so no write path can store a second "version 1" again.
  db.version(6)
    .stores({})
    .upgrade((tx) => renumberDuplicateVersions(tx));
  db.version(7).stores({
    versions:
      'id, agreementId, &[agreementId+version], status, content.organisation, content.quarter, updatedAt, [status+updatedAt], [content.organisation+updatedAt], [content.quarter+updatedAt]',
  });
}
