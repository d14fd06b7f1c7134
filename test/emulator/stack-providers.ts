/**
 * One long-running aws provider per synthesized stack, for Terraform to
 * reattach to (see scripts/terraform/provider-server.ts for why).
 *
 * The emulator tier starts them in its global setup, in jest's main
 * process, so that they are stopped with the emulator at the end of the
 * run, and also when the run is interrupted.
 */
import { join } from 'node:path';
import {
  ProviderServer,
  SynthesizedStack,
  TerraformOptions,
  awsProviderOf,
  findProviderBinary,
  readStackJson,
  startProviderServer,
} from '../../scripts/terraform';
import { emulatorProviderEnv } from './override';

export interface StackProvidersProps {
  readonly stacks: readonly SynthesizedStack[];
  readonly options: TerraformOptions;
  readonly endpoint: string;
  /** Folder for each provider's log, `provider-<stack>.log`. */
  readonly logDir: string;
}

/** The started providers by stack name; all or none are running afterwards. */
export async function startStackProviders(
  props: StackProvidersProps,
): Promise<Map<string, ProviderServer>> {
  const env = { ...props.options.baseEnv, ...emulatorProviderEnv(props.endpoint) };
  const starts = props.stacks.map(async (stack): Promise<[string, ProviderServer]> => {
    const binary = findProviderBinary(
      props.options.pluginMirror,
      awsProviderOf(readStackJson(stack.file)),
    );
    const logFile = join(props.logDir, `provider-${stack.name}.log`);
    return [stack.name, await startProviderServer({ binary, env, logFile })];
  });

  const results = await Promise.allSettled(starts);
  const started = results.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
  const failed = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failed !== undefined) {
    await stopStackProviders(new Map(started));
    throw failed.reason;
  }
  return new Map(started);
}

export async function stopStackProviders(providers: Map<string, ProviderServer>): Promise<void> {
  await Promise.all([...providers.values()].map((provider) => provider.stop()));
}

/** The TF_REATTACH_PROVIDERS value of each stack's provider. */
export function reattachValues(providers: Map<string, ProviderServer>): Record<string, string> {
  return Object.fromEntries([...providers].map(([name, provider]) => [name, provider.reattach]));
}
