import { describe, expect, it } from 'vitest';
import { renderMarkdownForTerminal } from '../src/render-markdown-for-terminal.js';

const plain = (markdown: string) => renderMarkdownForTerminal(markdown, { color: false });

describe('renderMarkdownForTerminal', () => {
  it('underlines headings and lines up tables, honouring alignment and escaped pipes', () => {
    const markdown = [
      '# Release plan',
      '## Next: **1.3.0**',
      '| package | from | change |',
      '| --- | ---: | --- |',
      '| `core` | 1.2.0 | minor ✅ |',
      '| cli | 0.9.10 | major \\| breaking |',
    ].join('\n');
    expect(plain(markdown)).toBe(
      [
        'Release plan',
        '============',
        'Next: 1.3.0',
        '-----------',
        'package    from  change',
        '-------  ------  ----------------',
        '`core`    1.2.0  minor ✅',
        'cli      0.9.10  major | breaking',
        '',
      ].join('\n'),
    );
  });

  it('keeps lists, links, quotes and code legible', () => {
    const markdown = '- feat: add [docs](https://example.com)\n  - nested *item*\n- [x] done\n\n> quoted\n\n```\ncode here\n```\n';
    expect(plain(markdown)).toBe('• feat: add docs (https://example.com)\n  • nested item\n• [x] done\n\n│ quoted\n\n    code here\n');
  });

  it('leaves code spans as written and honours escaped backticks', () => {
    expect(renderMarkdownForTerminal('| `src/pkg/__init__.py` | `__version__` |\n|---|---|\n| a | b |', { color: false })).toContain('`src/pkg/__init__.py`  `__version__`');
    expect(renderMarkdownForTerminal('rename the \\`run\\` command, **bold** and `a*b*c`', { color: false })).toBe('rename the `run` command, bold and `a*b*c`\n');
  });

  it('renders the HTML that core.summary writes', () => {
    const html = '<h2>Tests &amp; coverage</h2>\n<table><tr><th>Suite</th><th>Result</th></tr><tr><td>unit</td><td><code>ok</code></td></tr></table>\n<ul><li>one</li><li>two</li></ul>';
    expect(plain(html)).toBe('Tests & coverage\n----------------\n\nSuite  Result\n-----  ------\nunit   `ok`\n\n• one\n• two\n');
  });

  it('uses ANSI styles only when asked', () => {
    expect(plain('**bold**')).toBe('bold\n');
    expect(renderMarkdownForTerminal('**bold**', { color: true })).toBe('\u001b[1mbold\u001b[22m\n');
  });
});
