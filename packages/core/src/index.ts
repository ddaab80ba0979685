export * from './errors.js';
export * from './inputs/parse-input.js';
