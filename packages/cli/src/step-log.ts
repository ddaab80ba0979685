import type { Annotation, StageName } from './run-result.js';
import type { SecretMasker } from './secret-masker.js';
import { parseWorkflowCommand } from './workflow-command.js';
import type { WorkflowCommand } from './workflow-command.js';

/** Options for {@link StepLog}. */
export interface StepLogOptions {
  readonly masker: SecretMasker;
  /** Show `::debug::` lines, as the runner does when RUNNER_DEBUG or ACTIONS_STEP_DEBUG is set. */
  readonly debug: boolean;
  /** Receives each rendered, masked line (with its newline) as soon as it is complete. */
  readonly onOutput?: (chunk: string) => void;
}

/** A sink for one stream of one stage: feed it chunks, then end it to flush a last partial line. */
export interface LineWriter {
  write(chunk: string): void;
  end(): void;
}

const BASE_COMMANDS = ['add-mask', 'debug', 'error', 'warning', 'notice', 'group', 'endgroup', 'stop-commands', 'echo'];
const LEVEL_LABEL = { error: 'Error', warning: 'Warning', notice: 'Notice' } as const;

/**
 * The step's log as the runner keeps it: processes workflow commands in what the action prints,
 * renders them readably (`Error: …`, groups as headers), masks secrets, and collects annotations.
 * Like the runner, it reads commands on stdout and stderr alike.
 */
export class StepLog {
  readonly annotations: Annotation[] = [];
  readonly #options: StepLogOptions;
  #text = '';

  constructor(options: StepLogOptions) {
    this.#options = options;
  }

  /** Everything printed so far, masked. */
  get text(): string {
    return this.#text;
  }

  /** Prints a warning the runner itself raises (not the action), and records it as an annotation. */
  warn(message: string): void {
    this.#annotate({ level: 'warning', message: this.#options.masker.mask(message) });
    this.print(`Warning: ${message}`);
  }

  /** Prints a line of the runner's own (masked). */
  print(line: string): void {
    const masked = `${this.#options.masker.mask(line)}\n`;
    this.#text += masked;
    this.#options.onOutput?.(masked);
  }

  /** Line writers for a stage's stdout and stderr; they share the stage's group and stop-commands state. */
  openStage(stage: StageName): { stdout: LineWriter; stderr: LineWriter } {
    const state = { stopToken: undefined as string | undefined, inGroup: false };
    const handle = (line: string): void => this.#handleLine(line, stage, state);
    return { stdout: splitLines(handle), stderr: splitLines(handle) };
  }

  #handleLine(line: string, stage: StageName, state: { stopToken: string | undefined; inGroup: boolean }): void {
    const known = new Set(state.stopToken === undefined ? BASE_COMMANDS : [state.stopToken]);
    const command = parseWorkflowCommand(line, known);
    if (command === undefined) return this.print(`${state.inGroup ? '  ' : ''}${line}`);
    if (command.name === state.stopToken) {
      state.stopToken = undefined;
      return;
    }
    switch (command.name) {
      case 'add-mask':
        if (command.data.trim() === '') this.warn("Can't add secret mask for empty string in ::add-mask:: command.");
        else this.#options.masker.add(command.data);
        return;
      case 'stop-commands':
        // The runner refuses an empty token: commands would stay stopped for the rest of the step.
        if (command.data === '') this.warn('Invalid stop-commands token: it must not be empty.');
        else state.stopToken = command.data;
        return;
      case 'group':
        state.inGroup = true;
        return this.print(`▶ ${command.data}`);
      case 'endgroup':
        state.inGroup = false;
        return;
      case 'debug':
        if (this.#options.debug) this.print(`${state.inGroup ? '  ' : ''}Debug: ${command.data}`);
        return;
      case 'error':
      case 'warning':
      case 'notice':
        return this.#annotation(command, command.name, stage, state.inGroup);
      default:
        // `echo` and anything else the runner consumes without printing.
        return;
    }
  }

  #annotation(command: WorkflowCommand, level: Annotation['level'], stage: StageName, inGroup: boolean): void {
    const mask = (text: string | undefined): string | undefined =>
      text === undefined ? undefined : this.#options.masker.mask(text);
    const { file, title } = command.properties;
    const line = toNumber(command.properties.line);
    const annotation: Annotation = {
      level,
      message: this.#options.masker.mask(command.data),
      stage,
      ...(title === undefined ? {} : { title: mask(title) }),
      ...(file === undefined ? {} : { file }),
      ...optionalNumber('line', line),
      ...optionalNumber('endLine', toNumber(command.properties.endLine)),
      ...optionalNumber('col', toNumber(command.properties.col)),
      ...optionalNumber('endColumn', toNumber(command.properties.endColumn)),
    };
    this.#annotate(annotation);
    const where = file === undefined ? '' : `${file}${line === undefined ? '' : `:${line}`}: `;
    const heading = title === undefined ? '' : `${title}: `;
    this.print(`${inGroup ? '  ' : ''}${LEVEL_LABEL[level]}: ${where}${heading}${command.data}`);
  }

  #annotate(annotation: Annotation): void {
    this.annotations.push(annotation);
  }
}

function toNumber(value: string | undefined): number | undefined {
  if (value === undefined || !/^\d+$/.test(value.trim())) return undefined;
  return Number(value);
}

function optionalNumber(key: string, value: number | undefined): Record<string, number> {
  return value === undefined ? {} : { [key]: value };
}

function splitLines(onLine: (line: string) => void): LineWriter {
  let pending = '';
  return {
    write(chunk) {
      const lines = (pending + chunk).split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) onLine(line.endsWith('\r') ? line.slice(0, -1) : line);
    },
    end() {
      if (pending !== '') onLine(pending);
      pending = '';
    },
  };
}
