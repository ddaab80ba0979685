import { formatError } from '../errors.js';

/** One thing a run did, how to undo it, and what stays behind when undoing fails. */
interface UndoStep {
  /** What is left when this step fails, as a sentence part: "the branch release/v0.4.0 still exists". */
  readonly left: string;
  readonly undo: () => Promise<unknown>;
}

/** A step that could not be undone, and why. */
export interface RollbackFailure {
  readonly left: string;
  readonly error: unknown;
}

/**
 * What a run has done so far, to undo in reverse when a later step fails. Every step is tried,
 * even after one has failed, and each failure is kept with what it leaves behind: a rollback
 * never swallows its own errors.
 */
export class UndoLog {
  private readonly steps: UndoStep[] = [];

  /** Records a done step: `undo` reverts it; `left` says what remains if that fails. */
  add(left: string, undo: () => Promise<unknown>): void {
    this.steps.push({ left, undo });
  }

  /** Undoes every step, newest first, and returns those that failed (none: everything was undone). */
  async rollback(): Promise<RollbackFailure[]> {
    const failures: RollbackFailure[] = [];
    for (let i = this.steps.length - 1; i >= 0; i--) {
      const step = this.steps[i] as UndoStep;
      try {
        await step.undo();
      } catch (error) {
        failures.push({ left: step.left, error });
      }
    }
    this.steps.length = 0;
    return failures;
  }
}

/**
 * The sentence that follows a failure's message: that everything was rolled back (and to what),
 * or exactly what is left and why it could not be undone.
 */
export function describeRollback(failures: readonly RollbackFailure[], restored: string): string {
  if (failures.length === 0) return `Rolled back: nothing is left behind; ${restored}.`;
  const lines = failures.map((failure) => `- ${failure.left} (undoing it failed: ${formatError(failure.error)})`);
  return `Rolled back, except for ${failures.length === 1 ? 'this, which is' : 'these, which are'} left to clean up by hand:\n${lines.join('\n')}`;
}
