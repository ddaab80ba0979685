import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkRst } from '../../../src/publish/metadata/rst-check.js';

const readme = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('checkRst on READMEs that docutils renders under PyPI settings', () => {
  it.each(['readme-requests-style.rst', 'readme-attrs-style.rst', 'readme-kitchen-sink.rst'])('%s has no problems', (name) => {
    expect(checkRst(readme(name))).toEqual([]);
  });

  it.each([
    ['short adornments are text', 'A\n=\n\nTitle\n===\n\nText\n'],
    ['a definition list', 'term\n  definition\nterm2\n  definition 2\n'],
    ['explicit markup followed by explicit markup', '.. image:: x.png\n   :target: https://x\n.. _c: https://z\n'],
    ['quotes around stars, arithmetic and e-mail', 'Text (*) and "*" and [*], 2 * 3, a*b and foo*bar@x.com\n'],
    ['emphasis across lines', 'Text *a\nb* ok\n'],
    ['markup in literal blocks, code and doctests', 'Text::\n\n    *x ``y\n\n.. code-block:: python\n\n   f(*a)\n\n>>> f(*a)\n'],
    ['escapes', 'A trailing underscore\\_ and `x`\\_ and \\*not emphasis\n'],
    ['identifiers with underscores', 'Use __init__, foo_bar and MY_CONST here\n'],
    ['section titles as targets', 'See `Usage`_ and `Code`_.\n\nUsage\n=====\n\n``Code``\n--------\n'],
    ['the same URL twice under one name', '`link <https://x>`_ and `link <https://x>`_\n'],
    ['anonymous references that pair up', '`a <https://a>`__ and `b`__\n\n__ https://b\n'],
    ['declared roles and substitutions', '.. role:: custom\n\n.. |b| image:: https://x\n\n:custom:`x` and |b| and :pep:`8`\n'],
    ['overline and underline styles', '=====\nTitle\n=====\n\nSub\n=====\n\nA\n-----\n\nB\n=====\n'],
  ])('accepts %s', (_, text) => {
    expect(checkRst(text)).toEqual([]);
  });
});

describe('checkRst finds what stops docutils, with the line', () => {
  it.each([
    ['Title\n====\n\nText\n', 2, 'Title underline too short.'],
    ['Intro\n\n====\n Long Title\n====\n\nText\n', 3, 'Title overline too short.'],
    ['Title\n=====\n\nSub\n---\n\nSub2\n~~~~\n\nOther\n=====\n\nX\n~\n', 13, 'Title level inconsistent:'],
    ['Para one\nline two\n  indented\n', 3, 'Unexpected indentation.'],
    ['Para\n\n    quote\nback\n', 4, 'Block quote ends without a blank line; unexpected unindent.'],
    ['Text\n\n    quote\n* bullet\n', 4, 'Block quote ends without a blank line; unexpected unindent.'],
    ['Some text::\n\n    code\nback\n', 4, 'Literal block ends without a blank line; unexpected unindent.'],
    ['* item\nnext\n', 2, 'Bullet list ends without a blank line; unexpected unindent.'],
    ['- a\n- b\n\n  - c\nText\n', 5, 'Bullet list ends without a blank line; unexpected unindent.'],
    ['term\n  def\nnext\n', 3, 'Definition list ends without a blank line; unexpected unindent.'],
    [':param x: foo\nnext\n', 2, 'Field list ends without a blank line; unexpected unindent.'],
    ['.. image:: x.png\nText\n', 2, 'Explicit markup ends without a blank line; unexpected unindent.'],
    ['Text\n\n.. note::\n   body\nafter\n', 5, 'Explicit markup ends without a blank line; unexpected unindent.'],
    ['| line a\n| line b\nafter\n', 3, 'Line block ends without a blank line.'],
    // docutils reports the paragraph's first line for inline problems; this gives the line itself.
    ['Some\ntext *emph\n', 2, 'Inline emphasis start-string without end-string.'],
    ['Use *args.\n', 1, 'Inline emphasis start-string without end-string.'],
    ['Some **strong\n', 1, 'Inline strong start-string without end-string.'],
    ['Text ``lit\n', 1, 'Inline literal start-string without end-string.'],
    ['Some `interp\n', 1, 'Inline interpreted text or phrase reference start-string without end-string.'],
    ['Text |nope\n', 1, 'Inline substitution_reference start-string without end-string.'],
    ['Intro\n\nSee foo_\n', 3, 'Unknown target name: "foo".'],
    ['See `Foo Bar`_ and `text <alias_>`_\n\n.. _foo bar: https://x\n', 1, 'Unknown target name: "alias".'],
    ['Fixed [1]_ and [CIT]_\n\n.. [1] Yes.\n', 1, 'Unknown target name: "cit".'],
    ['.. _a: https://x\n.. _a: https://y\n', 2, 'Duplicate explicit target name: "a".'],
    ['`link <https://x>`_ and\n`link <https://y>`_\n', 2, 'Duplicate explicit target name: "link".'],
    ['`foo`__ and `bar`__\n\n__ https://x\n', 1, 'Anonymous hyperlink mismatch: 2 references but 1 targets.'],
    ['A |sub| here\n', 1, 'Undefined substitution referenced: "sub".'],
    ['Intro\n\n.. toctree::\n   :maxdepth: 2\n', 3, 'Unknown directive type "toctree".'],
    ['.. raw:: html\n\n   <b>x</b>\n', 1, '"raw" directive disabled.'],
    ['.. include:: CHANGES.rst\n', 1, '"include" directive disabled.'],
    ['Call :func:`run` now\n', 1, 'Unknown interpreted text role "func".'],
    ['=====  =====\nA      B\n=====  =====\n1      2\n333333333 4\n=====  =====\n', 5, 'Malformed table.'],
    ['+---+---+\n| a | b |\n+---+--+\n', 1, 'Malformed table.'],
  ])('%j', (text, line, message) => {
    expect(checkRst(text)[0]).toEqual({ line, message });
  });

  it('reports every problem, in line order, counting CRLF lines once', () => {
    expect(checkRst('Title\r\n====\r\n\r\nUse *args and :ref:`x`.\r\n')).toEqual([
      { line: 2, message: 'Title underline too short.' },
      { line: 4, message: 'Inline emphasis start-string without end-string.' },
      { line: 4, message: 'Unknown interpreted text role "ref".' },
    ]);
  });
});
