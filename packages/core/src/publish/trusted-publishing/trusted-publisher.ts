import type { CheckResult } from '../check-result.js';
import { failure, pass, warning } from '../check-result.js';
import { parseRepositoryUrl } from '../index-client/repository-url.js';
import { IdTokenError } from './id-token-error.js';
import { decodeJwtPayload, requestIdToken } from './id-token.js';
import { readOidcAudience } from './oidc-audience.js';
import type { PublisherSettings } from './publisher-settings.js';
import { pickDisplayedClaims, readPublisherSettings, workflowFileOf, workflowPathOf } from './publisher-settings.js';

export type { PublisherSettings } from './publisher-settings.js';

/** `require`: publishing must use Trusted Publishing; `auto`: use it when the job can; `off`: don't look. */
export type TrustedPublishingMode = 'require' | 'auto' | 'off';

/** Whether this job can publish with Trusted Publishing, and what to register on the index. */
export interface TrustedPublishingReport {
  /** True when an OIDC token was minted (with `off`: when the job has the ID-token variables). */
  readonly canMintToken: boolean;
  readonly settings?: PublisherSettings;
  /** The token's claims that identify the publisher; never the token itself. */
  readonly claims?: Record<string, unknown>;
  readonly checks: CheckResult[];
}

const DOCS = 'https://docs.pypi.org/trusted-publishers/';

/**
 * Mints an OIDC token the way pypa/gh-action-pypi-publish does (audience from the index's
 * `/_/oidc/audience`, token from the Actions ID-token endpoint), reads its claims and says what
 * to enter on the index. The token is dropped once decoded: it is never returned or put in a message.
 */
export async function inspectTrustedPublishing(
  env: Readonly<Record<string, string | undefined>>,
  mode: TrustedPublishingMode,
  options: { readonly repositoryUrl: string; readonly fetch?: typeof fetch },
): Promise<TrustedPublishingReport> {
  const requestUrl = env.ACTIONS_ID_TOKEN_REQUEST_URL?.trim() ?? '';
  const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN?.trim() ?? '';
  const hasVariables = requestUrl !== '' && requestToken !== '';
  if (mode === 'off') return { canMintToken: hasVariables, checks: [] };
  if (!hasVariables) return { canMintToken: false, checks: [missingPermission(mode)] };

  const index = parseRepositoryUrl(options.repositoryUrl);
  const fetchFn = options.fetch ?? fetch;
  const indexName = nameOfIndex(index);
  const checks: CheckResult[] = [];
  const audience = await readOidcAudience(index, fetchFn);
  if (audience.fallbackReason !== undefined) {
    checks.push(
      warning(
        'trusted-publishing-audience',
        `Could not read the Trusted Publishing audience from ${audience.url} (${audience.fallbackReason}), so the token was requested for "${audience.audience}", ${indexName}'s usual audience.`,
        `pypa/gh-action-pypi-publish stops when it cannot read the audience: check that ${index.origin} supports Trusted Publishing, or re-run if it was down.`,
      ),
    );
  }

  let payload: Record<string, unknown> | undefined;
  try {
    payload = decodeJwtPayload(await requestIdToken(requestUrl, requestToken, audience.audience, fetchFn));
  } catch (error) {
    if (!(error instanceof IdTokenError)) throw error;
    checks.push(forMode(mode)('trusted-publishing-token', error.problem, error.fix));
    return { canMintToken: false, checks };
  }
  if (payload === undefined) {
    checks.push(forMode(mode)('trusted-publishing-token', 'The Actions ID-token endpoint answered with something that is not a JWT.', 'Re-run the job; if it persists, check githubstatus.com.'));
    return { canMintToken: false, checks };
  }

  const claims = pickDisplayedClaims(payload);
  const settings = readPublisherSettings(claims);
  if (settings === undefined) {
    checks.push(
      forMode(mode)(
        'trusted-publishing-claims',
        'The OIDC token has no usable repository or workflow_ref claim, so it does not identify a GitHub Actions workflow.',
        'Run this check on a GitHub Actions runner, in the job that publishes.',
      ),
    );
    return { canMintToken: true, claims, checks };
  }
  checks.push(...checkReusableWorkflow(claims, indexName), ...checkEvent(claims));
  checks.unshift(publisherToRegister(settings, indexName, checks.some((check) => check.id === 'trusted-publishing-reusable-workflow')));
  return { canMintToken: true, settings, claims, checks };
}

function missingPermission(mode: 'require' | 'auto'): CheckResult {
  const message =
    'This job cannot request an OIDC token: it lacks `permissions: id-token: write` (ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set), and PyPI Trusted Publishing needs it.';
  const fix = 'Add `permissions: id-token: write` to the job that publishes (job level, not workflow level, keeps it to that job).';
  if (mode === 'require') return failure('trusted-publishing-permission', message, fix);
  return pass(
    'trusted-publishing-permission',
    'Trusted Publishing is not available to this job (no `permissions: id-token: write`), so the upload needs an API token; add the permission to publish without one.',
  );
}

function publisherToRegister(settings: PublisherSettings, indexName: string, reusable: boolean): CheckResult {
  const environment = settings.environment === undefined ? '(any)' : `\`${settings.environment}\``;
  const advice =
    settings.environment === undefined
      ? ' A dedicated environment is recommended: give the publishing job `environment: pypi` (with required reviewers) and enter `pypi` there.'
      : '';
  const caveat = reusable ? ` once the publishing job runs in \`${settings.workflowFile}\` itself` : '';
  return pass(
    'trusted-publishing-publisher',
    `This job can mint an OIDC token; on ${indexName}, add a GitHub Trusted Publisher (${DOCS}) with owner \`${settings.owner}\`, repository \`${settings.repository}\`, workflow name \`${settings.workflowFile}\` and environment ${environment}${caveat}.${advice}`,
  );
}

/**
 * A reusable workflow shows as job_workflow_ref ≠ workflow_ref (pypa/gh-action-pypi-publish
 * warns on the same test). Warehouse matches the publisher against job_workflow_ref, which
 * must lie in the same repository, and does not support reusable workflows (pypi/warehouse#11096).
 */
function checkReusableWorkflow(claims: Readonly<Record<string, unknown>>, indexName: string): CheckResult[] {
  const { workflow_ref: caller, job_workflow_ref: called } = claims;
  if (typeof caller !== 'string' || typeof called !== 'string' || caller === called) return [];
  const callerFile = workflowFileOf(caller) ?? caller;
  return [
    warning(
      'trusted-publishing-reusable-workflow',
      `The publishing job runs in the reusable workflow \`${workflowPathOf(called)}\`, called from \`${workflowPathOf(caller)}\`: ${indexName} matches a publisher against the job's own workflow file, and publishing from a reusable workflow is not supported by PyPI (pypi/warehouse#11096).`,
      `Publish from the calling workflow: move the job that uploads into \`${callerFile}\` (it can download the files the reusable workflow built as an artifact), then register \`${callerFile}\`.`,
    ),
  ];
}

/** pull_request_target runs with the base repository's rights on events from forks. */
function checkEvent(claims: Readonly<Record<string, unknown>>): CheckResult[] {
  if (claims.event_name !== 'pull_request_target') return [];
  return [
    warning(
      'trusted-publishing-event',
      `This run was triggered by pull_request_target, which PyPI's security model calls fundamentally dangerous; PyPI is moving to refuse Trusted Publishing from it (pypi/warehouse#18904).`,
      'Publish from a tag push, a release or workflow_dispatch, never from pull_request_target.',
    ),
  ];
}

function forMode(mode: 'require' | 'auto'): (id: string, message: string, fix: string) => CheckResult {
  return mode === 'require' ? failure : warning;
}

function nameOfIndex(index: URL): string {
  const host = index.hostname.toLowerCase();
  if (host === 'pypi.org') return 'PyPI';
  if (host === 'test.pypi.org') return 'TestPyPI';
  return index.host;
}
