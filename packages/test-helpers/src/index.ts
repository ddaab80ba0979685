export * from './git-repo.js';
