/**
 * Mutants that no request can tell from the original, each with the
 * reason. A pattern covers the mutants whose id equals it or continues
 * it after a space (`... drop-resource` covers every dropped resource).
 * The mutation run fails on a survivor that no entry explains, and on an
 * entry that no longer explains any survivor, so this list cannot rot.
 */

export interface EquivalentMutants {
  readonly patterns: readonly string[];
  readonly reason: string;
}

export const EQUIVALENT_MUTANTS: readonly EquivalentMutants[] = [
  {
    patterns: [
      ...['certificate-bucket', 'app-access', 'backfill-access'].flatMap((document) => [
        `${document} DenyUploadsWithoutEncryption: drop-statement`,
        `${document} DenyUploadsWithoutEncryption: flip-effect`,
      ]),
      // The backfill's guard names two prefixes; dropping either is the same case.
      'backfill-access DenyUploadsWithoutEncryption: drop-resource',
    ],
    reason:
      'DenyUploadsWithOtherEncryption uses StringNotEquals, which IAM also counts as a match ' +
      'when the header is missing, so it refuses header-less uploads on its own; the Null ' +
      'check states that case explicitly, as AWS\'s own example policy does',
  },
  {
    patterns: ['app-access', 'backfill-access', 'checker-access'].flatMap((document) => {
      const sid = document === 'checker-access'
        ? 'AllowKmsForEncryptedReads'
        : 'AllowKmsForEncryptedWrites';
      return [
        `${document} ${sid}: drop-statement`,
        `${document} ${sid}: drop-condition StringEquals kms:ViaService`,
        `${document} ${sid}: drop-condition StringEquals kms:CallerAccount`,
      ];
    }),
    reason:
      'the key policy names each certificate principal directly, with the same actions and ' +
      'conditions, and within one account that alone allows; KMS also needs the key policy ' +
      'to allow, so the identity grant can widen nothing the key policy does not',
  },
  {
    patterns: [
      'kms-key AllowCertificateWriters: drop-condition StringEquals kms:CallerAccount',
      'kms-key AllowCertificateReaders: drop-condition StringEquals kms:CallerAccount',
    ],
    reason:
      'the statement names principals of our account only, and their calls always carry our ' +
      'account as kms:CallerAccount',
  },
  {
    patterns: ['ci-deployer-access AllowKeyAdministration: drop-statement'],
    reason:
      'the key policy names the deployer directly for the same administration actions, ' +
      'which suffices within one account',
  },
  {
    patterns: ['log-bucket AllowCloudTrailAclCheck: widen-resource'],
    reason:
      'a bucket policy only ever governs its own bucket, and GetBucketAcl acts on the ' +
      'bucket itself, which the statement already names',
  },
  {
    patterns: [
      'log-bucket AllowCloudTrailAclCheck: drop-principal',
      'log-bucket AllowCloudTrailDelivery: drop-principal',
    ],
    reason:
      'the aws:SourceArn condition names our trail, and only CloudTrail acts on behalf of a ' +
      'trail, so no other principal can meet it',
  },
];

/** The explanation that covers a mutant id, if any. */
export function explanationFor(id: string): EquivalentMutants | undefined {
  return EQUIVALENT_MUTANTS.find(({ patterns }) =>
    patterns.some((pattern) => id === pattern || id.startsWith(`${pattern} `)),
  );
}
