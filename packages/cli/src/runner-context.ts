import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { GitInfo } from './git-info.js';

/** What {@link planRunnerContextEnv} needs to describe the run. */
export interface RunnerContextSource {
  readonly actionDir: string;
  readonly workspace: string;
  readonly eventName: string;
  readonly eventPath: string;
  readonly runnerTemp: string;
  readonly git: GitInfo;
  /** The caller's environment; only GITHUB_REPOSITORY and USER are read from it. */
  readonly baseEnv: NodeJS.ProcessEnv;
  readonly platform: NodeJS.Platform;
  readonly arch: NodeJS.Architecture;
}

const RUNNER_OS: Partial<Record<NodeJS.Platform, string>> = { linux: 'Linux', win32: 'Windows', darwin: 'macOS' };
const RUNNER_ARCH: Partial<Record<NodeJS.Architecture, string>> = { x64: 'X64', arm64: 'ARM64', arm: 'ARM', ia32: 'X86' };

/**
 * The default environment variables the GitHub runner sets for every step
 * (https://docs.github.com/actions/reference/variables-reference#default-environment-variables),
 * with local stand-ins where there is no GitHub run: run id 1, workflow `local`.
 * Per-stage file commands (GITHUB_OUTPUT, …) are added by the stage itself.
 */
export function planRunnerContextEnv(source: RunnerContextSource): Record<string, string> {
  const repository = source.baseEnv.GITHUB_REPOSITORY ?? `local/${basename(source.workspace)}`;
  const owner = repository.split('/')[0] ?? repository;
  const ref = source.git.ref ?? '';
  const env: Record<string, string> = {
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: source.workspace,
    GITHUB_EVENT_NAME: source.eventName,
    GITHUB_EVENT_PATH: source.eventPath,
    GITHUB_REPOSITORY: repository,
    GITHUB_REPOSITORY_OWNER: owner,
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'https://api.github.com',
    GITHUB_GRAPHQL_URL: 'https://api.github.com/graphql',
    GITHUB_RUN_ID: '1',
    GITHUB_RUN_NUMBER: '1',
    GITHUB_RUN_ATTEMPT: '1',
    GITHUB_JOB: 'local',
    GITHUB_ACTION: `__local_${basename(source.actionDir)}`,
    GITHUB_ACTION_PATH: source.actionDir,
    // Empty for an action used by path (`uses: ./actions/x`), as on GitHub.
    GITHUB_ACTION_REPOSITORY: '',
    GITHUB_ACTOR: source.baseEnv.USER ?? source.baseEnv.USERNAME ?? 'local',
    GITHUB_TRIGGERING_ACTOR: source.baseEnv.USER ?? source.baseEnv.USERNAME ?? 'local',
    GITHUB_WORKFLOW: 'local',
    GITHUB_WORKFLOW_REF: `${repository}/.github/workflows/local.yml@${ref}`,
    RUNNER_OS: RUNNER_OS[source.platform] ?? source.platform,
    RUNNER_ARCH: RUNNER_ARCH[source.arch] ?? source.arch.toUpperCase(),
    RUNNER_NAME: 'ops-actions-local',
    RUNNER_TEMP: source.runnerTemp,
    // Shared between runs on purpose, so tools downloaded by @actions/tool-cache are kept.
    RUNNER_TOOL_CACHE: join(tmpdir(), 'ops-actions-tool-cache'),
    RUNNER_ENVIRONMENT: 'self-hosted',
  };
  if (source.git.sha !== undefined) env.GITHUB_SHA = source.git.sha;
  if (source.git.ref !== undefined) env.GITHUB_REF = source.git.ref;
  if (source.git.refName !== undefined) env.GITHUB_REF_NAME = source.git.refName;
  if (source.git.refType !== undefined) env.GITHUB_REF_TYPE = source.git.refType;
  return env;
}

/**
 * The caller's environment without what belongs to an enclosing run: when the runner itself runs
 * inside GitHub Actions (CI), the outer step's GITHUB_*, RUNNER_*, ACTIONS_*, INPUT_* and STATE_*
 * variables must not leak into the action. GITHUB_TOKEN, GITHUB_REPOSITORY, RUNNER_DEBUG and
 * ACTIONS_STEP_DEBUG are kept: they are how a user passes a token, names the repository, or asks
 * for debug output.
 */
export function scrubBaseEnv(baseEnv: NodeJS.ProcessEnv): Record<string, string> {
  const keep = new Set(['GITHUB_TOKEN', 'GITHUB_REPOSITORY', 'RUNNER_DEBUG', 'ACTIONS_STEP_DEBUG']);
  const env: Record<string, string> = {};
  for (const [name, value] of Object.entries(baseEnv)) {
    if (value === undefined) continue;
    if (!keep.has(name.toUpperCase()) && /^(GITHUB|RUNNER|ACTIONS|INPUT|STATE)_/i.test(name)) continue;
    env[name] = value;
  }
  return env;
}
