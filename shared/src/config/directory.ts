import { statSync } from 'node:fs';
import type { AgencyEntry, FederationConfig } from './federation-config';
import { loadFederationConfig } from './federation-config';

/**
 * The live directory of agencies. Backed by the federation config file when it has a path, and
 * re-read when the file changes (checked at most once per `refreshMs`), so that adding an agency
 * is a directory entry, not a restart.
 */
export class Directory {
  private config: FederationConfig;
  private mtimeMs = 0;
  private checkedAt = 0;

  private constructor(
    config: FederationConfig,
    private readonly path: string | undefined,
    private readonly refreshMs: number,
    private readonly onReloadError: (error: unknown) => void,
  ) {
    this.config = config;
    if (path) this.mtimeMs = statSync(path).mtimeMs;
  }

  /** A directory that follows a config file. @param refreshMs default 1000 */
  static fromFile(path: string, refreshMs = 1000, onReloadError: (e: unknown) => void = () => {}) {
    return new Directory(loadFederationConfig(path), path, refreshMs, onReloadError);
  }

  /** A fixed directory, for tests and embedded use. */
  static fromConfig(config: FederationConfig): Directory {
    return new Directory(config, undefined, 0, () => {});
  }

  get current(): FederationConfig {
    this.maybeReload();
    return this.config;
  }

  agency(code: string): AgencyEntry | undefined {
    return this.current.agencies.find((a) => a.code === code);
  }

  agencies(): AgencyEntry[] {
    return this.current.agencies;
  }

  /** Replaces the config in memory (fixed directories only; used by tests). */
  replace(config: FederationConfig): void {
    this.config = config;
  }

  private maybeReload(): void {
    if (!this.path) return;
    const now = Date.now();
    if (now - this.checkedAt < this.refreshMs) return;
    this.checkedAt = now;
    try {
      const mtime = statSync(this.path).mtimeMs;
      if (mtime === this.mtimeMs) return;
      this.config = loadFederationConfig(this.path);
      this.mtimeMs = mtime;
    } catch (error) {
      // Keep serving the last good directory; a half-written file must not take the federation down.
      this.onReloadError(error);
    }
  }
}
