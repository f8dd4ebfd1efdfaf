// Sums the JSON reports the test runners wrote (vitest's json reporter; Playwright's json reporter)
// and prints the one closing line CI reads: "N passed, N failed".
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

let passed = 0;
let failed = 0;
let skipped = 0;
for (const group of ["packages", "apps"]) {
  if (!existsSync(group)) continue;
  for (const pkg of readdirSync(group)) {
    const dir = join(group, pkg, ".test-results");
    if (!existsSync(dir)) continue;
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".json"))) {
      const report = JSON.parse(readFileSync(join(dir, file), "utf8"));
      if (report.stats && "expected" in report.stats) {
        passed += report.stats.expected + report.stats.flaky;
        failed += report.stats.unexpected;
        skipped += report.stats.skipped;
      } else {
        passed += report.numPassedTests ?? 0;
        failed +=
          (report.numFailedTests ?? 0) +
          (report.numFailedTestSuites ?? 0) -
          countSuitesWithFailedTests(report);
        skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
      }
    }
  }
}

// A suite that failed to load has no failed tests of its own; count it once as a failure.
function countSuitesWithFailedTests(report) {
  return (report.testResults ?? []).filter(
    (s) => s.status === "failed" && s.assertionResults?.some((t) => t.status === "failed"),
  ).length;
}

console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`);
if (passed === 0) process.exitCode = 1;
