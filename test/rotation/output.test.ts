/**
 * What the command prints: key ids masked, registered secrets removed,
 * progress on stderr and the result on stdout; and the rotation record
 * read back from tags, where an empty or broken value counts as absent.
 */
import { maskKeyId, maskKeyIdsIn } from '../../scripts/rotate-key/mask';
import { readRecord, rotationStartTags } from '../../scripts/rotate-key/record';
import { Reporter } from '../../scripts/rotate-key/reporter';

function capture() {
  const out = { stdout: '', stderr: '' };
  const reporter = new Reporter(
    { write: (text: string) => (out.stdout += text) },
    { write: (text: string) => (out.stderr += text) },
  );
  return { out, reporter };
}

describe('masking', () => {
  it('keeps four characters at each end of a key id', () => {
    expect(maskKeyId('AKIAIOSFODNN7EXAMPLE')).toBe('AKIA****MPLE');
  });

  it('masks every key id inside a message', () => {
    expect(maskKeyIdsIn('key AKIAIOSFODNN7EXAMPLE and ASIAIOSFODNN7EXAMPL2.'))
      .toBe('key AKIA****MPLE and ASIA****MPL2.');
  });
});

describe('Reporter', () => {
  it('removes registered secrets and masks key ids in every line', () => {
    const { out, reporter } = capture();
    reporter.protect('wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY');

    reporter.progress('failed: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY of AKIAIOSFODNN7EXAMPLE');
    reporter.data({ key: 'AKIAIOSFODNN7EXAMPLE' });

    expect(out.stderr).toBe('failed: [secret removed] of AKIA****MPLE\n');
    expect(out.stdout).toBe('{"key":"AKIA****MPLE"}\n');
  });

  it('prints debug lines only when debugging is on', () => {
    const { out, reporter } = capture();

    reporter.debug('hidden');
    reporter.enableDebug();
    reporter.debug('shown');

    expect(out.stderr).toBe('debug: shown\n');
  });
});

describe('the rotation record', () => {
  it('is absent when no record tag is on the user', () => {
    expect(readRecord([{ Key: 'team', Value: 'platform' }])).toBeUndefined();
  });

  it('reads back what a rotation start writes, with no deactivation yet', () => {
    const now = new Date('2026-03-01T00:00:00Z');

    expect(readRecord(rotationStartTags('AKIAIOSFODNN7EXAMPLE', now))).toEqual({
      startedAt: now,
      oldKeyId: 'AKIAIOSFODNN7EXAMPLE',
      oldKeyDeactivatedAt: undefined,
    });
  });

  it('treats a time that does not parse as not recorded', () => {
    expect(readRecord([{ Key: 'rotation-old-key-deactivated-at', Value: 'last tuesday' }]))
      .toEqual({ startedAt: undefined, oldKeyId: undefined, oldKeyDeactivatedAt: undefined });
  });
});
