/**
 * The directive and role names docutils knows out of the box (its English language module and
 * registries, docutils 0.19–0.21). Sphinx adds many more, none of which PyPI's renderer knows.
 */

/** docutils' standard directives, with the `code-block`/`sourcecode` aliases of `code`. */
export const DIRECTIVES: ReadonlySet<string> = new Set([
  'admonition', 'attention', 'caution', 'class', 'code', 'code-block', 'compound', 'container', 'contents', 'csv-table',
  'danger', 'date', 'default-role', 'epigraph', 'error', 'figure', 'footer', 'header', 'highlights', 'hint', 'image',
  'important', 'line-block', 'list-table', 'math', 'meta', 'note', 'parsed-literal', 'pull-quote', 'replace', 'role',
  'rubric', 'section-numbering', 'sectnum', 'sidebar', 'sourcecode', 'table', 'target-notes', 'tip', 'title', 'topic',
  'unicode', 'warning', 'restructuredtext-test-directive',
]);
/** Disabled by readme_renderer (`raw_enabled=False`, `file_insertion_enabled=False`). */
// readme_renderer: raw_enabled=False, file_insertion_enabled=False.
export const DISABLED_DIRECTIVES: ReadonlySet<string> = new Set(['raw', 'include']);
/** docutils' standard interpreted text roles and their short aliases. */
export const ROLES: ReadonlySet<string> = new Set([
  'ab', 'abbreviation', 'ac', 'acronym', 'anonymous-reference', 'citation-reference', 'code', 'emphasis', 'footnote-reference',
  'i', 'index', 'literal', 'math', 'named-reference', 'pep', 'pep-reference', 'raw', 'rfc', 'rfc-reference', 'strong', 'sub',
  'subscript', 'substitution-reference', 'sup', 'superscript', 't', 'target', 'title', 'title-reference', 'uri', 'uri-reference', 'url',
]);
