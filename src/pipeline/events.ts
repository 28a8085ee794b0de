/**
 * What the pipeline tells whoever listens while it runs, through
 * node:diagnostics_channel: named channels a host subscribes to
 * (`diagnostics_channel.subscribe(COMPILE_ENDED, fn)`), free when nobody
 * does. For tuning the host process to the run's phases, never for results.
 */
import { channel } from 'node:diagnostics_channel';

/**
 * Published when go's `-m=2` compile has exited (once per compile; an
 * analysis may compile twice, see PendingAnalysis): what is left of the
 * analysis is goescape's own work. The message is an empty object.
 */
export const COMPILE_ENDED = 'goescape:compile-ended';

const compileEnded = channel(COMPILE_ENDED);

export function publishCompileEnded(): void {
  if (compileEnded.hasSubscribers) compileEnded.publish({});
}
