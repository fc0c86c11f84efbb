import { type ChildProcess, spawn } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

export interface Started {
  child: ChildProcess;
  url: string;
  output: () => string;
  /** Resolves with the exit code once the process ends. */
  exited: Promise<number | null>;
}

/** Runs `server/main.ts` as its own process, the way `npm start` does after building. */
export function runServer(
  env: Record<string, string>,
  logFile?: string,
): {
  child: ChildProcess;
  output: () => string;
  exited: Promise<number | null>;
} {
  // NODE_ARGS: options for node itself (e.g. `--cpu-prof`, which NODE_OPTIONS may not carry).
  const { NODE_ARGS: nodeArgs, ...rest } = env;
  const args = [...(nodeArgs ? nodeArgs.split(' ') : []), '--import', 'tsx', 'server/main.ts'];
  const child = spawn(process.execPath, args, {
    cwd: root,
    env: { PATH: process.env.PATH ?? '', LOG_LEVEL: 'info', ...rest },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout?.on('data', (d) => {
    out += d;
    if (logFile) appendFileSync(logFile, d);
  });
  child.stderr?.on('data', (d) => {
    out += d;
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => out, exited };
}

/** A port that is free right now (the server gets a real port, so its links in e-mails are right). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** Starts the server on a free port and waits until it says where to open it. */
export async function startServer(
  env: Record<string, string>,
  options: { timeoutMs?: number; logFile?: string } = {},
): Promise<Started> {
  const run = runServer({ PORT: String(await freePort()), ...env }, options.logFile);
  const timeoutMs = options.timeoutMs ?? 60_000;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const m = run.output().match(/Open (http:\/\/localhost:\d+)\//);
    if (m?.[1]) return { ...run, url: m[1] };
    if (run.child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  run.child.kill('SIGKILL');
  throw new Error(`server did not start:\n${run.output()}`);
}
