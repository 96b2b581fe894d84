// CI reads a plain closing line rather than jest's own summary.
class SummaryLineReporter {
  onRunComplete(_contexts, results) {
    const passed = results.numPassedTests;
    const failed = results.numFailedTests + results.numRuntimeErrorTestSuites;
    process.stdout.write(`\njest: ${passed} passed, ${failed} failed\n`);
  }
}
module.exports = SummaryLineReporter;
