/**
 * The emulator for one test run: the one the user points at with
 * AWS_ENDPOINT_URL (LocalStack in CI), or else a moto server started here.
 */
import { join } from 'node:path';
import { EmulatorSetupSettings } from './settings';
import { RunningEmulator, startMotoServer } from './moto-server';
import { waitForEndpoint } from './wait-for-endpoint';

/** Starts (or checks) the emulator; await `ready` before sending it requests. */
export async function startEmulator(
  settings: EmulatorSetupSettings,
  runDir: string,
): Promise<RunningEmulator> {
  const given = settings.givenEndpoint;
  if (given !== undefined) {
    // A given emulator that is down should say so now, not as 30 failed applies.
    const ready = waitForEndpoint(given, { timeoutMs: 10_000 }).catch(() => {
      throw new Error(`AWS_ENDPOINT_URL is ${given}, but nothing answers there.`);
    });
    return { endpoint: given, ready, stop: async () => undefined };
  }

  return startMotoServer({
    searchPath: settings.terraform.searchPath,
    baseEnv: settings.terraform.baseEnv,
    logFile: join(runDir, 'moto.log'),
  });
}
