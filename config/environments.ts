/**
 * The two environments as data. Values not set here come from the
 * defaults in `defaults.ts`; everything passes `validateEnvironment`
 * before a construct is created.
 */
import { EnvironmentName } from './types';

/** The account both environments deploy into. */
const ACCOUNT_ID = '123456789012';

const ALERT_EMAIL = 'platform-alerts@deltacrown.example';

/** Raw, unvalidated settings per environment. */
export const ENVIRONMENT_SETTINGS: Record<EnvironmentName, Record<string, unknown>> = {
  staging: {
    name: 'staging',
    accountId: ACCOUNT_ID,
    namePrefix: 'deltacrown-certs-staging',
    certificateBucketName: 'deltacrown-certificates-staging',
    logBucketName: 'deltacrown-certificates-staging-logs',
    appPrincipal: 'iam-user',
    cloudTrailDataEvents: false,
    alarms: { enabled: false },
    budget: { notificationEmail: ALERT_EMAIL },
    stateBackend: {
      bucket: 'deltacrown-terraform-state',
      key: 'certificates/staging.tfstate',
      region: 'us-east-1',
    },
    keyRotation: {
      parameterName: '/deltacrown/staging/certificates/app-access-key',
    },
  },
  production: {
    name: 'production',
    accountId: ACCOUNT_ID,
    namePrefix: 'deltacrown-certs-production',
    certificateBucketName: 'deltacrown-certificates-prod',
    logBucketName: 'deltacrown-certificates-prod-logs',
    appPrincipal: 'ec2-role',
    cloudTrailDataEvents: true,
    alarms: { enabled: true, notificationEmail: ALERT_EMAIL },
    budget: { notificationEmail: ALERT_EMAIL },
    stateBackend: {
      bucket: 'deltacrown-terraform-state',
      key: 'certificates/production.tfstate',
      region: 'us-east-1',
    },
  },
};
