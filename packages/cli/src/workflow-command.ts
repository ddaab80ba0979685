/** One `::name key=value,…::data` line, with its escapes undone. */
export interface WorkflowCommand {
  readonly name: string;
  readonly properties: Readonly<Record<string, string>>;
  readonly data: string;
}

// @actions/core's escapeData / escapeProperty, undone in one pass so that `%250A` reads as
// the text `%0A` and not as a newline.
const DATA_ESCAPES: Readonly<Record<string, string>> = { '%25': '%', '%0D': '\r', '%0A': '\n' };
const PROPERTY_ESCAPES: Readonly<Record<string, string>> = { ...DATA_ESCAPES, '%3A': ':', '%2C': ',' };

/** Undoes `escapeData`: `%25`, `%0D` and `%0A` (upper case, as the runner matches them). */
export function unescapeCommandData(text: string): string {
  return text.replace(/%(25|0D|0A)/g, (escape) => DATA_ESCAPES[escape] ?? escape);
}

/** Undoes `escapeProperty`: the data escapes plus `%3A` (`:`) and `%2C` (`,`). */
export function unescapeCommandProperty(text: string): string {
  return text.replace(/%(25|0D|0A|3A|2C)/g, (escape) => PROPERTY_ESCAPES[escape] ?? escape);
}

/**
 * Parses one output line as a workflow command, following the runner's `ActionCommand.TryParseV2`:
 * leading whitespace is ignored, the command must be one the runner knows (`known`), and
 * properties are `key=value` pairs separated by commas. Anything else is plain output
 * (`undefined`), which the runner prints unchanged.
 */
export function parseWorkflowCommand(line: string, known: ReadonlySet<string>): WorkflowCommand | undefined {
  const text = line.trimStart();
  if (!text.startsWith('::')) return undefined;
  const end = text.indexOf('::', 2);
  if (end < 0) return undefined;
  const info = text.slice(2, end);
  const space = info.indexOf(' ');
  const name = space < 0 ? info : info.slice(0, space);
  if (!known.has(name)) return undefined;
  const properties: Record<string, string> = {};
  if (space >= 0) {
    for (const pair of info.slice(space + 1).split(',')) {
      const equals = pair.indexOf('=');
      if (equals <= 0) continue;
      properties[pair.slice(0, equals).trim()] = unescapeCommandProperty(pair.slice(equals + 1));
    }
  }
  return { name, properties, data: unescapeCommandData(text.slice(end + 2)) };
}
