/**
 * Bench piece for the Office renderer: renders a synthetic 500 people × 12 KPIs plan against the
 * recording fake Excel host (office-addin-mock context, see test/render/office/fakeExcel.ts) and
 * measures JS time. `renderMs` covers everything renderPlan does in JavaScript (reading, naming,
 * converting and chunking 6,000+ rows, queueing) plus the fake's own bookkeeping (it JSON-encodes every
 * write to measure request sizes), so it is an upper bound of the add-in's JS cost; the host's time to
 * apply the requests is not measurable here. Median of `runs` after one warm-up.
 *
 *   npx tsx scripts/bench-office.ts
 */
import { renderPlan } from "../src/render/office";
import { FakeExcel } from "../test/render/office/fakeExcel";
import { syntheticPlan } from "../test/render/office/fixtures";
import { median } from "./stats";

export interface OfficeBench {
  syncs: number;
  planMs?: number;
  renderMs: number;
  /** request data bytes of the largest sync */
  maxRequestBytes?: number;
}

export async function benchOffice(
  options: { people?: number; kpis?: number; runs?: number } = {},
): Promise<OfficeBench> {
  const people = options.people ?? 500;
  const kpis = options.kpis ?? 12;
  const runs = Math.max(1, options.runs ?? 3);
  const planTimes: number[] = [];
  const renderTimes: number[] = [];
  let syncs = 0;
  let maxRequestBytes = 0;
  for (let i = 0; i <= runs; i++) {
    const planStart = performance.now();
    const plan = syntheticPlan({ people, kpis });
    const planMs = performance.now() - planStart;
    const fake = new FakeExcel();
    const renderStart = performance.now();
    const result = await renderPlan(plan, { run: fake.run, isSetSupported: () => true });
    const renderMs = performance.now() - renderStart;
    if (!result.ok) throw new Error(`bench render failed: ${result.error}`);
    if (i === 0) continue; // warm-up
    planTimes.push(planMs);
    renderTimes.push(renderMs);
    syncs = result.syncs;
    maxRequestBytes = Math.max(...fake.bytesPerSync().values());
  }
  return {
    syncs,
    planMs: Math.round(median(planTimes) * 10) / 10,
    renderMs: Math.round(median(renderTimes) * 10) / 10,
    maxRequestBytes,
  };
}

if (typeof require !== "undefined" && typeof module !== "undefined" && require.main === module) {
  benchOffice().then(
    (result) => console.log(JSON.stringify({ office: result })),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
