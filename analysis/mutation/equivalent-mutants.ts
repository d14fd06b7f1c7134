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
