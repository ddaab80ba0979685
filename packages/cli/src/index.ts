export { main } from './main.js';
export { runAction } from './run-action.js';
export type { RunActionOptions } from './run-action.js';
export type { Annotation, RunResult, StageName, StageResult } from './run-result.js';
export { parseActionManifest, readActionManifest, SUPPORTED_RUNTIMES } from './action-manifest.js';
export type { ActionInput, ActionManifest, ActionOutput, ActionRuns, NodeRuntime } from './action-manifest.js';
export { inputEnvName } from './action-inputs.js';
export { renderMarkdownForTerminal } from './render-markdown-for-terminal.js';
export { resolveActionDir, REPO_ROOT } from './resolve-action-dir.js';
