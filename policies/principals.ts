/**
 * Names and ARNs of the IAM principals each environment creates. ARNs
 * are built from configuration rather than read from resources, so the
 * policies that name them are plain, reviewable strings.
 */
import { EnvironmentConfig } from '../config/types';

/** Every principal of the least-privilege table (README). */
export type PrincipalRole = 'app' | 'backfill' | 'checker' | 'key-rotation' | 'ci-deployer';

export function principalName(config: EnvironmentConfig, role: PrincipalRole): string {
  return `${config.namePrefix}-${role}`;
}

/** The app is an IAM user with access keys, or an EC2 instance role. */
export function appIsUser(config: EnvironmentConfig): boolean {
  return config.appPrincipal === 'iam-user';
}

/** Only environments whose app uses access keys need a rotation operator. */
export function hasKeyRotation(config: EnvironmentConfig): boolean {
  return appIsUser(config) && config.keyRotation !== undefined;
}

export function accountRootArn(config: EnvironmentConfig): string {
  return `arn:aws:iam::${config.accountId}:root`;
}

export function roleArn(config: EnvironmentConfig, role: PrincipalRole): string {
  return `arn:aws:iam::${config.accountId}:role/${principalName(config, role)}`;
}

export function userArn(config: EnvironmentConfig, role: PrincipalRole): string {
  return `arn:aws:iam::${config.accountId}:user/${principalName(config, role)}`;
}

/** The app's ARN, whichever kind of principal it is. */
export function appArn(config: EnvironmentConfig): string {
  return appIsUser(config) ? userArn(config, 'app') : roleArn(config, 'app');
}

/** The principals that write certificates and therefore encrypt. */
export function writerArns(config: EnvironmentConfig): string[] {
  return [appArn(config), roleArn(config, 'backfill')];
}

/** The principals that only read certificates and therefore decrypt. */
export function readerArns(config: EnvironmentConfig): string[] {
  return [roleArn(config, 'checker')];
}
