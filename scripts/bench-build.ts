/**
 * One workbook build in a process of its own, so its peak memory is its own (scripts/bench.ts forks
 * it once per measurement):
 *
 *   tsx scripts/bench-build.ts RENDERER CONFIG.json OUT.xlsx RESULT.json
 *
 * RENDERER is
 *   stream         the CLI as shipped: main(["build", …]) on the real process (streamXlsx, bounded heap growth)
 *   stream-gc      the same build with V8's default heap growth (main with its own io)
 *   memory         the previous CLI path: plan, renderXlsx into one buffer, writeFileAtomic
 *   idle           nothing: the process's own baseline (Node, tsx, the modules loaded)
 *
 * RESULT.json gets { ms, peakRssMb, bytes }: wall time from the start of the build to the file being
 * written, and maxRSS of the whole process.
 */
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { main, type CliIO } from "../src/cli/main";
import { writeFileAtomic } from "../src/cli/writeAtomic";
import { isKpiError } from "../src/core/types";
import { parseTeamConfig } from "../src/plan/teamConfig";
import { planTeamWorkbook } from "../src/plan/workbookPlan";
import { renderXlsx } from "../src/render/xlsx/renderXlsx";

const quiet: CliIO = { stdout: () => undefined, stderr: (text) => void process.stderr.write(text) };

async function build(renderer: string, config: string, out: string): Promise<void> {
  const argv = ["build", "--config", config, "--out", out];
  switch (renderer) {
    case "stream": {
      // The real process io (so the CLI bounds heap growth); its score table goes to stdout, which
      // bench.ts ignores.
      if ((await main(argv)) !== 0) throw new Error("build failed");
      return;
    }
    case "stream-gc":
      if ((await main(argv, quiet)) !== 0) throw new Error("build failed");
      return;
    case "memory": {
      const parsed = parseTeamConfig(JSON.parse(readFileSync(config, "utf8")));
      if (isKpiError(parsed)) throw new Error(parsed.message);
      writeFileAtomic(out, await renderXlsx(planTeamWorkbook(parsed, "zh-CN").plan));
      return;
    }
    case "idle":
      return;
    default:
      throw new Error(`unknown renderer ${renderer}`);
  }
}

async function run(): Promise<void> {
  const [renderer, config, out, result] = process.argv.slice(2);
  const start = performance.now();
  await build(renderer, config, out);
  const ms = performance.now() - start;
  const bytes = renderer === "idle" ? 0 : statSync(out).size;
  writeFileSync(result, JSON.stringify({ ms, peakRssMb: process.resourceUsage().maxRSS / 1024, bytes }));
}

run().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
