/**
 * What the benchmarks read of each process of a federation (ADR 0046): a server's own counters
 * from its Prometheus `/metrics`, a process's CPU from /proc, and the CPU of the PostgreSQL
 * backends serving the federation's databases.
 */
import { readFileSync } from 'node:fs';
import { Client } from 'pg';
import { TEST_SERVER_URL } from '../../test/support/test-database';

/** One server process's counters at one moment. */
export interface ProcessCounters {
  cpuMs: number;
  signed: Record<string, number>;
  verified: Record<string, number>;
}

/** Parses the Prometheus text format for the samples the benchmarks read. */
export function parseCounters(text: string): ProcessCounters {
  let cpuSeconds = 0;
  const signed: Record<string, number> = {};
  const verified: Record<string, number> = {};
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || !line) continue;
    const space = line.lastIndexOf(' ');
    const name = line.slice(0, space);
    const value = Number(line.slice(space + 1));
    if (name === 'process_cpu_user_seconds_total' || name === 'process_cpu_system_seconds_total')
      cpuSeconds += value;
    const label = /^icp_tokens_(signed|verified)_total\{\w+="([^"]*)"\}$/.exec(name);
    if (label) (label[1] === 'signed' ? signed : verified)[label[2]!] = value;
  }
  return { cpuMs: cpuSeconds * 1000, signed, verified };
}

/**
 * CPU ms (user + system) of the PostgreSQL backends serving the given databases, by pid, read
 * from /proc/<pid>/stat (the database server on this host; absent when it cannot be read).
 */
export async function postgresBackendCpu(
  databases: readonly string[],
): Promise<Map<number, number>> {
  const out = new Map<number, number>();
  if (!TEST_SERVER_URL || databases.length === 0) return out;
  const client = new Client({ connectionString: TEST_SERVER_URL });
  await client.connect();
  let pids: number[];
  try {
    const r = await client.query<{ pid: number }>(
      'SELECT pid FROM pg_stat_activity WHERE datname = ANY($1)',
      [databases],
    );
    pids = r.rows.map((row) => Number(row.pid));
  } finally {
    await client.end();
  }
  for (const pid of pids) {
    const ms = processCpuMs(pid);
    if (ms !== undefined) out.set(pid, ms);
  }
  return out;
}

/**
 * CPU ms (user + system) a process on this host has used, from /proc/<pid>/stat (Linux; in ticks
 * of USER_HZ = 100, so 10 ms steps); undefined when it cannot be read.
 */
export function processCpuMs(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    // utime, stime: fields 14 and 15
    return (Number(fields[11]) + Number(fields[12])) * 10;
  } catch {
    return undefined; // ended, or another host
  }
}

/**
 * The whole machine's busy and idle CPU ms so far, from /proc/stat (Linux; USER_HZ = 100): what
 * shows whether a batch left any core idle.
 */
export function machineCpuMs(): { busy: number; idle: number } {
  const [, ...ticks] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/);
  const t = ticks.map(Number);
  const idle = (t[3] ?? 0) + (t[4] ?? 0);
  return { busy: (t.reduce((a, b) => a + b, 0) - idle) * 10, idle: idle * 10 };
}
