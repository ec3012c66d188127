import { ModuleSet, openDatabase, type Database } from '@icp/shared';
import { CASE_MANAGEMENT_MODULES } from './modules';

const modules = new ModuleSet(CASE_MANAGEMENT_MODULES);

/** Every entity and migration of case-management, from its modules. */
export const ENTITIES = modules.entities;
export const MIGRATIONS = modules.migrations;

export interface DatabaseSettings {
  /** A PostgreSQL URL; when absent an embedded PGlite is used. */
  url?: string;
  /** Where the embedded database persists; in memory when absent. */
  dataDir?: string;
  /** Start the in-memory embedded database from this tarball (tests: a migrated snapshot). */
  embeddedSnapshot?: Blob;
  onQuery?: (sql: string) => void;
  /** Told when another process on the same database holds the start-up lock (ADR 0039). */
  onStartupLockWait?: () => void;
}

export function openCaseManagementDatabase(s: DatabaseSettings): Promise<Database> {
  return openDatabase({
    ...s,
    applicationName: 'icp-case-management',
    entities: ENTITIES,
    migrations: MIGRATIONS,
  });
}
