/**
 * The --debug trace: one line before and after each AWS call, with the
 * service, operation and signer only. Payloads are never printed, since
 * some carry secrets.
 */
import { CallObserver } from './clients';
import { Reporter } from './reporter';

export function traceCalls(reporter: Reporter): CallObserver {
  return {
    before(call) {
      reporter.debug(`-> ${call.service}:${call.operation} (signed by ${call.signer})`);
    },
    after(call, failure) {
      const outcome = failure === undefined ? 'ok' : `failed: ${errorName(failure)}`;
      reporter.debug(`<- ${call.service}:${call.operation} ${outcome}`);
    },
  };
}

function errorName(failure: unknown): string {
  return failure instanceof Error ? failure.name : String(failure);
}
