import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FileError } from '@ops-actions/core';
import { isMap, parseDocument } from 'yaml';

/** The JavaScript runtimes the GitHub runner still accepts in `runs.using`. */
export const SUPPORTED_RUNTIMES = ['node20', 'node24'] as const;

/** One of {@link SUPPORTED_RUNTIMES}. */
export type NodeRuntime = (typeof SUPPORTED_RUNTIMES)[number];

/** One entry of `inputs:` in action.yml. Every scalar is kept as the text the author wrote. */
export interface ActionInput {
  readonly description?: string;
  /** The default as written; it may contain `${{ }}` expressions, evaluated at run time. */
  readonly default?: string;
  readonly required: boolean;
  readonly deprecationMessage?: string;
}

/** One entry of `outputs:` in action.yml. */
export interface ActionOutput {
  readonly description?: string;
}

/** The `runs:` block of a JavaScript action. Paths are relative to the action's directory. */
export interface ActionRuns {
  readonly using: NodeRuntime;
  readonly main: string;
  readonly pre?: string;
  readonly post?: string;
  /** Condition for `pre`; the runner's default is `always()`. */
  readonly preIf?: string;
  /** Condition for `post`; the runner's default is `always()`. */
  readonly postIf?: string;
}

/** A validated action.yml. */
export interface ActionManifest {
  /** The file it was read from. */
  readonly path: string;
  readonly name?: string;
  readonly description?: string;
  /** Declared inputs, in file order. */
  readonly inputs: ReadonlyMap<string, ActionInput>;
  readonly outputs: ReadonlyMap<string, ActionOutput>;
  readonly runs: ActionRuns;
}

type Plain = string | Plain[] | { [key: string]: Plain };

/**
 * Parses and validates the text of an action.yml. The failsafe schema keeps every scalar a
 * string, as the runner reads them: `default: 1.10` stays `1.10`, not the number 1.1.
 */
export function parseActionManifest(text: string, path: string): ActionManifest {
  const doc = parseDocument(text, { schema: 'failsafe' });
  const syntaxError = doc.errors[0];
  if (syntaxError) {
    throw new FileError(path, `invalid YAML: ${syntaxError.message.split('\n')[0] ?? ''}`, syntaxError.linePos?.[0].line);
  }
  if (!isMap(doc.contents)) throw new FileError(path, 'action.yml must be a mapping with name, inputs and runs');
  const root = record(doc.toJS() as Plain, 'the document', path);

  const runs = record(root.runs, "'runs'", path);
  const using = scalar(runs.using, 'runs.using', path);
  if (using === undefined) throw new FileError(path, "'runs.using' is required");
  if (!(SUPPORTED_RUNTIMES as readonly string[]).includes(using)) {
    const kind = /^node\d+$/.test(using)
      ? `the GitHub runner no longer runs ${using} actions`
      : 'only JavaScript actions can be run locally';
    throw new FileError(path, `'runs.using' is '${using}', but ${kind}; use one of: ${SUPPORTED_RUNTIMES.join(', ')}`);
  }
  const main = scalar(runs.main, 'runs.main', path);
  if (main === undefined || main.trim() === '') throw new FileError(path, "'runs.main' is required for a JavaScript action");

  return {
    path,
    name: scalar(root.name, 'name', path),
    description: scalar(root.description, 'description', path),
    inputs: entries(root.inputs, 'inputs', path, (value, where) => parseInput(value, where, path)),
    outputs: entries(root.outputs, 'outputs', path, (value, where) => ({
      description: scalar(record(value ?? {}, where, path).description, `${where}.description`, path),
    })),
    runs: {
      using: using as NodeRuntime,
      main,
      pre: scalar(runs.pre, 'runs.pre', path),
      post: scalar(runs.post, 'runs.post', path),
      preIf: scalar(runs['pre-if'], 'runs.pre-if', path),
      postIf: scalar(runs['post-if'], 'runs.post-if', path),
    },
  };
}

/** Reads `action.yml` (or `action.yaml`) from an action's directory and validates it. */
export async function readActionManifest(actionDir: string): Promise<ActionManifest> {
  for (const file of ['action.yml', 'action.yaml']) {
    const path = join(actionDir, file);
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (error) {
      if (isNotFound(error)) continue;
      throw new FileError(path, 'cannot be read', undefined, { cause: error });
    }
    return parseActionManifest(text, path);
  }
  throw new FileError(join(actionDir, 'action.yml'), 'not found (nor action.yaml): this is not an action directory');
}

function parseInput(value: Plain | undefined, where: string, path: string): ActionInput {
  const input = record(value ?? {}, where, path);
  const required = scalar(input.required, `${where}.required`, path);
  if (required !== undefined && !/^(true|false)$/i.test(required.trim())) {
    throw new FileError(path, `'${where}.required' is '${required}', but it must be true or false`);
  }
  return {
    description: scalar(input.description, `${where}.description`, path),
    default: scalar(input.default, `${where}.default`, path),
    required: required?.trim().toLowerCase() === 'true',
    deprecationMessage: scalar(input.deprecationMessage, `${where}.deprecationMessage`, path),
  };
}

function entries<T>(
  value: Plain | undefined,
  where: string,
  path: string,
  parse: (value: Plain | undefined, where: string) => T,
): Map<string, T> {
  const result = new Map<string, T>();
  if (value === undefined || value === '') return result;
  for (const [name, entry] of Object.entries(record(value, `'${where}'`, path))) {
    result.set(name, parse(entry === '' ? undefined : entry, `${where}.${name}`));
  }
  return result;
}

function record(value: Plain | undefined, where: string, path: string): Record<string, Plain | undefined> {
  if (value === undefined) throw new FileError(path, `${where} is required`);
  if (typeof value === 'string' || Array.isArray(value)) throw new FileError(path, `${where} must be a mapping`);
  return value;
}

function scalar(value: Plain | undefined, where: string, path: string): string | undefined {
  if (value === undefined || typeof value === 'string') return value;
  throw new FileError(path, `'${where}' must be a single value, not a list or mapping`);
}

function isNotFound(error: unknown): boolean {
  return error instanceof Error && 'code' in error && error.code === 'ENOENT';
}
