/**
 * The kpi-scorecard command (DESIGN §5): config → plan → xlsx. `main` returns the exit code and
 * writes only through the `io` it is given, so tests can run it in-process; bin/kpi-scorecard.js
 * calls it with the real process streams.
 */
import { readFileSync } from "node:fs";
import { isKpiError } from "../core/types";
import { parseTeamConfig, type TeamConfig } from "../plan/teamConfig";
import { planTeamWorkbook, planTemplateWorkbook } from "../plan/workbookPlan";
import type { WorkbookPlan } from "../plan/types";
import { renderXlsx } from "../render/xlsx/renderXlsx";
import demoTeam from "../../examples/demo-team.json";
import { parseArgs } from "./args";
import { HINT, USAGE, errorLine } from "./messages";
import { scoreTable, teamResultJson } from "./result";
import { writeFileAtomic } from "./writeAtomic";

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const processIO: CliIO = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** An expected failure with its one-line message and exit code. */
class CliFailure {
  constructor(
    readonly message: string,
    readonly code: number,
  ) {}
}

function readConfig(path: string): TeamConfig {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    throw new CliFailure(`--config: cannot read "${path}" (${code})`, EXIT_USAGE);
  }
  // Editors on Windows save UTF-8 with a byte-order mark; JSON.parse rejects it.
  const config = parseTeamConfig(text.replace(/^\uFEFF/, ""));
  if (isKpiError(config)) throw new CliFailure(`${path}: ${config.message}`, EXIT_USAGE);
  return config;
}

async function writeWorkbook(plan: WorkbookPlan, out: string): Promise<void> {
  const bytes = await renderXlsx(plan);
  try {
    writeFileAtomic(out, bytes);
  } catch (e) {
    throw new CliFailure(
      `--out: cannot write "${out}" (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
      EXIT_FAILURE,
    );
  }
}

async function run(argv: readonly string[], io: CliIO): Promise<number> {
  const parsed = parseArgs(argv);
  if (!parsed.ok) throw new CliFailure(`${parsed.error}; ${HINT}`, EXIT_USAGE);
  const command = parsed.command;
  switch (command.kind) {
    case "help":
      io.stdout(USAGE);
      return EXIT_OK;
    case "demo": {
      const config = parseTeamConfig(demoTeam);
      if (isKpiError(config)) throw new CliFailure(`demo team: ${config.message}`, EXIT_FAILURE);
      const { plan, team, scores } = planTeamWorkbook(config, command.lang);
      await writeWorkbook(plan, command.out);
      io.stdout(`${team.title}\n\n${scoreTable(scores, team.currency)}\nwrote ${command.out}\n`);
      return EXIT_OK;
    }
    case "build": {
      const config = readConfig(command.config);
      const { plan, team, scores } = planTeamWorkbook(config, command.lang);
      await writeWorkbook(plan, command.out);
      if (command.json) io.stdout(`${JSON.stringify(teamResultJson(scores), null, 2)}\n`);
      else io.stdout(`${scoreTable(scores, team.currency)}\nwrote ${command.out}\n`);
      return EXIT_OK;
    }
    case "template": {
      const plan = planTemplateWorkbook(command.region, command.roles, command.lang);
      await writeWorkbook(plan, command.out);
      io.stdout(`wrote ${command.out}\n`);
      return EXIT_OK;
    }
  }
}

/** Runs the command line; resolves to the exit code. Expected failures print one line on stderr. */
export async function main(argv: readonly string[], io: CliIO = processIO): Promise<number> {
  try {
    return await run(argv, io);
  } catch (e) {
    if (e instanceof CliFailure) {
      io.stderr(errorLine(e.message));
      return e.code;
    }
    io.stderr(errorLine(`unexpected error: ${(e as Error).message ?? String(e)}`));
    return EXIT_FAILURE;
  }
}
