/**
 * Command-line arguments → a typed command, or a one-line error. Accepts "--opt value" and
 * "--opt=value"; unknown options and missing values are errors, not ignored.
 */
import { LANGS, REGIONS, ROLES, type Lang, type Region, type Role } from "../core/types";
import { STAGES, type Stage } from "../core/weightProfiles";

export type Command =
  | { kind: "help" }
  | { kind: "demo"; out: string; lang: Lang }
  | BuildCommand
  | TemplateCommand
  | KpisCommand
  | ImportCommand;

/** `build --config TEAM.json --out FILE.xlsx [--data [MARKETPLACE=]PATH]...` (DESIGN §5, §8). */
export interface BuildCommand {
  kind: "build";
  config: string;
  out: string;
  lang: Lang;
  json: boolean;
  /** report files or folders, labels still attached, in the order given (repeatable option) */
  data: string[];
  /** last period's workbook (DESIGN §9): its history is carried and its results appended; read only */
  previous?: string;
}

/** `import [MARKETPLACE=]FILE... [--json]` (DESIGN §8): the files as given, labels still attached. */
export interface ImportCommand {
  kind: "import";
  files: string[];
  lang: Lang;
  json: boolean;
}

export interface KpisCommand {
  kind: "kpis";
  region?: Region;
  role?: Role;
  lang: Lang;
  json: boolean;
}

/** `template --region R --role ROLES --out FILE [--period YYYY-MM] [--stage STAGE]`: weight profiles of §9. */
export interface TemplateCommand {
  kind: "template";
  region: Region;
  roles: Role[];
  out: string;
  lang: Lang;
  period?: string;
  stage?: Stage;
}

export type ParsedArgs = { ok: true; command: Command } | { ok: false; error: string };

export const DEFAULT_LANG: Lang = "zh-CN";

const VALUE_OPTIONS = ["out", "config", "lang", "region", "role", "data", "period", "stage", "previous"] as const;
/** Options that may be given more than once; their values are kept in order. */
const REPEATABLE = ["data"];
const FLAG_OPTIONS = ["json"] as const;
const COMMANDS = ["demo", "build", "template", "kpis", "import"] as const;
const ALLOWED: Record<(typeof COMMANDS)[number], readonly string[]> = {
  kpis: ["region", "role", "lang", "json"],
  demo: ["out", "lang"],
  build: ["config", "out", "lang", "json", "data", "previous"],
  template: ["region", "role", "out", "lang", "period", "stage"],
  import: ["lang", "json"],
};

class ArgError {
  constructor(readonly message: string) {}
}

function oneOf<T extends string>(value: string, allowed: readonly T[], option: string): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new ArgError(`--${option}: must be one of ${allowed.join(", ")} (got "${value}")`);
  }
  return value as T;
}

export function parseArgs(argv: readonly string[]): ParsedArgs {
  try {
    return { ok: true, command: parse(argv) };
  } catch (e) {
    if (e instanceof ArgError) return { ok: false, error: e.message };
    throw e;
  }
}

function parse(argv: readonly string[]): Command {
  if (argv.includes("--help") || argv.includes("-h") || argv[0] === "help") return { kind: "help" };
  const [name, ...rest] = argv;
  if (name === undefined) throw new ArgError("missing command (demo, build, template or kpis)");
  if (!(COMMANDS as readonly string[]).includes(name)) {
    throw new ArgError(`unknown command "${name}" (expected demo, build, template or kpis)`);
  }
  const command = name as (typeof COMMANDS)[number];
  const opts = new Map<string, string>();
  const files: string[] = [];
  const repeated = new Map<string, string[]>();
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (command === "import" && !arg.startsWith("--")) {
      files.push(arg);
      continue;
    }
    if (!arg.startsWith("--")) throw new ArgError(`unexpected argument "${arg}"`);
    const eq = arg.indexOf("=");
    const key = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
    if (!ALLOWED[command].includes(key)) {
      const known =
        (VALUE_OPTIONS as readonly string[]).includes(key) || (FLAG_OPTIONS as readonly string[]).includes(key);
      throw new ArgError(known ? `--${key} does not apply to "${name}"` : `unknown option --${key}`);
    }
    if (opts.has(key) && !REPEATABLE.includes(key)) throw new ArgError(`--${key} given twice`);
    if ((FLAG_OPTIONS as readonly string[]).includes(key)) {
      if (eq !== -1) throw new ArgError(`--${key} takes no value`);
      opts.set(key, "true");
      continue;
    }
    let value: string | undefined;
    if (eq !== -1) value = arg.slice(eq + 1);
    else {
      value = rest[i + 1];
      i++;
    }
    if (value === undefined || value === "" || (eq === -1 && value.startsWith("--"))) {
      throw new ArgError(`--${key} needs a value`);
    }
    opts.set(key, value);
    if (REPEATABLE.includes(key)) repeated.set(key, [...(repeated.get(key) ?? []), value]);
  }
  const required = (key: string): string => {
    const v = opts.get(key);
    if (v === undefined) throw new ArgError(`${name}: --${key} is required`);
    return v;
  };
  const lang = opts.has("lang") ? oneOf(opts.get("lang") as string, LANGS, "lang") : DEFAULT_LANG;
  switch (command) {
    case "kpis":
      return {
        kind: "kpis",
        region: opts.has("region") ? oneOf(opts.get("region") as string, REGIONS, "region") : undefined,
        role: opts.has("role") ? oneOf(opts.get("role") as string, ROLES, "role") : undefined,
        lang,
        json: opts.has("json"),
      };
    case "demo":
      return { kind: "demo", out: required("out"), lang };
    case "build":
      if (opts.has("json") && opts.get("out") === "-") {
        throw new ArgError("--json and --out - both write to stdout; give --out a file");
      }
      return {
        kind: "build",
        config: required("config"),
        out: required("out"),
        lang,
        json: opts.has("json"),
        data: repeated.get("data") ?? [],
        ...(opts.has("previous") ? { previous: opts.get("previous") as string } : {}),
      };
    case "template": {
      const region = oneOf(required("region"), REGIONS, "region");
      const roles = required("role")
        .split(",")
        .map((r) => r.trim())
        .filter((r) => r !== "")
        .map((r) => oneOf(r, ROLES, "role"));
      if (roles.length === 0) throw new ArgError("--role needs at least one role");
      const template: TemplateCommand = {
        kind: "template",
        region,
        roles: [...new Set(roles)],
        out: required("out"),
        lang,
      };
      const period = opts.get("period");
      if (period !== undefined) {
        if (!/^\d{4}-(?:0[1-9]|1[0-2])$/.test(period)) {
          throw new ArgError(`--period: must be YYYY-MM (month 01-12) (got "${period}")`);
        }
        template.period = period;
      }
      if (opts.has("stage")) template.stage = oneOf(opts.get("stage") as string, STAGES, "stage");
      return template;
    }
    case "import":
      if (files.length === 0) throw new ArgError("import: give at least one report file ([MARKETPLACE=]FILE)");
      return { kind: "import", files, lang, json: opts.has("json") };
  }
}
