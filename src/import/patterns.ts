/**
 * The `skus` and `campaigns` patterns of a person (DESIGN §5, §8): `*` matches any run of
 * characters, everything else is literal, the whole text must match, case is ignored.
 */

const cache = new Map<string, RegExp>();

function compile(pattern: string): RegExp {
  let re = cache.get(pattern);
  if (re === undefined) {
    const body = pattern
      .split("*")
      .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
      .join(".*");
    re = new RegExp(`^${body}$`, "isu");
    cache.set(pattern, re);
  }
  return re;
}

export function matchesPattern(text: string, pattern: string): boolean {
  return compile(pattern.trim()).test(text.trim());
}

export function matchesAny(text: string, patterns: readonly string[]): boolean {
  return patterns.some((p) => matchesPattern(text, p));
}
