export * from './git-repo.js';
export * from './git-http-server.js';
export * from './golden.js';
export * from './node-runtimes.js';
export * from './run-bundled-action.js';
export * from './action-metadata.js';
export * from './fake-pypi.js';
export * from './fake-oidc.js';
