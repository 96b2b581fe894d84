/**
 * Data (report import, DESIGN §8): pick or drop the month's report files, or read a report pasted
 * into the active sheet; each is recognised by its header and listed with its kind, marketplace (a
 * picker where the file does not say: business report, FBA returns), header language, rows and
 * warnings. A file the importer refuses shows the CLI's one line, and nothing is applied while it is
 * in the list. Apply: in Excel the Data and Imports sheets are replaced and the imported actuals
 * become formulas over Data (typed ones kept); outside Excel the workbook is planned again with the
 * imports and downloaded.
 *
 * Parsing and planning load on first use (the "import" chunk; ExcelJS only for an XLSX file), and the
 * files are read one at a time with a pause between them, so the progress bar moves.
 */
import * as React from "react";
import { Body1, Button, Field, Input, ProgressBar, Select } from "@fluentui/react-components";
import { PLATFORM_NAMES } from "../../core/regions";
import type { Platform } from "../../core/types";
import type { ParsedReport } from "../../import/types";
import { TABLES } from "../../plan/scorecardPlan";
import { dataTranslator, kindKey, localeKey } from "../data/dataMessages";
import type { FileResult } from "../data/importSession";
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
  done: number;
  total: number;
  label: string;
}

/** A file to read: its name and how to get its bytes. */
interface Source {
  name: string;
  read(): Promise<Uint8Array>;
}

let nextKey = 1;

function currentPeriod(now = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}`;
}

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
  const { lang, t, host } = pane;
  const dt = React.useMemo(() => dataTranslator(lang), [lang]);
  const ids = React.useId();
  const picker = React.useRef<HTMLInputElement>(null);
  const [entries, setEntries] = React.useState<Entry[]>([]);
  const [period, setPeriod] = React.useState(currentPeriod);
  const [reading, setReading] = React.useState<Progress>();
  const [applying, setApplying] = React.useState<Progress>();
  const [notice, setNotice] = React.useState<{ kind: NoticeKind; text: string }>();
  const busy = reading !== undefined || applying !== undefined;

  const addSources = async (sources: readonly Source[]) => {
    if (sources.length === 0) return;
    setNotice(undefined);
    const added: Entry[] = [];
    try {
      setReading({ done: 0, total: sources.length, label: sources[0].name });
      const session = await loadSession();
      for (const [i, source] of sources.entries()) {
        setReading({ done: i, total: sources.length, label: source.name });
        await session.yieldToUi();
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
        added.push({ key: nextKey++, name: source.name, bytes, result: await session.readReport(source.name, bytes) });
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

  const apply = async () => {
    const reports = entries.flatMap((e) => (e.result.status === "ok" ? [e.result.report] : []));
    setNotice(undefined);
    setApplying({ done: 0, total: 1, label: dt("applying") });
    try {
      const peopleTable = pane.lastBuild?.identifiers[TABLES.people] ?? TABLES.people;
      const people = await host.readTeam(peopleTable);
      if (!people.ok) {
        setNotice({ kind: "error", text: hostErrorText(t, people, dt("needPeople", { table: peopleTable })) });
        return;
      }
      const session = await loadSession();
      const team = session.teamImport(
        t("scorecardTitleDefault"),
        period.trim() || currentPeriod(),
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
        (done, total, step) => setApplying({ done, total, label: step }),
      );
      if (!result.ok) {
        setNotice({ kind: "error", text: hostErrorText(t, result) });
        return;
      }
      const v = result.value;
      const counts = { rows: v.dataRows, imported: v.imported, kept: v.kept, cleared: v.cleared };
      const text = v.fileName
        ? dt("appliedBrowser", { file: v.fileName, ...counts })
        : dt("appliedOffice", { data: v.sheetNames.data, imports: v.sheetNames.imports, ...counts });
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
          validationMessage={dt("readingStep", {
            ...progress,
            done: reading ? Math.min(progress.done + 1, progress.total) : progress.done,
          })}
        >
          <ProgressBar value={progress.total > 0 ? progress.done / progress.total : undefined} max={1} />
        </Field>
      ) : null}

      {entries.length > 0 ? (
        <>
          <h2 className={styles.heading} id={`${ids}-files`}>
            {dt("files")}
          </h2>
          <table className={styles.table} aria-labelledby={`${ids}-files`}>
            <thead>
              <tr>
                <th scope="col">{dt("colFile")}</th>
                <th scope="col">{dt("colKind")}</th>
                <th scope="col">{dt("colMarketplace")}</th>
                <th scope="col">{dt("colLocale")}</th>
                <th scope="col" className={styles.num}>
                  {dt("colRows")}
                </th>
                <th scope="col">{dt("colWarnings")}</th>
                <th scope="col" className={styles.action} />
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => {
                const r = e.result;
                const remove = (
                  <td>
                    <Button
                      size="small"
                      appearance="subtle"
                      className={styles.remove}
                      aria-label={dt("removeFile", { file: e.name })}
                      onClick={() => setEntries((list) => list.filter((x) => x.key !== e.key))}
                    >
                      ×
                    </Button>
                  </td>
                );
                if (r.status === "bad") {
                  return (
                    <tr key={e.key}>
                      <td>{e.name}</td>
                      <td colSpan={5}>{r.message}</td>
                      {remove}
                    </tr>
                  );
                }
                const report = r.report;
                const locale = localeKey(report.locale);
                return (
                  <tr key={e.key}>
                    <td>{report.sheet === undefined ? e.name : `${e.name} [${report.sheet}]`}</td>
                    <td>{dt(kindKey(report.kind))}</td>
                    <td>
                      {r.status === "unlabelled" ? (
                        <Select
                          size="small"
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
                      ) : (
                        marketplacesOf(report)
                          .map((p) => PLATFORM_NAMES[p][lang])
                          .join(", ")
                      )}
                    </td>
                    <td>{locale === undefined ? report.locale : dt(locale)}</td>
                    <td className={styles.num}>{number(report.rows)}</td>
                    <td>{report.warnings.length === 0 ? dt("noWarnings") : report.warnings.join("; ")}</td>
                    {remove}
                  </tr>
                );
              })}
            </tbody>
          </table>
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

      <div className={styles.row}>
        <Field label={dt("period")}>
          <Input value={period} onChange={(_, d) => setPeriod(d.value)} placeholder="2026-11" />
        </Field>
        <Button appearance="primary" disabled={!canApply} onClick={apply}>
          {dt("apply")}
        </Button>
        {entries.length > 0 ? (
          <Button disabled={busy} onClick={() => setEntries([])}>
            {dt("clearFiles")}
          </Button>
        ) : null}
      </div>
      {notice ? <Notice kind={notice.kind}>{notice.text}</Notice> : null}
    </section>
  );
}
