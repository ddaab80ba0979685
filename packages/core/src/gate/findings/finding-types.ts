/** bandit's severities, lowest first; SARIF results map onto them for `high-severity`. */
export const SEVERITIES = ['low', 'medium', 'high'] as const;
export type Severity = (typeof SEVERITIES)[number];

/** A security finding: bandit's, or a SARIF result. */
export interface SecurityFinding {
  readonly tool: string;
  readonly rule: string;
  readonly message: string;
  /** bandit's issue_severity; for SARIF, from `security-severity` (CVSS: ≥ 7.0 high, ≥ 4.0 medium) when given. */
  readonly severity?: Severity;
  readonly confidence?: string;
  /** SARIF's level (`error`, `warning`, `note`, `none`), after the rule's default. */
  readonly level?: string;
  readonly file?: string;
  readonly line?: number;
  readonly url?: string;
  readonly report: string;
}

/** A known vulnerability in a dependency (pip-audit). */
export interface Vulnerability {
  readonly package: string;
  readonly version: string;
  readonly id: string;
  readonly aliases: readonly string[];
  readonly fixVersions: readonly string[];
  readonly description?: string;
  readonly report: string;
}

/** One diagnostic of a linter or type checker. */
export interface LintDiagnostic {
  readonly tool: 'ruff' | 'mypy' | 'pyright';
  readonly severity: 'error' | 'warning' | 'note';
  readonly code?: string;
  readonly message: string;
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  readonly report: string;
}
