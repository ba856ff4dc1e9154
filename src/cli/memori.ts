// Memory of a large run. V8 grows its heap with the dead objects of one phase (a million rows: about 80 MB live,
// over 300 MB resident) instead of reusing it. `vm.measureMemory` in its eager mode starts a full collection right
// away, with no V8 flag and no `gc` global; the CLI asks for one between the phases and every 200 000 rows.
import { measureMemory } from 'node:vm';

/** Starts a full garbage collection (the measurement itself is not needed); where Node cannot, nothing happens. */
export function kompak(): void {
  try {
    measureMemory({ mode: 'summary', execution: 'eager' }).catch(() => undefined);
  } catch {
    // An older or newer Node without the API: the run only uses more memory.
  }
}
