/** The three stages of a JavaScript action, in the order the runner runs them. */
export type StageName = 'pre' | 'main' | 'post';

/** An `::error`, `::warning` or `::notice` command, or a warning the runner itself raised. */
export interface Annotation {
  readonly level: 'error' | 'warning' | 'notice';
  /** Masked, with `%0A` escapes undone. */
  readonly message: string;
  readonly title?: string;
  readonly file?: string;
  readonly line?: number;
  readonly endLine?: number;
  readonly col?: number;
  readonly endColumn?: number;
  /** The stage that raised it; absent for the runner's own warnings (unexpected inputs, …). */
  readonly stage?: StageName;
}

/** What one stage did. Stages whose condition was false are not listed. */
export interface StageResult {
  readonly stage: StageName;
  readonly exitCode: number;
}

/** Everything a local run of an action produced. Temporary files are already removed. */
export interface RunResult {
  /** 0 when every stage that ran succeeded; else the exit code of the first stage that failed. */
  readonly exitCode: number;
  /** From GITHUB_OUTPUT of every stage, later stages winning; raw, not masked. */
  readonly outputs: Record<string, string>;
  /** The stages' GITHUB_STEP_SUMMARY files joined in order, masked as the runner masks summaries. */
  readonly summary: string;
  /** From GITHUB_STATE of every stage: what later stages saw as `STATE_<name>`. */
  readonly state: Record<string, string>;
  /** From GITHUB_ENV of every stage: the variables later steps of a job would see. */
  readonly env: Record<string, string>;
  /** From GITHUB_PATH, in PATH order: the runner prepends each entry, so the last added comes first. */
  readonly path: string[];
  readonly annotations: Annotation[];
  /** stdout and stderr as the runner shows them: commands rendered, secrets masked. */
  readonly log: string;
  readonly stages: StageResult[];
  /**
   * Masks the values the action registered with `::add-mask::` (and the token), for anything
   * the caller prints from `outputs`, `env` or `state`. A function, so `JSON.stringify` drops it.
   */
  readonly mask: (text: string) => string;
}
