// Running a bundled JavaScript action the way the GitHub runner does: `node <main>` in the
// workspace with INPUT_* variables (defaults from action.yml), GITHUB_OUTPUT and
// GITHUB_STEP_SUMMARY files, and nothing else from the calling shell's environment.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parse } from 'yaml';

/** Reads action.yml: its inputs (name → default), `runs.using` and the resolved `runs.main`. */
export function readActionManifest(actionYmlPath) {
  const manifest = parse(readFileSync(actionYmlPath, 'utf8'));
  const inputs = {};
  for (const [name, spec] of Object.entries(manifest.inputs ?? {})) inputs[name] = String(spec?.default ?? '');
  return {
    inputs,
    using: manifest.runs?.using,
    main: resolve(dirname(actionYmlPath), manifest.runs?.main),
  };
}

/**
 * Evaluates the plain `${{ context.name }}` references the runner would expand in a default
 * (github.token becomes '' here: the bench has no token). Anything else is an error rather
 * than a literal passed to the action.
 */
export function expandDefault(value, context) {
  return value.replace(/\$\{\{\s*([^}]*?)\s*\}\}/g, (whole, expression) => {
    if (!Object.hasOwn(context, expression)) throw new Error(`unsupported expression in an input default: ${whole}`);
    return context[expression];
  });
}

/** The runner's INPUT_ variable name: upper-cased, spaces to underscores, hyphens kept. */
export function inputVariable(name) {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}

/**
 * Creates a fresh runner-like step: temp GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files and the
 * environment (PATH and HOME only from the caller, so git and node are found). Returns
 * { env, outputPath, summaryPath, cleanup }.
 */
export function prepareActionStep({ manifest, workspace, inputs = {}, extraEnv = {} }) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-action-'));
  const outputPath = join(dir, 'github_output');
  const summaryPath = join(dir, 'step_summary');
  writeFileSync(outputPath, '');
  writeFileSync(summaryPath, '');
  const context = {
    'github.token': '',
    'github.workspace': workspace,
    'github.repository': 'example/bench-project',
    'github.server_url': 'https://github.com',
    'runner.temp': dir,
    'runner.os': 'Linux',
  };
  const env = {
    PATH: process.env.PATH ?? '/usr/bin:/bin',
    HOME: process.env.HOME ?? dir,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_REPOSITORY: context['github.repository'],
    GITHUB_SERVER_URL: context['github.server_url'],
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    RUNNER_TEMP: dir,
    RUNNER_OS: 'Linux',
  };
  for (const [name, value] of Object.entries(manifest.inputs)) env[inputVariable(name)] = expandDefault(value, context);
  for (const [name, value] of Object.entries(inputs)) {
    if (!Object.hasOwn(manifest.inputs, name)) throw new Error(`action.yml has no input '${name}'`);
    env[inputVariable(name)] = value;
  }
  Object.assign(env, extraEnv);
  return { env, outputPath, summaryPath, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Parses a GITHUB_OUTPUT file: `name=value` lines and `name<<DELIM\nvalue\nDELIM` blocks. */
export function parseGithubOutput(text) {
  const outputs = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i += 1) {
    const line = lines[i];
    if (line === '') continue;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delimiter] = heredoc;
      const value = [];
      i += 1;
      while (i < lines.length && lines[i] !== delimiter) value.push(lines[i++]);
      if (i >= lines.length) throw new Error(`GITHUB_OUTPUT: unterminated value for '${name}'`);
      outputs[name] = value.join('\n');
      continue;
    }
    const equals = line.indexOf('=');
    if (equals === -1) throw new Error(`GITHUB_OUTPUT: unreadable line '${line}'`);
    outputs[line.slice(0, equals)] = line.slice(equals + 1);
  }
  return outputs;
}
