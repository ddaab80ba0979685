import { register } from 'node:module';

/**
 * @actions/workflow-parser imports its JSON schemas without `with { type: 'json' }`, which Node refuses (vitest leaves
 * node_modules to Node's loader). A loader hook serves those JSON files as modules; nothing else is touched.
 */
const JSON_AS_MODULE_HOOK = `export async function load(url, context, next) {
  if (url.includes('/@actions/workflow-parser/') && url.endsWith('.json') && !context.importAttributes?.type) {
    const { readFile } = await import('node:fs/promises');
    const source = await readFile(new URL(url), 'utf8');
    return { format: 'module', source: 'export default ' + source + ';', shortCircuit: true };
  }
  return next(url, context);
}`;
register(`data:text/javascript,${encodeURIComponent(JSON_AS_MODULE_HOOK)}`);

/** GitHub's own workflow parser, loaded once the hook is in place. */
export const { NoOperationTraceWriter, convertWorkflowTemplate, parseWorkflow } = await import('@actions/workflow-parser');

/** What GitHub's parser says is wrong with a workflow: parse errors, then template conversion errors (none: empty). */
export async function workflowParserErrors(name: string, content: string): Promise<string[]> {
  const result = parseWorkflow({ name, content }, new NoOperationTraceWriter());
  const errors = result.context.errors.getErrors().map((e) => e.message);
  if (errors.length > 0 || !result.value) return errors.length > 0 ? errors : ['no workflow'];
  const template = await convertWorkflowTemplate(result.context, result.value);
  return (template.errors ?? []).map((e) => e.Message);
}
