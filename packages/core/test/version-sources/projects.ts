import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

const ROOT = join(import.meta.dirname, 'projects');

/** What `case.json` holds (see projects/README.md). */
export interface ProjectCase {
  readonly tool: string;
  readonly source: string;
  readonly tag: string;
  readonly commits: readonly string[];
  readonly inputs: Readonly<Record<string, string>>;
  readonly expect: {
    readonly outputs?: Readonly<Record<string, string>>;
    readonly changed?: readonly string[];
    readonly location?: string;
    readonly error?: string;
  };
}

/** One fixture project: its files (path → content, `case.json` left out) and its case. */
export interface ProjectFixture {
  readonly name: string;
  readonly files: Readonly<Record<string, string>>;
  readonly case: ProjectCase;
}

/** The names of the fixture projects, sorted. */
export const PROJECT_NAMES = readdirSync(ROOT).filter((name) => statSync(join(ROOT, name)).isDirectory()).sort();

/** Loads a fixture project. */
export function loadProject(name: string): ProjectFixture {
  const dir = join(ROOT, name);
  const files: Record<string, string> = {};
  const walk = (folder: string): void => {
    for (const entry of readdirSync(folder).sort()) {
      const full = join(folder, entry);
      if (statSync(full).isDirectory()) walk(full);
      else files[relative(dir, full).split(sep).join('/')] = readFileSync(full, 'utf8');
    }
  };
  walk(dir);
  const { 'case.json': caseJson, ...projectFiles } = files;
  return { name, files: projectFiles, case: JSON.parse(caseJson ?? '{}') as ProjectCase };
}
