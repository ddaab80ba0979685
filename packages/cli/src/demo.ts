/** The demo: a sample Python project with a conventional history, run through the bundled actions. */
export async function runDemo(args: readonly string[]): Promise<number> {
  await Promise.resolve();
  throw new Error(`demo is not written yet (args: ${args.join(' ')})`);
}
