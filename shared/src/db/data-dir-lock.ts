import { readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from '../config/federation-config';

/**
 * The file an embedded database's owner keeps in its data directory while it has it open. PGlite
 * has no lock of its own, and two processes writing one data directory corrupt it: every
 * process that opens one (a subgraph, `audit:verify`) takes this lock first.
 */
export const DATA_DIR_LOCK_FILE = 'icp-instance.pid';

export interface DataDirHolder {
  pid: number;
  /** ISO date-time */
  startedAt: string;
  /** The script that opened it. */
  command: string;
}

export interface DataDirLock {
  release(): void;
}

/** The data directory is held by another running process. */
export class DataDirInUseError extends ConfigError {
  override name = 'DataDirInUseError';

  constructor(
    readonly dataDir: string,
    readonly holder: DataDirHolder,
  ) {
    super(
      `The embedded database at ${dataDir} is in use by process ${holder.pid} (${holder.command}, ` +
        `since ${holder.startedAt}): stop that process first (Ctrl-C in npm start).`,
    );
  }
}

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

function readHolder(file: string): DataDirHolder | null {
  try {
    const h = JSON.parse(readFileSync(file, 'utf8')) as Partial<DataDirHolder>;
    return typeof h.pid === 'number'
      ? { pid: h.pid, startedAt: String(h.startedAt ?? '?'), command: String(h.command ?? '?') }
      : null;
  } catch {
    return null;
  }
}

/** The running process that holds the data directory, if any (a lock left by a dead one is not). */
export function dataDirHolder(dataDir: string): DataDirHolder | null {
  const holder = readHolder(join(dataDir, DATA_DIR_LOCK_FILE));
  return holder && alive(holder.pid) ? holder : null;
}

/**
 * Takes the data directory for this process, or throws DataDirInUseError naming the running
 * process that holds it. A lock left behind by a process that died is taken over. Released by
 * `release()`, and when this process exits.
 */
export function lockDataDir(dataDir: string): DataDirLock {
  const file = join(dataDir, DATA_DIR_LOCK_FILE);
  const me: DataDirHolder = {
    pid: process.pid,
    startedAt: new Date().toISOString(),
    command: process.argv.slice(1, 2).join(' ') || 'node',
  };
  for (let attempt = 0; ; attempt++) {
    try {
      writeFileSync(file, `${JSON.stringify(me)}\n`, { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw error;
      const holder = dataDirHolder(dataDir);
      if (holder) throw new DataDirInUseError(dataDir, holder);
      unlinkSync(file); // left by a process that is gone
    }
  }
  let held = true;
  const release = () => {
    if (!held) return;
    held = false;
    process.off('exit', release);
    try {
      if (readHolder(file)?.pid === process.pid) unlinkSync(file);
    } catch {
      // already gone
    }
  };
  process.on('exit', release);
  return { release };
}
