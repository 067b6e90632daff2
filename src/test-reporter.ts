// Vitest reporter that ends the run with the plain line "N passed, N failed[, N skipped]",
// which CI reads; a test file that fails to load counts as one failure.
import type { Reporter, TestModule } from 'vitest/node';

export default class CountReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    let passed = 0;
    let failed = 0;
    let skipped = 0;
    for (const mod of testModules) {
      let tests = 0;
      for (const test of mod.children.allTests()) {
        tests++;
        const state = test.result().state;
        if (state === 'passed') passed++;
        else if (state === 'failed') failed++;
        else skipped++;
      }
      // A file that failed to load, or whose hook failed, counts as a failure even if its tests were skipped.
      if (
        mod.state() === 'failed' &&
        !(tests > 0 && [...mod.children.allTests()].some((t) => t.result().state === 'failed'))
      )
        failed++;
    }
    failed += unhandledErrors.length;
    const tail = skipped > 0 ? `, ${skipped} skipped` : '';
    process.stdout.write(`\n${passed} passed, ${failed} failed${tail}\n`);
  }
}
