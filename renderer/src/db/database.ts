import Dexie, { type EntityTable } from 'dexie';
import type { AgreementVersion, VersionStatus } from '../../../shared/model/agreement';
import type { Workshop } from '../../../shared/model/workshop';
import type { AuditEvent } from '../../../shared/model/audit';
import { searchWords } from '../../../shared/rules/search-words';
import type { StoredReview } from '../../../shared/rules/import-file';
import type { BacktestMappingRow, BacktestTableRow } from './repositories/backtest';
import { libraryEntryOf } from './index-rows';
import { renumberDuplicateVersions } from './unique-versions';

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

/**
 * Library list rows: one per agreement version, holding only what the list shows, filters and sorts
 * on, so a page of the library is chosen and drawn without reading whole versions.
 */
export interface LibraryEntry {
  versionId: string;
  agreementId: string;
  version: number;
  status: VersionStatus;
  updatedAt: string;
  /**
   * Minus updatedAt in epoch ms: ascending is newest first, so the default view is one forward
   * read (getAll), not a reverse cursor, which Chromium serves many times slower on a cold start.
   */
  recency: number;
  organisation: string;
  quarter: string;
  title: string;
  /** Signers' names, in signing order. */
  signers: string[];
  /** The agreed quarterly review date (YYYY-MM-DD), if any. */
  reviewDate: string | null;
  /** The search words (as in SearchRow), so one index read returns the matching rows whole. */
  words: string[];
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

/** The schema version this build opens; older databases are upgraded (after a backup, see below). */
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

/** Called with the old data before an upgrade runs, so a migration can always be undone. */
export type BeforeUpgrade = (oldDatabase: Dexie, oldVersion: number) => Promise<void>;
/**
 * By default the old data goes to a backup file. The backup code (and dexie-export-import) is
 * loaded only when an upgrade is actually due, so it stays out of the start-up bundle.
 */
const backupBeforeUpgrade: BeforeUpgrade = async (old) => {
  const { backupOldDatabase } = await import('./repositories/backup');
  await backupOldDatabase(old);
};
let beforeUpgrade: BeforeUpgrade | null = backupBeforeUpgrade;
export function onBeforeUpgrade(hook: BeforeUpgrade | null): void {
  beforeUpgrade = hook;
}

/** The stored schema version (as Dexie counts it), or null when the database does not exist yet. */
async function storedVersion(name: string): Promise<number | null> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return null;
  const found = (await indexedDB.databases()).find((d) => d.name === name);
  // Dexie stores version n as IndexedDB version n × 10.
  return found?.version ? found.version / 10 : null;
}

/**
 * Runs the before-upgrade hook on the first open when the stored database is older than this
 * build: the old data is opened read-only as it is (no schema declared) and handed over first.
 * A failing hook never blocks the app from opening.
 */
function guardUpgrades(db: Dexie, name: string): void {
  const open = db.open.bind(db);
  let prepared: Promise<void> | null = null;
  const prepare = async () => {
    const hook = beforeUpgrade;
    // Once this build has opened the database, it cannot be older any more: skip the extra
    // IndexedDB round trip (indexedDB.databases()) that would otherwise delay every start-up.
    if (!hook || openedVersionHint() === DB_VERSION) return;
    const version = await storedVersion(name).catch(() => null);
    if (!hook || version === null || version >= DB_VERSION) return;
    const old = new Dexie(name);
    try {
      await old.open();
      await hook(old, version);
    } catch (error) {
      console.warn('Backup before the database upgrade failed', error);
    } finally {
      old.close();
    }
  };
  db.open = (() => {
    prepared ??= prepare();
    return prepared.then(() => open()).then((opened) => {
      rememberOpenedVersion();
      return opened;
    });
  }) as typeof db.open;
}

const OPENED_KEY = 'cg-db-opened-version';
function openedVersionHint(): number | null {
  try {
    return Number(localStorage.getItem(OPENED_KEY)) || null;
  } catch {
    return null;
  }
}
function rememberOpenedVersion(): void {
  try {
    if (openedVersionHint() !== DB_VERSION) localStorage.setItem(OPENED_KEY, String(DB_VERSION));
  } catch {
    // No localStorage: the next start asks indexedDB.databases() again.
  }
}

export function openDatabase(name = DB_NAME): CommonGroundDb {
  const db = new Dexie(name) as CommonGroundDb;
  defineSchema(db);
  return db;
}

export const db = openDatabase();
guardUpgrades(db, DB_NAME);
