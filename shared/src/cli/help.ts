/**
 * `--help` for every command of the federation (the package.json scripts). Deliberately free of
 * dependencies: the launcher and the CLIs load it before anything heavy.
 */

/** Whether the command line asks for help: `--help` or `-h`, before any `--`. */
export function helpRequested(argv: readonly string[] = process.argv.slice(2)): boolean {
  const end = argv.indexOf('--');
  return (end < 0 ? argv : argv.slice(0, end)).some((a) => a === '--help' || a === '-h');
}

/** Prints `usage` on stdout and exits 0 when the command line asks for help; else returns. */
export function answerHelp(usage: string, argv: readonly string[] = process.argv.slice(2)): void {
  if (!helpRequested(argv)) return;
  process.stdout.write(usage.endsWith('\n') ? usage : `${usage}\n`);
  process.exit(0);
}

/** An error's message; for a command line `util.parseArgs` refused, pointing at `--help`. */
export function usageError(error: unknown, command: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')
    ? `${message}\nRun ${command} -- --help for its options.`
    : message;
}
