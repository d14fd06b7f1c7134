/**
 * The observed state in words, for the operator to check before a step is
 * taken. Key ids are masked; no secret is in the state to begin with.
 */
import { maskKeyId } from './mask';
import { AccessKeyState, ObservedState } from './state';

export function describeState(state: ObservedState): string[] {
  const { user, keys, parameter } = state;
  if (!user) {
    return [`User ${state.userName}: not found.`];
  }
  const lines = [`User ${user.name}: ${keys.length} access key(s).`];
  for (const key of keys) {
    const marker = key.id === parameter?.accessKeyId ? ' (in the parameter)' : '';
    lines.push(`  ${describeKey(key)}${marker}`);
  }
  if (!parameter) {
    lines.push(`Parameter ${state.parameterName}: not found.`);
  } else {
    const names = parameter.accessKeyId ? maskKeyId(parameter.accessKeyId) : 'no readable key';
    lines.push(`Parameter ${state.parameterName}: version ${parameter.version} `
      + `(${parameter.type}), names ${names}; ${parameter.history.length} version(s) kept.`);
  }
  const record = user.record;
  if (record) {
    lines.push('Rotation record: '
      + `started ${record.startedAt?.toISOString() ?? '-'}, `
      + `old key ${record.oldKeyId ? maskKeyId(record.oldKeyId) : '-'}, `
      + `deactivated ${record.oldKeyDeactivatedAt?.toISOString() ?? '-'}.`);
  }
  return lines;
}

function describeKey(key: AccessKeyState): string {
  const used = key.lastUsedAt ? `last used ${key.lastUsedAt.toISOString()}` : 'never used';
  return `${maskKeyId(key.id)} ${key.status}, created ${key.createdAt.toISOString()}, ${used}`;
}
