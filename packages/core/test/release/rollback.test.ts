import { describe, expect, it } from 'vitest';
import { GitError } from '../../src/errors.js';
import { UndoLog, describeRollback } from '../../src/release/rollback.js';

describe('UndoLog', () => {
  it('undoes every step newest first, keeps going past a failure, and keeps each failure', async () => {
    const log = new UndoLog();
    const done: string[] = [];
    log.add('the branch release/v1.0.0 still exists', () => Promise.resolve(done.push('branch')));
    log.add('HEAD is still on release/v1.0.0', () => Promise.reject(new GitError(['symbolic-ref', 'HEAD', 'refs/heads/main'], 128, 'fatal: cannot lock ref')));
    log.add('pyproject.toml still has the new version', () => Promise.resolve(done.push('file')));
    const failures = await log.rollback();
    expect(done).toEqual(['file', 'branch']);
    expect(failures.map((failure) => failure.left)).toEqual(['HEAD is still on release/v1.0.0']);
    expect(await log.rollback()).toEqual([]);
  });
});

describe('describeRollback', () => {
  it('says nothing is left, and where the repository is', () => {
    expect(describeRollback([], 'HEAD is on main as before')).toBe('Rolled back: nothing is left behind; HEAD is on main as before.');
  });

  it('lists exactly what is left, and why', () => {
    const text = describeRollback(
      [
        { left: 'HEAD is still on release/v1.0.0', error: new GitError(['symbolic-ref'], 128, 'fatal: cannot lock ref') },
        { left: 'the tag v1.0.0 still exists', error: 'disk full' },
      ],
      'unused',
    );
    expect(text).toBe(
      'Rolled back, except for these, which are left to clean up by hand:\n' +
        '- HEAD is still on release/v1.0.0 (undoing it failed: git symbolic-ref failed: fatal: cannot lock ref)\n' +
        '- the tag v1.0.0 still exists (undoing it failed: disk full)',
    );
  });
});
