/**
 * Long-lived helpers (the provider server, the emulator) are started as
 * leaders of their own process group, so stopping them also stops any
 * process they started, such as the interpreter behind a launcher script.
 *
 * Being in their own group, they do not get the terminal's Ctrl-C; the
 * registry below kills every group still running when this process exits
 * or is interrupted, so an aborted run leaves nothing behind.
 */
import { ChildProcess } from 'node:child_process';

/** Sends `signal` to the whole group led by `pid`; a group already gone is fine. */
export function signalProcessGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') throw error;
  }
}

const running = new Set<number>();
let hooksInstalled = false;

function killRunning(): void {
  for (const pid of running) signalProcessGroup(pid, 'SIGKILL');
  running.clear();
}

/** Kills the group led by `pid` if this process ends before the group is stopped. */
export function killGroupOnExit(pid: number): void {
  running.add(pid);
  if (hooksInstalled) return;
  hooksInstalled = true;

  process.once('exit', killRunning);
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      killRunning();
      // Let the signal end this process as it would have without the hook.
      process.kill(process.pid, signal);
    });
  }
}

/**
 * Stops a process group: SIGTERM first, SIGKILL if the leader has not
 * exited after `graceMs` milliseconds.
 */
export async function stopProcessGroup(child: ChildProcess, graceMs = 5000): Promise<void> {
  const pid = child.pid;
  if (pid === undefined) return;
  running.delete(pid);
  if (child.exitCode !== null || child.signalCode !== null) return;

  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  signalProcessGroup(pid, 'SIGTERM');

  const timer = setTimeout(() => signalProcessGroup(pid, 'SIGKILL'), graceMs);
  await exited;
  clearTimeout(timer);
}
