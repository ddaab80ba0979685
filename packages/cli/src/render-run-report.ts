import { renderMarkdownForTerminal } from './render-markdown-for-terminal.js';
import type { TerminalStyle } from './render-markdown-for-terminal.js';
import type { RunResult } from './run-result.js';

/**
 * What `ops-actions run` prints after the log: the outputs (`name = value`, a multi-line
 * value indented below its name), the step summary rendered for the terminal, and the
 * result. Everything goes through the run's masker, as the runner masks what it prints.
 */
export function renderRunReport(result: RunResult, style: TerminalStyle): string {
  const sections: string[] = [];
  const names = Object.keys(result.outputs).sort();
  if (names.length > 0) {
    const lines = names.map((name) => {
      const value = result.mask(result.outputs[name] ?? '');
      if (!value.includes('\n')) return `  ${name} = ${value}`;
      return [`  ${name} =`, ...value.split('\n').map((line) => `      ${line}`)].join('\n');
    });
    sections.push(`Outputs:\n${lines.join('\n')}`);
  } else {
    sections.push('Outputs: (none)');
  }
  if (result.summary.trim() !== '') {
    const rule = '─'.repeat(40);
    sections.push(`Step summary:\n${rule}\n${renderMarkdownForTerminal(result.summary, style).trimEnd()}\n${rule}`);
  }
  sections.push(renderStatus(result));
  return `${sections.join('\n\n')}\n`;
}

/** One line: success, or which stage failed with which exit code, and the annotation counts. */
export function renderStatus(result: RunResult): string {
  const counts = (['error', 'warning', 'notice'] as const)
    .map((level) => [level, result.annotations.filter((annotation) => annotation.level === level).length] as const)
    .filter(([, count]) => count > 0)
    .map(([level, count]) => `${count} ${level}${count === 1 ? '' : 's'}`);
  const annotations = counts.length > 0 ? ` (${counts.join(', ')})` : '';
  const failed = result.stages.find((stage) => stage.exitCode !== 0);
  if (failed === undefined) return `Action succeeded${annotations}.`;
  return `Action failed: the ${failed.stage} stage exited with ${failed.exitCode}${annotations}.`;
}
