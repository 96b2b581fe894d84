/** What renderPlan and workbookReads share: finding `Excel.run`, and describing an Office error. */

/** `options.run` (a fake in tests), else the host's `Excel.run`, else undefined outside Excel. */
export function excelRun(options: { run?: typeof Excel.run }): typeof Excel.run | undefined {
  if (options.run) return options.run;
  return typeof Excel !== "undefined" && typeof Excel.run === "function" ? Excel.run : undefined;
}

/**
 * An error's message, with Office's error code appended when the message does not already name it,
 * and (when `withLocation`) the `debugInfo.errorLocation` Office reports.
 */
export function describeError(error: unknown, withLocation = false): string {
  if (error && typeof error === "object") {
    const e = error as { message?: unknown; code?: unknown; debugInfo?: { errorLocation?: unknown } };
    const message = typeof e.message === "string" && e.message ? e.message : String(error);
    const code = typeof e.code === "string" && e.code && !message.includes(e.code) ? ` [${e.code}]` : "";
    const location =
      withLocation && typeof e.debugInfo?.errorLocation === "string" ? ` at ${e.debugInfo.errorLocation}` : "";
    return `${message}${code}${location}`;
  }
  return String(error);
}
