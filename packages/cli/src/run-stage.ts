import { spawn } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { OpsError } from '@ops-actions/core';
import { parseKeyValueFileCommand, parsePathFileCommand } from './file-commands.js';
import type { StageName } from './run-result.js';
import type { StepLog } from './step-log.js';

/** One stage to run: `node <script>` in `cwd` with `env`, file commands under `fileCommandDir`. */
export interface StageSpec {
  readonly stage: StageName;
  readonly nodePath: string;
  readonly script: string;
  readonly cwd: string;
  readonly env: Readonly<Record<string, string>>;
  /** A fresh directory for this stage's GITHUB_OUTPUT, GITHUB_STATE, … files. */
  readonly fileCommandDir: string;
  readonly log: StepLog;
}

/** What a stage left in its exit code and file commands. */
export interface StageOutcome {
  readonly exitCode: number;
  readonly outputs: Record<string, string>;
  readonly state: Record<string, string>;
  readonly env: Record<string, string>;
  readonly path: string[];
  readonly summary: string;
}

const FILE_COMMANDS = {
  GITHUB_OUTPUT: 'output',
  GITHUB_STATE: 'state',
  GITHUB_ENV: 'env',
  GITHUB_PATH: 'path',
  GITHUB_STEP_SUMMARY: 'step-summary.md',
} as const;

/** Runs one stage and reads back its file commands, as the runner does after each step. */
export async function runStage(spec: StageSpec): Promise<StageOutcome> {
  await mkdir(spec.fileCommandDir, { recursive: true });
  const files: Record<string, string> = {};
  for (const [variable, file] of Object.entries(FILE_COMMANDS)) {
    files[variable] = join(spec.fileCommandDir, file);
    await writeFile(join(spec.fileCommandDir, file), '');
  }
  const exitCode = await spawnNode(spec, { ...spec.env, ...files });
  const read = (variable: keyof typeof FILE_COMMANDS): Promise<string> =>
    readFile(join(spec.fileCommandDir, FILE_COMMANDS[variable]), 'utf8');
  return {
    exitCode,
    outputs: parseKeyValueFileCommand(await read('GITHUB_OUTPUT'), 'GITHUB_OUTPUT'),
    state: parseKeyValueFileCommand(await read('GITHUB_STATE'), 'GITHUB_STATE'),
    env: parseKeyValueFileCommand(await read('GITHUB_ENV'), 'GITHUB_ENV'),
    path: parsePathFileCommand(await read('GITHUB_PATH')),
    summary: await read('GITHUB_STEP_SUMMARY'),
  };
}

function spawnNode(spec: StageSpec, env: Record<string, string>): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(spec.nodePath, [spec.script], { cwd: spec.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const { stdout, stderr } = spec.log.openStage(spec.stage);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => stdout.write(chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => stderr.write(chunk));
    child.on('error', (error) => {
      reject(new OpsError(`Cannot start ${spec.nodePath} for the ${spec.stage} stage: ${error.message}`, { cause: error }));
    });
    child.on('close', (code, signal) => {
      stdout.end();
      stderr.end();
      if (signal !== null) spec.log.print(`The ${spec.stage} stage was killed by ${signal}.`);
      resolve(code ?? 1);
    });
  });
}
