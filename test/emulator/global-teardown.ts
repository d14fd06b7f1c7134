/** Jest global teardown of the emulator tier: stops what the setup started. */
import { releaseRun } from './run-state';

export default async function globalTeardown(): Promise<void> {
  await releaseRun();
}
