import { afterEach, describe, expect, it } from 'vitest';
import { inspectTrustedPublishing } from '../../../src/publish/trusted-publishing/trusted-publisher.js';
import type { TrustedPublishingReport } from '../../../src/publish/trusted-publishing/trusted-publisher.js';
import { githubClaims, startFakeOidc } from '../../../../test-helpers/src/fake-oidc.js';
import type { FakeOidc } from '../../../../test-helpers/src/fake-oidc.js';
import { startFakePyPI } from '../../../../test-helpers/src/fake-pypi.js';
import type { FakePyPI, FakePyPIOptions } from '../../../../test-helpers/src/fake-pypi.js';

const REQUEST_TOKEN = 'runtime-request-token-0123456789';
let servers: { close(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(servers.map((server) => server.close()));
  servers = [];
});

async function start(
  claims: Record<string, unknown> = githubClaims(),
  audience: FakePyPIOptions['audience'] = 'pypi',
): Promise<{ oidc: FakeOidc; pypi: FakePyPI }> {
  const oidc = await startFakeOidc({ requestToken: REQUEST_TOKEN, claims });
  const pypi = await startFakePyPI({ releases: {}, audience });
  servers.push(oidc, pypi);
  return { oidc, pypi };
}

/** Every string the report holds, to prove no secret is among them. */
function everyString(report: TrustedPublishingReport): string {
  return JSON.stringify(report);
}

describe('inspectTrustedPublishing without id-token: write', () => {
  it('fails under require, saying which permission is missing', async () => {
    const report = await inspectTrustedPublishing({}, 'require', { repositoryUrl: 'https://pypi.org' });
    expect(report.canMintToken).toBe(false);
    expect(report.checks).toEqual([
      {
        id: 'trusted-publishing-permission',
        level: 'failure',
        message:
          'This job cannot request an OIDC token: it lacks `permissions: id-token: write` (ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN are not set), and PyPI Trusted Publishing needs it.',
        fix: 'Add `permissions: id-token: write` to the job that publishes (job level, not workflow level, keeps it to that job).',
      },
    ]);
  });

  it('explains under auto that an API token is needed instead', async () => {
    const report = await inspectTrustedPublishing({ ACTIONS_ID_TOKEN_REQUEST_URL: 'https://x.example/t?api-version=2.0' }, 'auto', {
      repositoryUrl: 'https://pypi.org',
    });
    expect(report.checks).toHaveLength(1);
    expect(report.checks[0]).toMatchObject({ id: 'trusted-publishing-permission', level: 'pass' });
    expect(report.checks[0]?.message).toContain('the upload needs an API token');
  });

  it('checks nothing and requests nothing when off', async () => {
    const { oidc, pypi } = await start();
    const report = await inspectTrustedPublishing(oidc.env, 'off', { repositoryUrl: pypi.url });
    expect(report).toEqual({ canMintToken: true, checks: [] });
    expect(oidc.requests).toEqual([]);
    expect(pypi.requests).toEqual([]);
  });
});

describe('inspectTrustedPublishing with a token', () => {
  it('lists what to enter on PyPI, from the claims', async () => {
    const { oidc, pypi } = await start(githubClaims({ environment: 'pypi' }));
    const report = await inspectTrustedPublishing(oidc.env, 'require', { repositoryUrl: pypi.url });
    expect(report.canMintToken).toBe(true);
    expect(report.settings).toEqual({ owner: 'acme', repository: 'widgets', workflowFile: 'release.yml', environment: 'pypi' });
    expect(report.claims).toEqual({
      sub: 'repo:acme/widgets:ref:refs/heads/main',
      repository: 'acme/widgets',
      repository_owner: 'acme',
      repository_owner_id: '1234567',
      workflow_ref: 'acme/widgets/.github/workflows/release.yml@refs/heads/main',
      job_workflow_ref: 'acme/widgets/.github/workflows/release.yml@refs/heads/main',
      environment: 'pypi',
      event_name: 'push',
      ref: 'refs/heads/main',
      sha: '0123456789abcdef0123456789abcdef01234567',
    });
    expect(report.checks).toEqual([
      {
        id: 'trusted-publishing-publisher',
        level: 'pass',
        message: `This job can mint an OIDC token; on 127.0.0.1:${new URL(pypi.url).port}, add a GitHub Trusted Publisher (https://docs.pypi.org/trusted-publishers/) with owner \`acme\`, repository \`widgets\`, workflow name \`release.yml\` and environment \`pypi\`.`,
      },
    ]);
    // As pypa/gh-action-pypi-publish does: audience from the index, then the token for it.
    expect(pypi.requests).toEqual([{ method: 'GET', path: '/_/oidc/audience', authorization: false }]);
    expect(oidc.requests).toEqual([{ path: '/_apis/distributedtask/hub/build/plans/p/jobs/j/idtoken', audience: 'pypi', authorized: true }]);
  });

  it('says "(any)" without an environment, and recommends one', async () => {
    const { oidc, pypi } = await start();
    const report = await inspectTrustedPublishing(oidc.env, 'auto', { repositoryUrl: pypi.url });
    expect(report.settings).toEqual({ owner: 'acme', repository: 'widgets', workflowFile: 'release.yml' });
    expect(report.checks[0]?.message).toContain('and environment (any).');
    expect(report.checks[0]?.message).toContain('A dedicated environment is recommended: give the publishing job `environment: pypi`');
  });

  it('warns about a reusable workflow and asks to publish from the caller', async () => {
    const { oidc, pypi } = await start(
      githubClaims({ job_workflow_ref: 'acme/shared/.github/workflows/publish.yaml@refs/tags/v2' }),
    );
    const report = await inspectTrustedPublishing(oidc.env, 'require', { repositoryUrl: pypi.url });
    expect(report.settings?.workflowFile).toBe('release.yml');
    expect(report.checks.map((c) => `${c.level} ${c.id}`)).toEqual([
      'pass trusted-publishing-publisher',
      'warning trusted-publishing-reusable-workflow',
    ]);
    expect(report.checks[0]?.message).toContain('once the publishing job runs in `release.yml` itself');
    const warning = report.checks[1];
    expect(warning?.message).toContain(
      'The publishing job runs in the reusable workflow `acme/shared/.github/workflows/publish.yaml`, called from `acme/widgets/.github/workflows/release.yml`',
    );
    expect(warning?.message).toContain('not supported by PyPI (pypi/warehouse#11096)');
    expect(warning?.fix).toContain('Publish from the calling workflow: move the job that uploads into `release.yml`');
  });

  it('warns about pull_request_target', async () => {
    const { oidc, pypi } = await start(githubClaims({ event_name: 'pull_request_target', sub: 'repo:acme/widgets:pull_request' }));
    const report = await inspectTrustedPublishing(oidc.env, 'auto', { repositoryUrl: pypi.url });
    const check = report.checks.find((c) => c.id === 'trusted-publishing-event');
    expect(check).toMatchObject({ level: 'warning' });
    expect(check?.message).toContain('pull_request_target');
    expect(check?.fix).toBe('Publish from a tag push, a release or workflow_dispatch, never from pull_request_target.');
  });

  it('asks for the audience the index names', async () => {
    const { oidc, pypi } = await start(githubClaims(), 'testpypi');
    await inspectTrustedPublishing(oidc.env, 'require', { repositoryUrl: pypi.url });
    expect(oidc.requests[0]?.audience).toBe('testpypi');
  });

  it.each([{ status: 503 }, { status: 404 }])('falls back to "pypi" when the audience endpoint answers %o, and says so', async (audience) => {
    const { oidc, pypi } = await start(githubClaims(), audience);
    const report = await inspectTrustedPublishing(oidc.env, 'require', { repositoryUrl: pypi.url });
    expect(report.canMintToken).toBe(true);
    expect(oidc.requests[0]?.audience).toBe('pypi');
    const note = report.checks.find((c) => c.id === 'trusted-publishing-audience');
    expect(note?.level).toBe('warning');
    expect(note?.message).toContain(`Could not read the Trusted Publishing audience from ${pypi.url}/_/oidc/audience (it answered HTTP ${audience.status} `);
    expect(note?.message).toContain('so the token was requested for "pypi"');
  });

  it('falls back when the index cannot be reached at all', async () => {
    const { oidc } = await start();
    const unreachable = await startFakePyPI({ releases: {} });
    await unreachable.close();
    const report = await inspectTrustedPublishing(oidc.env, 'require', { repositoryUrl: unreachable.url });
    expect(report.checks.find((c) => c.id === 'trusted-publishing-audience')?.message).toContain('(it could not be reached)');
    expect(report.canMintToken).toBe(true);
  });

  it('fails clearly on a wrong request token, without echoing it', async () => {
    const { oidc, pypi } = await start();
    const env = { ...oidc.env, ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'stale-token-from-another-job' };
    const report = await inspectTrustedPublishing(env, 'require', { repositoryUrl: pypi.url });
    expect(report.canMintToken).toBe(false);
    expect(report.settings).toBeUndefined();
    expect(report.checks).toEqual([
      {
        id: 'trusted-publishing-token',
        level: 'failure',
        message: `the Actions ID-token endpoint (127.0.0.1:${new URL(oidc.env.ACTIONS_ID_TOKEN_REQUEST_URL).port}) refused the request token (HTTP 401 Unauthorized): ACTIONS_ID_TOKEN_REQUEST_TOKEN is not this job's.`,
        fix: 'ACTIONS_ID_TOKEN_REQUEST_URL and ACTIONS_ID_TOKEN_REQUEST_TOKEN are set by the runner; do not override them, and run this check in the job that publishes, which needs permissions: id-token: write.',
      },
    ]);
    expect(everyString(report)).not.toContain('stale-token-from-another-job');
  });

  it('only warns about a failing token request under auto', async () => {
    const { oidc, pypi } = await start();
    const report = await inspectTrustedPublishing({ ...oidc.env, ACTIONS_ID_TOKEN_REQUEST_TOKEN: 'wrong' }, 'auto', { repositoryUrl: pypi.url });
    expect(report.checks.map((c) => `${c.level} ${c.id}`)).toEqual(['warning trusted-publishing-token']);
  });

  it('never sends the request token over plain http to a remote host', async () => {
    const fetchSpy: typeof fetch = (input) => {
      const url = input instanceof Request ? input.url : input instanceof URL ? input.href : input;
      return url.endsWith('/_/oidc/audience') ? Promise.resolve(Response.json({ audience: 'pypi' })) : Promise.reject(new Error('must not be called'));
    };
    const env = { ACTIONS_ID_TOKEN_REQUEST_URL: 'http://tokens.example/idtoken?api-version=2.0', ACTIONS_ID_TOKEN_REQUEST_TOKEN: REQUEST_TOKEN };
    const report = await inspectTrustedPublishing(env, 'require', { repositoryUrl: 'https://pypi.org', fetch: fetchSpy });
    expect(report.checks[0]).toMatchObject({ id: 'trusted-publishing-token', level: 'failure' });
    expect(report.checks[0]?.message).toContain('which is not https');
  });

  it('never returns the JWT or the request token in any string', async () => {
    const { oidc, pypi } = await start(
      githubClaims({ event_name: 'pull_request_target', job_workflow_ref: 'acme/widgets/.github/workflows/reusable.yml@refs/heads/main' }),
      { status: 500 },
    );
    const report = await inspectTrustedPublishing(oidc.env, 'require', { repositoryUrl: pypi.url });
    expect(report.checks).toHaveLength(4);
    const [jwt] = oidc.issued;
    expect(jwt).toBeDefined();
    const text = everyString(report);
    for (const secret of [jwt ?? '', ...(jwt ?? '').split('.'), REQUEST_TOKEN, encodeURIComponent(REQUEST_TOKEN)]) {
      expect(text).not.toContain(secret);
    }
  });

  it('stops reading a token answer that never ends at 1 MiB, and fails clearly', async () => {
    const oidc = await startFakeOidc({ requestToken: REQUEST_TOKEN, claims: githubClaims(), behaviour: { kind: 'endless' } });
    const pypi = await startFakePyPI({ releases: {}, audience: 'pypi' });
    servers.push(oidc, pypi);
    const report = await inspectTrustedPublishing(oidc.env, 'require', { repositoryUrl: pypi.url });
    expect(report.canMintToken).toBe(false);
    expect(report.checks).toEqual([
      expect.objectContaining({
        id: 'trusted-publishing-token',
        level: 'failure',
        message: `Requesting an OIDC token failed: the Actions ID-token endpoint (127.0.0.1:${new URL(oidc.env.ACTIONS_ID_TOKEN_REQUEST_URL).port}) answered with more than 1.0 MiB, where a token answer is a few KiB; the answer was not read further.`,
      }),
    ]);
    await expect.poll(() => oidc.endless.closedByClient).toBe(1);
    expect(oidc.endless.bytesSent).toBeLessThan(32 * 1024 * 1024);
  });

  it('does not follow the token endpoint to plain http elsewhere, nor send the request token there', async () => {
    const oidc = await startFakeOidc({ requestToken: REQUEST_TOKEN, claims: githubClaims(), behaviour: { kind: 'redirect', status: 302, location: 'http://tokens.example/idtoken' } });
    const pypi = await startFakePyPI({ releases: {}, audience: 'pypi' });
    servers.push(oidc, pypi);
    const asked: string[] = [];
    const spy: typeof fetch = (input, init) => {
      asked.push(input instanceof URL ? input.origin : input instanceof Request ? input.url : input);
      return fetch(input, init);
    };
    const report = await inspectTrustedPublishing(oidc.env, 'require', { repositoryUrl: pypi.url, fetch: spy });
    expect(asked).not.toContain('http://tokens.example');
    expect(report.checks[0]).toMatchObject({ id: 'trusted-publishing-token', level: 'failure' });
    expect(report.checks[0]?.message).toContain(
      'redirected to http://tokens.example/idtoken, which was not followed (it is plain http:// to tokens.example, allowed only for 127.0.0.0/8, ::1 and localhost); the request token was not sent there.',
    );
  });

  it('does not carry the request token along a redirect to another origin', async () => {
    const target = await startFakeOidc({ requestToken: REQUEST_TOKEN, claims: githubClaims() });
    const oidc = await startFakeOidc({
      requestToken: REQUEST_TOKEN,
      claims: githubClaims(),
      behaviour: { kind: 'redirect', status: 307, location: target.env.ACTIONS_ID_TOKEN_REQUEST_URL },
    });
    const pypi = await startFakePyPI({ releases: {}, audience: 'pypi' });
    servers.push(target, oidc, pypi);
    const report = await inspectTrustedPublishing(oidc.env, 'require', { repositoryUrl: pypi.url });
    expect(target.requests).toEqual([expect.objectContaining({ authorized: false })]);
    expect(report.checks[0]?.message).toContain(`refused the request token (HTTP 401 Unauthorized after a redirect to ${new URL(target.env.ACTIONS_ID_TOKEN_REQUEST_URL).origin})`);
  });

  it('falls back, saying why, when the audience endpoint answers without end', async () => {
    const oidc = await startFakeOidc({ requestToken: REQUEST_TOKEN, claims: githubClaims() });
    const pypi = await startFakePyPI({ releases: {}, behaviour: { '/_/oidc/audience': { kind: 'endless' } } });
    servers.push(oidc, pypi);
    const report = await inspectTrustedPublishing(oidc.env, 'auto', { repositoryUrl: pypi.url });
    const note = report.checks.find((c) => c.id === 'trusted-publishing-audience');
    expect(note?.message).toContain(`(the answer from ${pypi.url}/_/oidc/audience goes on past that size, more than the 64 KiB this check reads)`);
    expect(oidc.requests[0]?.audience).toBe('pypi');
  });
});
