/**
 * Data (report import, DESIGN §8): pick or drop the month's report files, or read a report pasted
 * into the active sheet; each is recognised by its header and listed with its kind, marketplace (a
 * picker where the file does not say: business report, FBA returns), header language, rows and
 * warnings. A file the importer refuses shows the CLI's one line, and nothing is applied while it is
 * in the list. Apply: in Excel the Data and Imports sheets are replaced and the imported actuals
 * become formulas over Data (typed ones kept); outside Excel the workbook is planned again with the
 * imports and downloaded.
 *
 * The files are a list, one entry per file (its name on a line of its own, cut with an ellipsis and
 * given whole in a tooltip; kind, marketplace, language and rows below; then its warnings), so the
 * view fits a 320 px pane without scrolling sideways.
 *
 * The period defaults to the workbook's (its Settings sheet's, read through the host), else to the
 * month before this one (data/period.ts). People's SKU and campaign patterns come from the people
 * table's optional SKUs / Campaigns columns (data/personPatterns.ts).
 *
 * Parsing and planning load on first use (the "import" chunk; ExcelJS only for an XLSX file). Each
 * file is read in stages (its bytes, then recognising and typing it), and while applying the people
 * table is read and the actuals worked out before the host writes: the progress bar is repainted
 * between stages (a frame and a macrotask), so a single large file shows where it is.
 */
import * as React from "react";
import { flushSync } from "react-dom";
import {
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  ProgressBar,
  Select,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { PLATFORM_NAMES } from "../../core/regions";
import type { Platform } from "../../core/types";
import type { ImportNotice, ParsedReport } from "../../import/types";
import { importNoticeText, reportWarnings } from "../../i18n/importWarnings";
import { TABLES } from "../../plan/scorecardPlan";
import { dataTranslator, kindKey, localeKey, type DataMessageKey } from "../data/dataMessages";
import type { FileResult, ReadStage } from "../data/importSession";
import { defaultPeriod, isPeriod, previousMonth } from "../data/period";
import { hostErrorText, type Pane } from "../pane";
import { Notice, useViewStyles, type NoticeKind } from "./common";

const loadSession = () => import(/* webpackChunkName: "import" */ "../data/importSession");

interface Entry {
  key: number;
  name: string;
  bytes: Uint8Array;
  result: FileResult;
}

interface Progress {
  /** 0–1; undefined: a step of unknown length */
  value?: number;
  text: string;
}

/** A file to read: its name and how to get its bytes. */
interface Source {
  name: string;
  read(): Promise<Uint8Array>;
}

let nextKey = 1;

/** The CLI's line without the file name its entry already shows. */
const reasonOf = (name: string, line: string): string =>
  line.startsWith(`${name}: `) ? line.slice(name.length + 2) : line;

const STAGES: readonly ReadStage[] = ["bytes", "parse"];
const stageKey = (stage: ReadStage): DataMessageKey => `stage_${stage}`;

const useStyles = makeStyles({
  files: { listStyle: "none", margin: 0, padding: 0, minWidth: 0 },
  file: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  head: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS, minWidth: 0 },
  name: {
    flexGrow: 1,
    minWidth: 0,
    overflow: "hidden",
    textOverflow: "ellipsis",
    whiteSpace: "nowrap",
    fontWeight: tokens.fontWeightSemibold,
  },
  facts: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    minWidth: 0,
  },
  picker: { minWidth: "12em", maxWidth: "100%" },
  warnings: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalL,
    color: tokens.colorPaletteDarkOrangeForeground1,
    overflowWrap: "anywhere",
  },
  refused: { color: tokens.colorPaletteRedForeground1, overflowWrap: "anywhere" },
  wrap: { overflowWrap: "anywhere" },
  period: { maxWidth: "16em" },
});

/** A File's bytes (FileReader where Blob.arrayBuffer is missing). */
function fileBytes(file: File): Promise<Uint8Array> {
  if (typeof file.arrayBuffer === "function") return file.arrayBuffer().then((b) => new Uint8Array(b));
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error ?? new Error(`cannot read ${file.name}`));
    reader.readAsArrayBuffer(file);
  });
}

/** The marketplaces a report's rows belong to (a file can span two; account health lists its own). */
function marketplacesOf(report: ParsedReport): Platform[] {
  if (report.marketplace !== null) return [report.marketplace];
  if (report.health !== undefined) return Object.keys(report.health) as Platform[];
  const seen: Platform[] = [];
  for (const r of report.records) if (r.marketplace !== null && !seen.includes(r.marketplace)) seen.push(r.marketplace);
  return seen;
}

export default function DataView({ pane }: { pane: Pane }): React.JSX.Element {
  const styles = useViewStyles();
  const own = useStyles();
  const { lang, t, host } = pane;
  const dt = React.useMemo(() => dataTranslator(lang), [lang]);
  const ids = React.useId();
  const picker = React.useRef<HTMLInputElement>(null);
  const [entries, setEntries] = React.useState<Entry[]>([]);
  const [period, setPeriod] = React.useState(() => previousMonth());
  /** where the period shown came from, until the person types one */
  const [periodSource, setPeriodSource] = React.useState<"workbook" | "previous" | "typed">("previous");
  const typed = React.useRef(false);
  const [reading, setReading] = React.useState<Progress>();
  const [applying, setApplying] = React.useState<Progress>();
  const [notice, setNotice] = React.useState<{ kind: NoticeKind; text: string }>();
  const busy = reading !== undefined || applying !== undefined;
  const settingsSheet = pane.lastBuild?.sheetNames.settings;

  // The month under review: the workbook's period when it names one (read again after a build).
  React.useEffect(() => {
    let live = true;
    void host.readPeriod(settingsSheet).then(
      (result) => {
        if (!live || typed.current || !result.ok || !isPeriod(result.value)) return;
        setPeriod(result.value.trim());
        setPeriodSource("workbook");
      },
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, [host, settingsSheet, pane.lastBuild]);

  /** Shows a step and lets the browser paint it before the work goes on. */
  const step = async (set: (p: Progress) => void, progress: Progress, yieldToUi: () => Promise<void>) => {
    flushSync(() => set(progress));
    await yieldToUi();
  };

  const addSources = async (sources: readonly Source[]) => {
    if (sources.length === 0) return;
    setNotice(undefined);
    const added: Entry[] = [];
    try {
      const total = sources.length;
      const at = (i: number, name: string, stage: ReadStage): Progress => ({
        value: (i + STAGES.indexOf(stage) / STAGES.length) / total,
        text: dt("readingStep", { done: i + 1, total, label: `${name} — ${dt(stageKey(stage))}` }),
      });
      flushSync(() => setReading(at(0, sources[0].name, "bytes")));
      const session = await loadSession();
      for (const [i, source] of sources.entries()) {
        await step(setReading, at(i, source.name, "bytes"), session.yieldToUi);
        let bytes: Uint8Array;
        try {
          bytes = await source.read();
        } catch (error) {
          const detail = error instanceof Error ? error.message : String(error);
          added.push({
            key: nextKey++,
            name: source.name,
            bytes: new Uint8Array(),
            result: { status: "bad", message: `${source.name}: cannot be read (${detail})` },
          });
          continue;
        }
        const result = await session.readReport(source.name, bytes, undefined, (stage) =>
          step(setReading, at(i, source.name, stage), session.yieldToUi),
        );
        added.push({ key: nextKey++, name: source.name, bytes, result });
      }
    } catch (error) {
      setNotice({
        kind: "error",
        text: t("failed", { detail: error instanceof Error ? error.message : String(error) }),
      });
    } finally {
      setReading(undefined);
    }
    // A file read again (same name) takes the place of the earlier one.
    setEntries((list) => [...list.filter((e) => !added.some((a) => a.name === e.name)), ...added]);
  };

  const onFiles = (files: FileList | null) => {
    const list = Array.from(files ?? []);
    void addSources(list.map((file) => ({ name: file.name, read: () => fileBytes(file) })));
  };

  const readSheet = async () => {
    const result = await host.readActiveSheet();
    if (!result.ok) {
      setNotice({
        kind: "error",
        text: hostErrorText(t, result, dt("sheetEmpty", { sheet: result.detail ?? "" })),
      });
      return;
    }
    const session = await loadSession();
    const file = session.sheetAsFile(result.value);
    await addSources([{ name: file.name, read: async () => file.bytes }]);
  };

  const label = async (key: number, marketplace: Platform) => {
    const entry = entries.find((e) => e.key === key);
    if (!entry) return;
    const session = await loadSession();
    const result = await session.readReport(entry.name, entry.bytes, marketplace);
    setEntries((list) => list.map((e) => (e.key === key ? { ...e, result } : e)));
  };

  const bad = entries.filter((e) => e.result.status === "bad");
  const unlabelled = entries.filter((e) => e.result.status === "unlabelled");
  const canApply = entries.length > 0 && bad.length === 0 && unlabelled.length === 0 && !busy;

  // Files that repeat an earlier one of the same kind, said under the later file (the importer is
  // loaded by then: it read them).
  const [overlaps, setOverlaps] = React.useState<ReadonlyMap<string, readonly ImportNotice[]>>(new Map());
  React.useEffect(() => {
    const reports = entries.flatMap((e) => (e.result.status === "ok" ? [e.result.report] : []));
    if (reports.length < 2) {
      setOverlaps(new Map());
      return;
    }
    let live = true;
    void loadSession().then((session) => {
      const notices = session.overlapNotices(reports, period.trim() || defaultPeriod(undefined));
      if (live) setOverlaps(new Map(reports.map((r, i) => [r.file, notices[i]])));
    });
    return () => {
      live = false;
    };
  }, [entries, period]);

  const apply = async () => {
    const read = entries.flatMap((e) => (e.result.status === "ok" ? [e.result.report] : []));
    setNotice(undefined);
    setApplying({ text: dt("stagePeople") });
    try {
      const session = await loadSession();
      // the Imports sheet says which files repeat each other, as `build --data` does
      const reports = session.withOverlaps(read, period.trim() || defaultPeriod(undefined));
      await step(setApplying, { text: dt("stagePeople") }, session.yieldToUi);
      const peopleTable = pane.lastBuild?.identifiers[TABLES.people] ?? TABLES.people;
      const people = await host.readTeam(peopleTable);
      if (!people.ok) {
        setNotice({ kind: "error", text: hostErrorText(t, people, dt("needPeople", { table: peopleTable })) });
        return;
      }
      await step(setApplying, { text: dt("stageActuals") }, session.yieldToUi);
      const team = session.teamImport(
        t("scorecardTitleDefault"),
        period.trim() || defaultPeriod(undefined),
        people.value,
        pane.settings,
        reports,
      );
      if (!team.ok) {
        setNotice({
          kind: "error",
          text:
            team.kind === "needPeople"
              ? dt("needPeople", { table: peopleTable })
              : dt("badTeam", { detail: team.detail }),
        });
        return;
      }
      const result = await host.applyImport(
        {
          reports,
          config: team.config,
          actuals: team.actuals,
          lang,
          inputsTable: pane.lastBuild?.identifiers[TABLES.inputs],
          settings: team.settings,
        },
        (done, total, label) =>
          setApplying({ value: total > 0 ? done / total : undefined, text: dt("readingStep", { done, total, label }) }),
      );
      if (!result.ok) {
        setNotice({ kind: "error", text: hostErrorText(t, result) });
        return;
      }
      const v = result.value;
      const counts = { rows: v.dataRows, imported: v.imported, kept: v.kept, cleared: v.cleared };
      const applied = v.fileName
        ? dt("appliedBrowser", { file: v.fileName, ...counts })
        : dt("appliedOffice", { data: v.sheetNames.data, imports: v.sheetNames.imports, ...counts });
      const scoped = dt("scopedPeople", { count: team.scoped, total: team.config.people.length });
      const text = team.scoped > 0 ? `${applied} ${scoped}` : applied;
      setNotice({
        kind: "success",
        text: v.warnings.length > 0 ? `${text} ${t("warnings")}: ${v.warnings.join(" ")}` : text,
      });
    } catch (error) {
      setNotice({
        kind: "error",
        text: t("failed", { detail: error instanceof Error ? error.message : String(error) }),
      });
    } finally {
      setApplying(undefined);
    }
  };

  const progress = reading ?? applying;
  const number = (n: number) => n.toLocaleString(lang);

  const fileEntry = (e: Entry) => {
    const r = e.result;
    const nameId = `${ids}-file-${e.key}`;
    const shown = r.status !== "bad" && r.report.sheet !== undefined ? `${e.name} [${r.report.sheet}]` : e.name;
    const head = (
      <div className={own.head}>
        <span id={nameId} className={own.name} title={shown}>
          {shown}
        </span>
        <Button
          size="small"
          appearance="subtle"
          className={styles.remove}
          aria-label={dt("removeFile", { file: e.name })}
          onClick={() => setEntries((list) => list.filter((x) => x.key !== e.key))}
        >
          ×
        </Button>
      </div>
    );
    if (r.status === "bad") {
      return (
        <li key={e.key} className={own.file} aria-labelledby={nameId}>
          {head}
          <Caption1 className={own.refused}>{reasonOf(e.name, r.message)}</Caption1>
        </li>
      );
    }
    const report = r.report;
    const locale = localeKey(report.locale);
    const warnings = [
      ...reportWarnings(report, lang),
      ...(overlaps.get(report.file) ?? []).map((n) => importNoticeText(n, lang)),
    ];
    return (
      <li key={e.key} className={own.file} aria-labelledby={nameId}>
        {head}
        <div className={own.facts}>
          {r.status === "unlabelled" ? (
            <>
              <Body1>{dt(kindKey(report.kind))}</Body1>
              <Select
                size="small"
                className={own.picker}
                aria-label={dt("marketplaceOf", { file: e.name })}
                value=""
                onChange={(_, d) => void label(e.key, d.value as Platform)}
              >
                <option value="" disabled>
                  {dt("pickMarketplace")}
                </option>
                {r.options.map((p) => (
                  <option key={p} value={p}>
                    {PLATFORM_NAMES[p][lang]}
                  </option>
                ))}
              </Select>
            </>
          ) : (
            <Body1>
              {[dt(kindKey(report.kind)), ...marketplacesOf(report).map((p) => PLATFORM_NAMES[p][lang])].join(" · ")}
            </Body1>
          )}
        </div>
        <Caption1 className={styles.muted}>
          {dt("fileFacts", { locale: locale === undefined ? report.locale : dt(locale), rows: number(report.rows) })}
        </Caption1>
        {warnings.length > 0 ? (
          <ul className={own.warnings} aria-label={dt("colWarnings")}>
            {warnings.map((w, i) => (
              <li key={i}>
                <Caption1>{w}</Caption1>
              </li>
            ))}
          </ul>
        ) : null}
      </li>
    );
  };

  return (
    <section className={styles.view} aria-labelledby={`${ids}-intro`}>
      <Body1 id={`${ids}-intro`}>{dt("dataIntro")}</Body1>
      <div
        className={styles.row}
        data-testid="drop-zone"
        onDragOver={(e) => e.preventDefault()}
        onDrop={(e) => {
          e.preventDefault();
          onFiles(e.dataTransfer.files);
        }}
      >
        <input
          ref={picker}
          type="file"
          multiple
          hidden
          aria-label={dt("chooseFiles")}
          accept=".csv,.tsv,.txt,.xlsx,.json"
          onChange={(e) => {
            onFiles(e.target.files);
            e.target.value = "";
          }}
        />
        <Button appearance="primary" disabled={busy} onClick={() => picker.current?.click()}>
          {dt("chooseFiles")}
        </Button>
        {host.kind === "office" ? (
          <Button disabled={busy} onClick={readSheet}>
            {dt("readSheet")}
          </Button>
        ) : null}
        <Body1 className={styles.muted}>{dt("dropHere")}</Body1>
      </div>

      {progress ? (
        <Field
          label={reading ? dt("reading") : dt("applying")}
          validationState="none"
          validationMessage={<span className={own.wrap}>{progress.text}</span>}
        >
          <ProgressBar value={progress.value} max={1} />
        </Field>
      ) : null}

      {entries.length > 0 ? (
        <>
          <h2 className={styles.heading} id={`${ids}-files`}>
            {dt("files")}
          </h2>
          <ul className={own.files} aria-labelledby={`${ids}-files`}>
            {entries.map(fileEntry)}
          </ul>
        </>
      ) : null}

      {bad.length > 0 ? (
        <Notice kind="error">
          {dt("refused")}
          {bad.map((e) => (
            <div key={e.key}>{e.result.status === "bad" ? e.result.message : null}</div>
          ))}
        </Notice>
      ) : null}
      {unlabelled.length > 0 ? (
        <Notice kind="warning">{dt("needMarketplace", { count: unlabelled.length })}</Notice>
      ) : null}

      <Field
        className={own.period}
        label={dt("period")}
        hint={
          periodSource === "workbook"
            ? dt("periodFromWorkbook")
            : periodSource === "previous"
              ? dt("periodPrevious")
              : undefined
        }
      >
        <Input
          value={period}
          onChange={(_, d) => {
            typed.current = true;
            setPeriodSource("typed");
            setPeriod(d.value);
          }}
          placeholder="2026-11"
        />
      </Field>
      <div className={styles.row}>
        <Button appearance="primary" disabled={!canApply} onClick={apply}>
          {dt("apply")}
        </Button>
        {entries.length > 0 ? (
          <Button disabled={busy} onClick={() => setEntries([])}>
            {dt("clearFiles")}
          </Button>
        ) : null}
      </div>
      <Caption1 className={styles.muted}>{dt("patternsHint")}</Caption1>
      {notice ? <Notice kind={notice.kind}>{notice.text}</Notice> : null}
    </section>
  );
}
