import Database from 'better-sqlite3';
import { arch, availableParallelism, cpus, loadavg, platform, release, totalmem } from 'node:os';

export interface MachineInfo {
  cpuModel: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  sqlite: string;
  /** One-minute load average when the run began: other work on the machine skews every figure. */
  loadAverage: number;
}

/** What the figures were measured on: they mean little without it. */
export function describeMachine(): MachineInfo {
  const db = new Database(':memory:');
  const sqlite = db.prepare('SELECT sqlite_version()').pluck().get() as string;
  db.close();
  const list = cpus();
  return {
    cpuModel: list[0]?.model.trim() ?? 'unknown',
    cores: availableParallelism(),
    memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    os: `${platform()} ${release()} ${arch()}`,
    node: process.version,
    sqlite,
    loadAverage: currentLoad(),
  };
}

export function currentLoad(): number {
  return Math.round(loadavg()[0] * 100) / 100;
}
