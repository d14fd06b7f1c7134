/**
 * One environment's certificate storage: the buckets, the key, the
 * principals, monitoring and audit, built from validated configuration.
 */
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { EnvironmentConfig } from '../config/types';
import { PolicyContext } from '../policies/context';
import { PROJECT_TAG } from '../policies/resources';
import { addAlarms } from './alarms';
import { addAuditTrail } from './audit-trail';
import { addBudget } from './budget';
import { addCertificateBucket } from './certificate-bucket';
import { addEncryptionKey, attachKeyPolicy } from './encryption-key';
import { addLogBucket } from './log-bucket';
import { addPrincipals } from './principals';
import { addStateBackend } from './state-backend';

export interface CertificateStorageStackProps {
  readonly config: EnvironmentConfig;
}

export class CertificateStorageStack extends TerraformStack {
  constructor(scope: Construct, props: CertificateStorageStackProps) {
    const { config } = props;
    super(scope, config.name);

    new AwsProvider(this, 'aws', {
      region: config.region,
      allowedAccountIds: [config.accountId],
      defaultTags: [{ tags: defaultTags(config) }],
    });
    addStateBackend(this, config);
    // Name the provider's registry address in full for readers of the JSON.
    this.addOverride('terraform.required_providers.aws.source', 'hashicorp/aws');

    const key = config.encryption === 'SSE-KMS' ? addEncryptionKey(this, config) : undefined;
    const context: PolicyContext = { config, kmsKeyArn: key?.arn };

    const logs = addLogBucket(this, config);
    addCertificateBucket(this, { context, logs });
    const principals = addPrincipals(this, context);
    if (key !== undefined) attachKeyPolicy(key, context, principals);

    if (config.alarms.enabled) addAlarms(this, config);
    addBudget(this, config);
    if (config.cloudTrailDataEvents) addAuditTrail(this, config, logs);
  }
}

function defaultTags(config: EnvironmentConfig): Record<string, string> {
  return {
    [PROJECT_TAG.key]: PROJECT_TAG.value,
    Environment: config.name,
    ManagedBy: 'cdktf',
  };
}
