import { failure, pass, warning } from '../check-result.js';
import type { CheckResult } from '../check-result.js';
import { checkRst } from './rst-check.js';

const CONTENT_TYPES: ReadonlySet<string> = new Set(['text/plain', 'text/x-rst', 'text/markdown']);
const MARKDOWN_VARIANTS: ReadonlySet<string> = new Set(['GFM', 'CommonMark']);
/** How many RST problems a message lists before it says "and N more". */
const RST_PROBLEMS_SHOWN = 5;

/**
 * Checks `Description-Content-Type` as `packaging.metadata` does for PyPI: the type is one of
 * text/plain, text/x-rst, text/markdown (any case); `charset`, when given, is exactly `UTF-8`;
 * a markdown `variant`, when given, is exactly `GFM` or `CommonMark`. Absent → warning, as PyPI
 * then renders the description as reStructuredText. Id: `metadata-description-content-type`.
 */
export function checkDescriptionContentType(value: string | undefined, file: string): CheckResult {
  const id = 'metadata-description-content-type';
  if (value === undefined) {
    return warning(
      id,
      'There is no Description-Content-Type, so PyPI renders the description as reStructuredText.',
      "Declare it: `readme = \"README.md\"` in [project] sets text/markdown; setuptools' long_description_content_type does too.",
      file,
    );
  }
  const [type = '', ...params] = value.split(';').map((part) => part.trim());
  const fix = 'Use text/markdown, text/x-rst or text/plain, with at most `; charset=UTF-8` and, for markdown, `; variant=GFM` or `; variant=CommonMark`.';
  if (!CONTENT_TYPES.has(type.toLowerCase())) return failure(id, `Description-Content-Type '${value}' is not a type PyPI renders.`, fix, file);
  for (const param of params.filter((p) => p !== '')) {
    const eq = param.indexOf('=');
    const key = (eq < 0 ? param : param.slice(0, eq)).trim().toLowerCase();
    const raw = eq < 0 ? '' : param.slice(eq + 1).trim();
    const paramValue = raw.length >= 2 && raw.startsWith('"') && raw.endsWith('"') ? raw.slice(1, -1) : raw;
    // packaging compares these exactly: `charset=utf-8` and `variant=gfm` are refused.
    if (key === 'charset' && paramValue !== 'UTF-8') return failure(id, `Description-Content-Type '${value}': the charset must be exactly UTF-8.`, fix, file);
    if (key === 'variant' && type.toLowerCase() === 'text/markdown' && !MARKDOWN_VARIANTS.has(paramValue)) {
      return failure(id, `Description-Content-Type '${value}': the markdown variant must be exactly GFM or CommonMark.`, fix, file);
    }
  }
  return pass(id, `Description-Content-Type '${value}' is one PyPI renders.`, file);
}

/**
 * Checks the description: it must not be given both as a header and as the body (packaging then
 * cannot tell which is meant), and reStructuredText (declared, or by default) must render under
 * PyPI's readme_renderer, approximated by `checkRst`. Id: `metadata-description`.
 */
export function checkDescription(options: {
  readonly description: string | undefined;
  readonly contentType: string | undefined;
  readonly inHeaderAndBody: boolean;
  readonly file: string;
}): CheckResult {
  const { description, contentType, inHeaderAndBody, file } = options;
  const id = 'metadata-description';
  if (inHeaderAndBody) {
    return failure(id, 'The description is given both as a Description field and as the message body.', 'Keep one: current build backends write it only as the body.', file);
  }
  if (description === undefined || description.trim() === '') {
    return warning(id, 'There is no description, so the PyPI project page will be empty.', 'Set `readme` in [project] (or long_description in setup.cfg).', file);
  }
  const type = (contentType ?? 'text/x-rst').split(';')[0]?.trim().toLowerCase();
  if (type !== 'text/x-rst') return pass(id, `The ${type ?? ''} description is not checked further; PyPI renders it as is.`, file);
  const problems = checkRst(description);
  if (problems.length === 0) return pass(id, 'The reStructuredText description has none of the problems that make PyPI refuse it.', file);
  const shown = problems.slice(0, RST_PROBLEMS_SHOWN).map((p) => `line ${p.line}: ${p.message.replace(/\.+$/, '')}`);
  const more = problems.length > RST_PROBLEMS_SHOWN ? ` (and ${problems.length - RST_PROBLEMS_SHOWN} more)` : '';
  return failure(
    id,
    `PyPI would refuse the reStructuredText description: ${shown.join('; ')}${more}.`,
    contentType === undefined
      ? 'Fix the README (line numbers count from its first line), or declare Description-Content-Type text/markdown if it is Markdown; `twine check` shows the same errors.'
      : 'Fix the README (line numbers count from its first line); `twine check dist/*` reports the same errors.',
    file,
  );
}
