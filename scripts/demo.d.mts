import type { ChildProcess } from 'node:child_process';

export interface DemoOptions {
  port?: number;
  host?: string;
  dataDir?: string;
  adminToken?: string;
  quiet?: boolean;
}

/** Copies the demo site and starts assent-server on it; resolves once it listens. */
export function startDemo(options?: DemoOptions): Promise<{
  url: string;
  adminToken: string;
  stop(): Promise<void>;
  process: ChildProcess;
}>;
