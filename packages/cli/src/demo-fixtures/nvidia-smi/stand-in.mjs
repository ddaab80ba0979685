#!/usr/bin/env node
// A stand-in for nvidia-smi that replays a recording (recordings/README.md): the tests and the
// demo run gpu-report against it on machines without a GPU. It answers the two queries
// gpu-report makes, in loop mode (-lms N / -l N) or once, and exits as a machine without a
// driver does when the recording says so.
//
// Environment:
//   OPS_NVIDIA_SMI_RECORDING  a folder under recordings/ (h200, dual-a5000, …) or a path; default h200
//   OPS_NVIDIA_SMI_EXIT_AFTER `N:CODE`: stop with exit code CODE after N loops (a sampler that dies)
//   OPS_NVIDIA_SMI_PIDS       a file of pids, one a line: they replace the recorded compute-app pids
//                             in order, so a test's own processes appear to use the GPU
//   OPS_NVIDIA_SMI_STDIO      `full`: write stdout as a C program with stdio's defaults does into a
//                             pipe (glibc: 4096-byte blocks; lost when a signal ends it), unless
//                             stdbuf -oL asked for lines (_STDBUF_O=L, which stdbuf hands libstdbuf)
import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));
const GPU_FIELDS = ['timestamp', 'index', 'uuid', 'name', 'utilization.gpu', 'memory.used', 'memory.total', 'power.draw', 'temperature.gpu'];
const APP_FIELDS = ['timestamp', 'gpu_uuid', 'pid', 'used_memory'];
const APP_ALIASES = { used_gpu_memory: 'used_memory' };

const recordingName = process.env.OPS_NVIDIA_SMI_RECORDING || 'h200';
const recording = isAbsolute(recordingName) ? recordingName : join(HERE, 'recordings', recordingName);
if (!existsSync(recording)) {
  process.stderr.write(`stand-in nvidia-smi: no recording ${recording}\n`);
  process.exit(255);
}

const exitFile = join(recording, 'exit.json');
if (existsSync(exitFile)) {
  const { code, stdout } = JSON.parse(readFileSync(exitFile, 'utf8'));
  process.stdout.write(stdout, () => process.exit(code));
} else {
  main();
}

function usage(message) {
  process.stdout.write(`${message}\nPlease run 'nvidia-smi -h' for help.\n`);
  process.exit(2);
}

function parseArgs(argv) {
  const options = { loopMs: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '--query-gpu') options.gpu = value().split(',');
    else if (flag === '--query-compute-apps') options.apps = value().split(',');
    else if (flag === '--format') options.format = value().split(',');
    else if (flag === '-lms' || flag === '--loop-ms') options.loopMs = Number(value());
    else if (flag === '-l' || flag === '--loop') options.loopMs = Number(value()) * 1000;
    else usage(`Invalid combination of input arguments: ${arg}`);
  }
  if ((options.gpu === undefined) === (options.apps === undefined)) usage('Invalid combination of input arguments.');
  if (options.loopMs !== undefined && !(options.loopMs > 0)) usage('Invalid loop interval.');
  return options;
}

/** `2026/07/03 22:11:09.763`, local time, as nvidia-smi prints its timestamp field. */
function timestamp() {
  const now = new Date();
  const two = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}/${two(now.getMonth() + 1)}/${two(now.getDate())} ${two(now.getHours())}:${two(now.getMinutes())}:${two(now.getSeconds())}.${String(now.getMilliseconds()).padStart(3, '0')}`;
}

function readRows(file) {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8').replace(/\r/g, '').split('\n');
}

/**
 * stdout as C stdio writes it: one write per loop (the default), or with OPS_NVIDIA_SMI_STDIO=full
 * into a pipe, in 4096-byte blocks, flushed at a normal exit and lost when a signal ends the
 * process (what glibc does for a program that never calls fflush), unless stdbuf -oL set
 * _STDBUF_O=L for line buffering.
 */
function stdoutWriter() {
  const full = process.env.OPS_NVIDIA_SMI_STDIO === 'full' && !process.stdout.isTTY && !/^(L|0)$/.test(process.env._STDBUF_O ?? '');
  if (!full) return { write: (text, done) => process.stdout.write(text, done), exit: (code) => process.exit(code) };
  const BLOCK = 4096;
  let pending = '';
  return {
    write(text, done) {
      pending += text;
      if (Buffer.byteLength(pending) < BLOCK) return done();
      const bytes = Buffer.from(pending);
      const cut = bytes.length - (bytes.length % BLOCK);
      pending = bytes.subarray(cut).toString();
      process.stdout.write(bytes.subarray(0, cut), done);
    },
    exit(code) {
      process.stdout.write(pending, () => process.exit(code));
    },
  };
}

function main() {
  const options = parseArgs(process.argv.slice(2));
  const fields = options.gpu ?? options.apps.map((field) => APP_ALIASES[field] ?? field);
  const known = options.gpu ? GPU_FIELDS : APP_FIELDS;
  const unknown = fields.find((field) => !known.includes(field));
  if (unknown) usage(`Field "${unknown}" is not a valid field to query.`);
  const columns = fields.map((field) => known.indexOf(field));
  const format = options.format ?? [];
  if (!format.includes('csv')) usage('Only --format=csv is replayed by the stand-in.');

  // query-gpu: frames separated by blank lines; compute apps: one frame.
  const frames = [];
  if (options.gpu) {
    let frame = [];
    for (const line of readRows(join(recording, 'query-gpu.csv'))) {
      if (line.trim() === '') {
        if (frame.length > 0) frames.push(frame);
        frame = [];
      } else frame.push(line.split(', '));
    }
    if (frame.length > 0) frames.push(frame);
  } else {
    frames.push(readRows(join(recording, 'query-compute-apps.csv')).filter((line) => line.trim() !== '').map((line) => line.split(', ')));
  }

  const exitRule = /^(\d+):(\d+)$/.exec(process.env.OPS_NVIDIA_SMI_EXIT_AFTER ?? '');
  const out = stdoutWriter();
  const header = format.includes('noheader') ? undefined : fields.join(', ');
  if (header !== undefined) out.write(`${header}\n`, () => undefined);
  const started = Date.now();
  let loop = 0;
  const tick = () => {
    if (exitRule && loop >= Number(exitRule[1])) return out.exit(Number(exitRule[2]));
    const rows = frames.length === 0 ? [] : frames[loop % frames.length];
    const pids = options.apps && process.env.OPS_NVIDIA_SMI_PIDS && existsSync(process.env.OPS_NVIDIA_SMI_PIDS)
      ? readFileSync(process.env.OPS_NVIDIA_SMI_PIDS, 'utf8').split(/\s+/).filter(Boolean)
      : [];
    const now = timestamp();
    let text = '';
    rows.forEach((row, n) => {
      const cells = [...row];
      cells[0] = now;
      if (options.apps && n < pids.length) cells[2] = pids[n];
      text += `${columns.map((column) => cells[column]).join(', ')}\n`;
    });
    loop++;
    const next = () => {
      if (options.loopMs === undefined) return out.exit(0);
      // Keep the cadence: each loop is due at started + loop * interval, however long printing took.
      setTimeout(tick, Math.max(0, started + loop * options.loopMs - Date.now()));
    };
    if (text === '') next();
    else out.write(text, next);
  };
  tick();
}
