/**
 * The kpi-scorecard command (DESIGN §5): config → plan → xlsx. `main` returns the exit code and
 * writes only through the `io` it is given, so tests can run it in-process; bin/kpi-scorecard.js
 * calls it with the real process streams.
 */
import { readFileSync } from "node:fs";
import { Writable } from "node:stream";
import { setFlagsFromString } from "node:v8";
import { isKpiError } from "../core/types";
import { parseTeamConfig, type TeamConfig } from "../plan/teamConfig";
import { planTeamWorkbook, planTemplateWorkbook } from "../plan/workbookPlan";
import type { WorkbookPlan } from "../plan/types";
import { streamXlsx } from "../render/xlsx/streamXlsx";
import demoTeam from "../../examples/demo-team.json";
import { parseArgs } from "./args";
import { HINT, USAGE, errorLine } from "./messages";
import { scoreTable, teamResultJson } from "./result";
import { OutPathRefused, resolveOutTarget, writeStreamAtomic } from "./writeAtomic";
import { decodeConfigText, jsonErrorPosition } from "./configText";
import { kpiListing } from "./kpis";
import { runImport } from "./importCommand";
import { overlapLines, readBuildData, withSources } from "./buildData";
import { readPrevious, samePath } from "./previous";

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** raw bytes on stdout (`--out -`); resolves once they are handed to the stream */
  stdoutBytes?: (data: Uint8Array) => Promise<void>;
}

const processIO: CliIO = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stdoutBytes: (data) =>
    new Promise((resolve, reject) => process.stdout.write(data, (err) => (err ? reject(err) : resolve()))),
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
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    throw new CliFailure(`--config: cannot read "${path}" (${code})`, EXIT_USAGE);
  }
  const text = decodeConfigText(bytes);
  if (typeof text !== "string") throw new CliFailure(`${path}: ${text.problem}`, EXIT_USAGE);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (e) {
    const { line, column, message } = jsonErrorPosition((e as Error).message, text);
    const where = line === undefined ? path : `${path}:${line}:${column}`;
    throw new CliFailure(`${where}: invalid JSON: ${message}`, EXIT_USAGE);
  }
  const config = parseTeamConfig(value);
  if (isKpiError(config)) throw new CliFailure(`${path}: ${config.message}`, EXIT_USAGE);
  return config;
}

/** `--out`: "-" for stdout, else a new path or a regular file (checked before any work). */
function checkOut(out: string): void {
  if (out === "-") return;
  try {
    resolveOutTarget(out);
  } catch (e) {
    if (e instanceof OutPathRefused) throw new CliFailure(`--out: ${e.message}`, EXIT_USAGE);
    const code = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    throw new CliFailure(`--out: cannot write "${out}" (${code})`, EXIT_FAILURE);
  }
}

/** The workbook's bytes in memory, for stdout (compressed, a few MB even for a big team). */
async function workbookBytes(plan: WorkbookPlan): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  await streamXlsx(plan, sink);
  return Buffer.concat(chunks);
}

/**
 * Streamed (streamXlsx), so a 10,000-person team fits in well under 1 GB; the file appears whole or
 * not at all (writeStreamAtomic).
 */
async function writeWorkbook(plan: WorkbookPlan, out: string, io: CliIO): Promise<void> {
  if (out === "-") {
    const bytes = await workbookBytes(plan);
    if (io.stdoutBytes) await io.stdoutBytes(bytes);
    else io.stdout(bytes.toString("latin1"));
    return;
  }
  try {
    await writeStreamAtomic(out, (stream) => streamXlsx(plan, stream));
  } catch (e) {
    if (e instanceof OutPathRefused) throw new CliFailure(`--out: ${e.message}`, EXIT_USAGE);
    throw new CliFailure(
      `--out: cannot write "${out}" (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
      EXIT_FAILURE,
    );
  }
}

/** With `--out -` stdout holds the workbook, so the human report goes to stderr. */
function report(io: CliIO, out: string): (text: string) => void {
  return out === "-" ? io.stderr : io.stdout;
}

function wrote(out: string): string {
  return out === "-" ? "wrote the workbook to stdout\n" : `wrote ${out}\n`;
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
      checkOut(command.out);
      const { plan, team, scores } = planTeamWorkbook(config, command.lang);
      await writeWorkbook(plan, command.out, io);
      report(
        io,
        command.out,
      )(`${team.title}\n\n${scoreTable(scores, team.currency, command.lang)}\n${wrote(command.out)}`);
      return EXIT_OK;
    }
    case "build": {
      const config = readConfig(command.config);
      checkOut(command.out);
      // --data: every file read and checked before anything is written (DESIGN §8)
      const data = command.data.length === 0 ? undefined : await readBuildData(command.data, config);
      if (data !== undefined && !data.ok) throw new CliFailure(data.message, EXIT_USAGE);
      // --previous: last period's workbook, read (never written) before anything is written (DESIGN §9)
      if (command.previous !== undefined && samePath(command.previous, command.out)) {
        throw new CliFailure(
          `--out names the --previous workbook "${command.previous}"; write to another file`,
          EXIT_USAGE,
        );
      }
      const previous = command.previous === undefined ? undefined : await readPrevious(command.previous, config.period);
      if (previous !== undefined && !previous.ok) throw new CliFailure(previous.message, EXIT_USAGE);
      const { plan, team, scores, sources } = planTeamWorkbook(config, command.lang, {
        ...(data ? { imports: data.imports } : {}),
        ...(previous
          ? { history: { rows: [...previous.carried, ...previous.appended], comparePeriod: previous.period } }
          : {}),
      });
      await writeWorkbook(plan, command.out, io);
      for (const line of data ? overlapLines(data.imports.reports, command.lang) : []) io.stderr(errorLine(line));
      if (command.json) io.stdout(`${JSON.stringify(withSources(teamResultJson(scores), sources), null, 2)}\n`);
      else report(io, command.out)(`${scoreTable(scores, team.currency, command.lang)}\n${wrote(command.out)}`);
      return EXIT_OK;
    }
    case "template": {
      checkOut(command.out);
      const plan = planTemplateWorkbook(command.region, command.roles, command.lang, {
        period: command.period,
        stage: command.stage,
      });
      await writeWorkbook(plan, command.out, io);
      report(io, command.out)(wrote(command.out));
      return EXIT_OK;
    }
    case "kpis":
      io.stdout(kpiListing(command));
      return EXIT_OK;
    case "import": {
      const result = await runImport(command);
      if (!result.ok) throw new CliFailure(result.message, EXIT_USAGE);
      io.stdout(result.text);
      return EXIT_OK;
    }
  }
}

/**
 * The plan of a big team stays in memory while the workbook streams out, and the writer makes
 * garbage fast; V8's default lets the heap grow to about three times what is live before a full
 * collection (a 10,000-person build peaked at 1.4 GB for about 450 MB live). A fixed 20 % growth
 * keeps it under 700 MB at about the same speed (`npm run bench`, workbook.build.*). Only for the
 * real process: tests that run `main` in-process keep their runner's settings.
 */
function boundHeapGrowth(): void {
  setFlagsFromString("--heap-growing-percent=20");
}

/** Runs the command line; resolves to the exit code. Expected failures print one line on stderr. */
export async function main(argv: readonly string[], io: CliIO = processIO): Promise<number> {
  if (io === processIO) boundHeapGrowth();
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
