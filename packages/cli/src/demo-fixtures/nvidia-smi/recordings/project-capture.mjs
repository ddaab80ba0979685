#!/usr/bin/env node
// Re-derives a recording from a capture of utkuozdemir/nvidia_gpu_exporter's
// internal/captures/ (see README.md): the `idle` and `load` --query-gpu sections (recorded with
// --format=csv) projected onto gpu-report's nine fields with the unit suffixes dropped, which is
// what --format=csv,noheader,nounits prints; and the `load` --query-compute-apps section onto
// timestamp,gpu_uuid,pid,used_memory.
//
//   node project-capture.mjs linux-x86_64__nvidia-h200__590.48.01.txt h200
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [capture, out] = process.argv.slice(2);
if (!capture || !out) throw new Error('usage: node project-capture.mjs <capture.txt> <recording dir>');
const lines = readFileSync(capture, 'utf8').split('\n');
const GPU = ['timestamp', 'index', 'uuid', 'name', 'utilization.gpu', 'memory.used', 'memory.total', 'power.draw', 'temperature.gpu'];
const APPS = ['timestamp', 'gpu_uuid', 'pid', 'used_gpu_memory'];
const stripUnit = (cell) => cell.replace(/ (%|MiB|W)$/, '');

function section(title) {
  const start = lines.findIndex((line) => line.startsWith(`# ${title}`));
  if (start < 0) return undefined;
  const header = lines[start + 3].split(', ').map((name) => name.replace(/ \[.*\]$/, ''));
  const rows = [];
  for (let i = start + 4; i < lines.length && lines[i].trim() !== ''; i++) rows.push(lines[i].split(', '));
  return { header, rows };
}
function project({ header, rows }, fields) {
  const columns = fields.map((field) => header.indexOf(field));
  if (columns.includes(-1)) throw new Error(`missing field among ${fields.join(',')}`);
  return rows.map((row) => columns.map((column) => stripUnit(row[column])).join(', '));
}

const frames = ['idle', 'load'].map((state) => project(section(`${state} :: query-gpu`), GPU).join('\n'));
writeFileSync(join(out, 'query-gpu.csv'), `${frames.join('\n\n')}\n`);
const apps = section('load :: query-compute-apps');
if (apps && apps.rows.length > 0) writeFileSync(join(out, 'query-compute-apps.csv'), `${project(apps, APPS).join('\n')}\n`);
