/**
 * Loading the functions' metadata (functions.json). Kept apart from formulaText so the pane's
 * start-up chunk, which fetches it, does not carry the formula builder and what it imports.
 */
import type { FunctionMeta } from "./formulaText";

/** functions.json for English, functions.<lang>.json for the others (written by the build). */
export function metadataFile(lang: string): string {
  return lang === "en-US" ? "functions.json" : `functions.${lang}.json`;
}

/**
 * Fetches the functions' metadata next to the page, in the pane's language when the build wrote it,
 * else in English.
 */
export async function fetchFunctionMetadata(lang: string, fetcher: typeof fetch = fetch): Promise<FunctionMeta[]> {
  for (const file of [...new Set([metadataFile(lang), metadataFile("en-US")])]) {
    try {
      const response = await fetcher(file);
      if (!response.ok) continue;
      const json = (await response.json()) as { functions?: FunctionMeta[] };
      if (Array.isArray(json.functions)) return json.functions;
    } catch {
      // Try the next file; the view then offers a single free-text argument box.
    }
  }
  return [];
}
