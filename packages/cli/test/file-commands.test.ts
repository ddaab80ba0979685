import { describe, expect, it } from 'vitest';
import { FileError } from '@ops-actions/core';
import { parseKeyValueFileCommand, parsePathFileCommand } from '../src/file-commands.js';

describe('parseKeyValueFileCommand', () => {
  it('reads name=value lines and the heredoc form @actions/core writes, CRLF or LF', () => {
    const content = 'plain=a=b\r\nnotes<<ghadelimiter_1\r\nline 1\r\n\r\nline 3\r\nghadelimiter_1\r\n\nempty=\nx<<EOF\nuses = and << inside\nEOF\n';
    expect(parseKeyValueFileCommand(content, 'GITHUB_OUTPUT')).toEqual({
      plain: 'a=b',
      notes: 'line 1\n\nline 3',
      empty: '',
      x: 'uses = and << inside',
    });
  });

  it('lets a later entry win', () => {
    expect(parseKeyValueFileCommand('a=1\na=2\n', 'GITHUB_OUTPUT')).toEqual({ a: '2' });
  });

  it('fails with the line when a heredoc is not closed or a line is not an entry', () => {
    expect(() => parseKeyValueFileCommand('ok=1\nv<<END\nvalue\n', 'GITHUB_OUTPUT')).toThrow(
      new FileError('GITHUB_OUTPUT', "no line 'END' closes the value of 'v'", 2),
    );
    expect(() => parseKeyValueFileCommand('just text\n', 'GITHUB_ENV')).toThrow(/GITHUB_ENV:1: 'just text' is neither/);
    expect(() => parseKeyValueFileCommand('=value\n', 'GITHUB_ENV')).toThrow(/no name/);
  });
});

describe('parsePathFileCommand', () => {
  it('keeps the directories in the order written, without blank lines', () => {
    expect(parsePathFileCommand('/a/bin\r\n\n/b/bin\n')).toEqual(['/a/bin', '/b/bin']);
  });
});
