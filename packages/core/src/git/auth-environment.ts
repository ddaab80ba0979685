/**
 * Git configuration, passed through the environment (GIT_CONFIG_COUNT, git 2.31+), that sends
 * the token as an HTTP Authorization header to `serverUrl` only. Nothing reaches `.git/config`,
 * the remote URL or the command line, so the token cannot be left behind or printed by git.
 * The empty first value resets any header actions/checkout persisted, so only one is sent.
 */
export function authEnvironment(token: string, serverUrl: string): Record<string, string> {
  if (token === '') return {};
  const key = `http.${serverUrl.replace(/\/+$/, '')}/.extraheader`;
  const basic = Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64');
  return {
    GIT_CONFIG_COUNT: '2',
    GIT_CONFIG_KEY_0: key,
    GIT_CONFIG_VALUE_0: '',
    GIT_CONFIG_KEY_1: key,
    GIT_CONFIG_VALUE_1: `AUTHORIZATION: basic ${basic}`,
  };
}
