/**
 * Bench piece for the task pane: the gzip size of the JavaScript taskpane.html loads by itself
 * (functions.js, vendors.js, taskpane.js; not office.js from Microsoft's CDN, nor the chunks that
 * load later), and the first paint of the built page in headless Debian Chromium, served offline
 * from dist/ (median of `runs` fresh loads). Needs `npm run build` first.
 *
 *   npx tsx scripts/bench-taskpane.ts
 */
import * as path from "path";
import {
  DIST,
  PAGE,
  chromiumProblem,
  distProblem,
  gzipSize,
  initialScripts,
  launchPane,
  paintTimings,
  serveDirectory,
} from "../test/e2e/pageServer";
import { median } from "./stats";

export interface TaskpaneBench {
  /** gzip (zlib default level) of the initial scripts, KiB */
  initialJsGzipKiB: number;
  /** median 'first-paint' (or 'first-contentful-paint' when Chromium reports no first-paint), ms */
  firstPaintMs: number;
  firstContentfulPaintMs?: number;
  /** median time until React has rendered the pane's first view panel (polled, so a few ms late) */
  paneRenderedMs?: number;
  /** per initial script, gzip bytes */
  scripts?: Record<string, number>;
}

export function initialJsGzip(): { kib: number; scripts: Record<string, number> } {
  const scripts: Record<string, number> = {};
  for (const src of initialScripts()) scripts[src] = gzipSize(path.join(DIST, src));
  const bytes = Object.values(scripts).reduce((a, b) => a + b, 0);
  return { kib: Math.round((bytes / 1024) * 10) / 10, scripts };
}

export async function benchTaskpane(options: { runs?: number } = {}): Promise<TaskpaneBench> {
  const problem = distProblem() ?? chromiumProblem();
  if (problem) throw new Error(`bench-taskpane: ${problem}`);
  const runs = Math.max(1, options.runs ?? 3);
  const { kib, scripts } = initialJsGzip();
  const server = await serveDirectory(DIST);
  const fp: number[] = [];
  const fcp: number[] = [];
  const rendered: number[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      const pane = await launchPane(server);
      try {
        await pane.page.goto(`${server.url}${PAGE}`, { waitUntil: "load" });
        await pane.page.getByRole("tabpanel").waitFor();
        rendered.push(Number(await pane.page.evaluate("performance.now()")));
        const t = await paintTimings(pane.page);
        const first = t.firstPaint ?? t.firstContentfulPaint;
        if (first === undefined) throw new Error("bench-taskpane: Chromium reported no paint");
        fp.push(first);
        if (t.firstContentfulPaint !== undefined) fcp.push(t.firstContentfulPaint);
      } finally {
        await pane.close();
      }
    }
  } finally {
    await server.close();
  }
  return {
    initialJsGzipKiB: kib,
    firstPaintMs: Math.round(median(fp)),
    firstContentfulPaintMs: fcp.length > 0 ? Math.round(median(fcp)) : undefined,
    paneRenderedMs: Math.round(median(rendered)),
    scripts,
  };
}

if (typeof require !== "undefined" && typeof module !== "undefined" && require.main === module) {
  benchTaskpane().then(
    (result) => console.log(JSON.stringify({ taskpane: result })),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    },
  );
}
