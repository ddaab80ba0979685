#!/usr/bin/env node
// The CLI is TypeScript run through tsx, so the repository needs no build step before it works.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/main.ts');
process.exitCode = await main(process.argv.slice(2));
