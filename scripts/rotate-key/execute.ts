/**
 * Carries out a step's actions in order, printing each. Right before a
 * key is created, deactivated or deleted, the keys are listed again and
 * the change is refused if it would leave three keys or no active key, so
 * the rules hold even if someone changed the user since the state was read.
 */
import { Action, ActionContext, describeAction } from './actions';
import { AwsRotationAdapter } from './aws-adapter';
import { KeyCheckResult } from './check-key';
import { StaticCredentials } from './clients';
import { RefusalError } from './errors';
import { maskKeyId } from './mask';
import { deactivationTags, rotationStartTags } from './record';
import { Reporter } from './reporter';

export interface ExecutionProps {
  readonly adapter: AwsRotationAdapter;
  readonly checkKey: (key: StaticCredentials) => Promise<KeyCheckResult>;
  readonly reporter: Reporter;
  readonly context: ActionContext;
  /** The key the parameter names when the step begins. */
  readonly parameterKeyId: string;
  /** KMS key of the parameter, kept when it is rewritten. */
  readonly kmsKeyId?: string;
  readonly clock: () => Date;
}

export async function executeActions(
  actions: readonly Action[],
  props: ExecutionProps,
): Promise<void> {
  const execution = new Execution(props);
  for (const [index, action] of actions.entries()) {
    props.reporter.progress(
      `[${index + 1}/${actions.length}] ${describeAction(action, props.context)}`,
    );
    const outcome = await execution.perform(action);
    props.reporter.progress(`      ok${outcome ? `: ${outcome}` : ''}`);
  }
}

class Execution {
  /** The key created in this run; its secret lives only here until handed over. */
  private created?: StaticCredentials;
  private parameterKeyId: string;

  constructor(private readonly props: ExecutionProps) {
    this.parameterKeyId = props.parameterKeyId;
  }

  /** Performs one action; returns a short result for the progress line. */
  async perform(action: Action): Promise<string | undefined> {
    const { adapter, context, clock } = this.props;
    const user = context.userName;
    switch (action.type) {
      case 'record-rotation-start':
        await adapter.writeRecord(user, rotationStartTags(action.oldKeyId, clock()));
        return undefined;
      case 'create-key':
        await this.guardCreate();
        this.created = await adapter.createKey(user);
        return `created ${maskKeyId(this.created.accessKeyId)}`;
      case 'verify-created-key':
        return this.verifyCreated();
      case 'hand-over-created-key': {
        const created = this.requireCreated();
        await adapter.writeParameterKey(context.parameterName, created, this.props.kmsKeyId);
        this.parameterKeyId = created.accessKeyId;
        return `${context.parameterName} names ${maskKeyId(created.accessKeyId)}`;
      }
      case 'verify-parameter-key': {
        const key = await adapter.readParameterKey(context.parameterName);
        this.expectKey(key, action.keyId, context.parameterName);
        return describeCheck(await this.props.checkKey(key));
      }
      case 'record-deactivation':
        await adapter.writeRecord(user, deactivationTags(action.oldKeyId, clock()));
        return undefined;
      case 'set-key-status':
        if (action.status === 'Inactive') {
          await this.guardRemoval(action.keyId, 'deactivate');
        }
        await adapter.setKeyStatus(user, action.keyId, action.status);
        return undefined;
      case 'restore-parameter-version': {
        const key = await adapter.readParameterKey(context.parameterName, action.version);
        this.expectKey(key, action.keyId, `version ${action.version}`);
        const check = describeCheck(await this.props.checkKey(key));
        await adapter.writeParameterKey(context.parameterName, key, this.props.kmsKeyId);
        this.parameterKeyId = key.accessKeyId;
        return `${check}; ${context.parameterName} names ${maskKeyId(key.accessKeyId)}`;
      }
      case 'delete-key':
        await this.guardRemoval(action.keyId, 'delete');
        await adapter.deleteKey(user, action.keyId);
        return undefined;
      case 'clear-rotation-record':
        await adapter.clearRecord(user);
        return undefined;
    }
  }

  /**
   * A key that fails its check never reached the app, so it is deleted at
   * once. If that fails too, the next run finds it and deletes it.
   */
  private async verifyCreated(): Promise<string> {
    const created = this.requireCreated();
    try {
      return describeCheck(await this.props.checkKey(created));
    } catch (error) {
      const { reporter, adapter, context } = this.props;
      const key = maskKeyId(created.accessKeyId);
      reporter.progress(`      the new key ${key} failed its check; deleting it, `
        + 'since the app never received it');
      try {
        await this.guardRemoval(created.accessKeyId, 'delete');
        await adapter.deleteKey(context.userName, created.accessKeyId);
        reporter.progress(`      deleted ${key}`);
      } catch (cleanupError) {
        reporter.progress(`      could not delete ${key} (${String(cleanupError)}); `
          + 'the next run deletes it');
      }
      throw error;
    }
  }

  private requireCreated(): StaticCredentials {
    if (!this.created) {
      throw new Error('no key was created in this run');
    }
    return this.created;
  }

  /** The parameter must still name the key the decision was based on. */
  private expectKey(key: StaticCredentials, keyId: string, source: string): void {
    if (key.accessKeyId !== keyId) {
      throw new RefusalError(
        `${source} names ${maskKeyId(key.accessKeyId)}, not ${maskKeyId(keyId)} as a moment ago.`,
        'Someone changed the parameter meanwhile; run again to act on the new state.',
      );
    }
  }

  /** Never a third key: a key is created only next to exactly one other. */
  private async guardCreate(): Promise<void> {
    const keys = await this.props.adapter.listKeys(this.props.context.userName);
    if (keys.length !== 1) {
      throw new RefusalError(
        `Right before creating a key, ${this.props.context.userName} has ${keys.length} keys.`,
        'Someone changed the keys meanwhile; run again to act on the new state.',
      );
    }
  }

  /** Never the last active key, and never the key the parameter names. */
  private async guardRemoval(keyId: string, verb: 'deactivate' | 'delete'): Promise<void> {
    const key = maskKeyId(keyId);
    if (keyId === this.parameterKeyId) {
      throw new RefusalError(
        `Will not ${verb} ${key}: the parameter names it, so the app uses it.`,
        'Run again to act on the current state.',
      );
    }
    const keys = await this.props.adapter.listKeys(this.props.context.userName);
    const otherActive = keys.filter((other) => other.id !== keyId && other.status === 'Active');
    if (!keys.some((other) => other.id === keyId) || otherActive.length === 0) {
      throw new RefusalError(
        `Will not ${verb} ${key}: right before, the user's keys are `
          + `${keys.map((other) => `${maskKeyId(other.id)} ${other.status}`).join(', ')}, `
          + 'and no other key would stay active.',
        'Someone changed the keys meanwhile; run again to act on the new state.',
      );
    }
  }
}

function describeCheck(result: KeyCheckResult): string {
  const s3 = result.s3 === 'allowed'
    ? 's3:DeleteObject allowed'
    : 's3 accepted the signature but the bucket does not exist, so the app\'s '
      + 'permission was not checked';
  return `sts:GetCallerIdentity returned ${result.arn}; ${s3}`;
}
