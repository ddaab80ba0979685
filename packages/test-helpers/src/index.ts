export * from './git-repo.js';
export * from './git-http-server.js';
export * from './golden.js';
