/**
 * The scorecard: People and Inputs (the only cells a person types into), the Scorecard (tblScorecard,
 * a row per person × KPI) and the Summary (tblSummary, a row per person, and a chart). Every cell of
 * the two tables is a native formula over the inputs that computes what core/scoring computes
 * (DESIGN §3); each formula carries the core's value as its cached result.
 *
 * Formulas use plain A1 references and classic functions only (LibreOffice 7.4 reads structured
 * references poorly). People are matched by name with SUMPRODUCT((range=name)*…), not SUMIF/COUNTIFS:
 * criteria functions read "*", "?", "~" and a leading "=", "<", ">" in a name as patterns/operators.
 *
 * Right of tblScorecard, past one empty column (so that no host grows the table over them), helper
 * columns read a row's polarity, gate flag, cap in effect and target validity from the inputs ONCE;
 * Weight, Attainment and Status use those cells of their own row. Written out in every row, the inputs
 * references made Attainment and Status ~450 characters each, and the 500 × 12 scorecard 7–8 MB of
 * formulas: more than the Office renderer's two 4 MB requests could carry with the other sheets.
 */
import {
  AMBER_AT,
  GREEN_AT,
  attainment,
  ruleComparator,
  trafficLight,
  type KpiLine,
  type Light,
  type ScoredKpi,
  type ScoringRules,
} from "../core/scoring";
import { REGION_INFO } from "../core/regions";
import { weightBeforeProfiles } from "../core/templates";
import { isKpiError, type Comparator, type Lang } from "../core/types";
import { ROLE_KEYS, translator, yesNo, type MessageKey } from "../i18n/messages";
import { a1, a1Abs, colLetter, formulaString, range } from "./a1";
import {
  BAD,
  FMT_PAYOUT,
  FMT_PERCENT,
  FMT_SCORE,
  FMT_WEIGHT,
  FMT_WEIGHTED,
  GOOD,
  MUTED,
  STYLE_INPUT,
  STYLE_LABEL,
  STYLE_NOTE,
  STYLE_TITLE,
  WARN,
  columnRange,
  currencyFormat,
  formatRuns,
  trafficLightRules,
  unitFormat,
  wordRules,
} from "./formats";
import {
  attainmentOfValidExpr,
  capExpr,
  gateRuleExpr,
  polarityList,
  scorablePolarityExpr,
  sheetPolarityWords,
  SCORED_POLARITY,
} from "./formulas";
import { PRINT_WIDE } from "./layout";
import { sheetRef } from "./sheetRefs";
import { KPIS_SHEET_KEY } from "./kpisPlan";
import type { MemberScore, Team, TeamLine, TeamMember } from "./team";
import type { CellValue, ConditionalRule, PlanCell, SheetPlan } from "./types";
import { ROLES, REGIONS, type Role } from "../core/types";
import { DEFAULT_STAGE, STAGES } from "../core/weightProfiles";
import { profilesText, stageWord, weightFormula } from "./weightsPlan";

export const SHEET_KEYS = { summary: "summary", scorecard: "scorecard", inputs: "inputs", people: "people" } as const;
export const TABLES = {
  scorecard: "tblScorecard",
  summary: "tblSummary",
  inputs: "tblInputs",
  people: "tblPeople",
} as const;

/** Column order of tblInputs (zero-based). */
export const INPUT_COL = {
  person: 0,
  region: 1,
  role: 2,
  kpiId: 3,
  kpi: 4,
  polarity: 5,
  gate: 6,
  target: 7,
  /** a gate's comparator (`<`, `<=`, `>`, `>=`), beside its threshold; blank for weighted KPIs */
  rule: 8,
  actual: 9,
  weight: 10,
  cap: 11,
} as const;

/** Column order of tblScorecard (zero-based); the headers are DESIGN §5's. */
export const SCORE_COL = {
  person: 0,
  region: 1,
  role: 2,
  kpiId: 3,
  kpi: 4,
  target: 5,
  actual: 6,
  weight: 7,
  attainment: 8,
  weighted: 9,
  status: 10,
} as const;

/**
 * Helper columns right of tblScorecard (zero-based; column L stays empty): derived from the inputs row,
 * visible with a muted header so the attainment formulas that use them can be audited.
 */
export const SCORE_HELPER_COL = { polarity: 12, gate: 13, cap: 14, valid: 15, rule: 16 } as const;

export const SUMMARY_COL = { person: 0, region: 1, role: 2, score: 3, gates: 4, payout: 5, bonus: 6 } as const;

/** Header row of tblSummary on its sheet (rows above hold the title and period). */
export const SUMMARY_HEADER_ROW = 3;

const SCORECARD_HEADERS: readonly MessageKey[] = [
  "col.person",
  "col.region",
  "col.role",
  "col.kpiId",
  "col.kpi",
  "col.target",
  "col.actual",
  "col.weight",
  "col.attainment",
  "col.weighted",
  "col.status",
];
const SCORECARD_HELPER_HEADERS: readonly MessageKey[] = [
  "col.polarity",
  "col.gate",
  "col.effectiveCap",
  "col.targetValid",
  "col.comparator",
];
const SUMMARY_HEADERS: readonly MessageKey[] = [
  "col.person",
  "col.region",
  "col.role",
  "col.score",
  "col.gates",
  "col.payout",
  "col.bonus",
];
const INPUT_HEADERS: readonly MessageKey[] = [
  "col.person",
  "col.region",
  "col.role",
  "col.kpiId",
  "col.kpi",
  "col.polarity",
  "col.gate",
  "col.target",
  "col.comparator",
  "col.actual",
  "col.weight",
  "col.cap",
];
/**
 * Column order of tblPeople (zero-based). Store stage, SKUs and Campaigns carry the config's `stage`,
 * `skus` and `campaigns` into the workbook, where the task pane reads them back (the Scorecard view's
 * people, the Data view's patterns) and a template person's Inputs weights read the stage.
 */
export const PEOPLE_COL = {
  person: 0,
  region: 1,
  role: 2,
  baseBonus: 3,
  stage: 4,
  skus: 5,
  campaigns: 6,
} as const;

const PEOPLE_HEADERS: readonly MessageKey[] = [
  "col.person",
  "col.region",
  "col.role",
  "col.baseBonus",
  "col.stage",
  "col.skus",
  "col.campaigns",
];

const LIGHT_STATUS: Readonly<Record<Light, MessageKey>> = {
  green: "status.onTrack",
  amber: "status.atRisk",
  red: "status.offTrack",
};

/** The status word key of a scored KPI; the Status formula computes the same word. */
export function statusKey(k: ScoredKpi): MessageKey {
  if (k.gate) return k.passed ? "status.pass" : "status.fail";
  if (k.error !== null) return "status.invalidTarget";
  if (k.missing) return "status.missing";
  return LIGHT_STATUS[trafficLight(k.attainment)];
}

/**
 * A typed gate flag as TRUE/FALSE: TRUE for the sheet's yes word (what the Inputs show) or TRUE (typed,
 * or an older workbook). One reference to the cell, through an array constant (each reference to the
 * Inputs costs ~20 bytes × 6,000 rows of the Office request budget); text compared with TRUE is FALSE
 * in both engines.
 */
function gateFlagExpr(cell: string, lang: Lang): string {
  return `OR(${cell}={TRUE,${formulaString(yesNo(lang, true))}})`;
}

const ROW = "\u0000";
const templateCache = new Map<Lang, string[][]>();

/**
 * The row formulas (tblScorecard's, then the helper columns') split at the row number: a 6,000-line
 * scorecard then costs one join per cell instead of rebuilding (and garbage-collecting) dozens of
 * intermediate strings per cell.
 */
function scorecardTemplates(lang: Lang): string[][] {
  let templates = templateCache.get(lang);
  if (templates === undefined) {
    templates = buildScorecardFormulas(ROW, lang).map((f) => f.split(ROW));
    templateCache.set(lang, templates);
  }
  return templates;
}

/**
 * The formulas of one scorecard row over the same row of tblInputs (A1 row `n`): the 11 cells of
 * tblScorecard, then the 4 helper cells (SCORE_HELPER_COL). Only the helpers and the plain copies
 * (Person … Actual, Weight) read the inputs; Attainment and Status read cells of their own row.
 */
function buildScorecardFormulas(n: string, lang: Lang): string[] {
  const t = translator(lang);
  const I = sheetRef(SHEET_KEYS.inputs);
  const inp = (col: number) => `${I}!$${colLetter(col)}${n}`;
  const own = (col: number) => `${colLetter(col)}${n}`;
  const p = own(SCORE_HELPER_COL.polarity);
  const gate = own(SCORE_HELPER_COL.gate);
  const cap = own(SCORE_HELPER_COL.cap);
  const valid = own(SCORE_HELPER_COL.valid);
  const rule = own(SCORE_HELPER_COL.rule);
  const tg = own(SCORE_COL.target);
  const ac = own(SCORE_COL.actual);
  const att = own(SCORE_COL.attainment);
  const word = (key: MessageKey) => formulaString(t(key));
  const tol = "1E-9";
  // The "target valid" helper reads the polarity (the sheet's word or the code) once, as 0/1/2
  // (scorablePolarityExpr); Attainment and Status read that code.
  const is = SCORED_POLARITY;
  return [
    `${inp(INPUT_COL.person)}&""`,
    `${inp(INPUT_COL.region)}&""`,
    `${inp(INPUT_COL.role)}&""`,
    `${inp(INPUT_COL.kpiId)}&""`,
    `${inp(INPUT_COL.kpi)}&""`,
    `IF(ISNUMBER(${inp(INPUT_COL.target)}),${inp(INPUT_COL.target)},"")`,
    // A blank (or non-numeric) actual is missing: "" here, 0 attainment, status "missing".
    `IF(ISNUMBER(${inp(INPUT_COL.actual)}),${inp(INPUT_COL.actual)},"")`,
    // N(): the number, or 0 for text and blanks; short, as 6,000 rows must fit two requests
    `IF(${gate},0,N(${inp(INPUT_COL.weight)}))`,
    // A gate has no attainment: it passes or fails (Status); its Weighted is 0 so the sums stay numeric.
    `IF(${gate},"",${attainmentOfValidExpr(valid, valid, tg, ac, cap, is)})`,
    `${own(SCORE_COL.weight)}*N(${att})`, // a gate weighs 0 and its "" attainment is N("") = 0
    // A gate passes only with a valid target, an actual and the actual on the right side (an invalid
    // target or a missing actual fails it); a weighted KPI: invalid target, then missing, then the
    // traffic light.
    // (AND evaluates every argument; comparing "" or a text target with a number is FALSE or TRUE, never
    // an error, and the first two arguments decide then.)
    `IF(${own(SCORE_COL.person)}="","",IF(${gate},IF(AND(${valid},${ac}<>"",${gateRuleExpr(rule, valid, ac, tg, is)}),${word("status.pass")},${word("status.fail")}),` +
      `IF(${valid},IF(${ac}="",${word("status.missing")},` +
      `IF(${att}>=${GREEN_AT}-${tol},${word("status.onTrack")},IF(${att}>=${AMBER_AT}-${tol},${word("status.atRisk")},${word("status.offTrack")}))),` +
      `${word("status.invalidTarget")})))`,
    // helpers
    `${inp(INPUT_COL.polarity)}&""`,
    gateFlagExpr(inp(INPUT_COL.gate), lang),
    capExpr(inp(INPUT_COL.cap)),
    scorablePolarityExpr(p, tg, sheetPolarityWords(lang)),
    // The typed rule as text; Status reads a blank as the polarity's inclusive comparator (DESIGN §3).
    `${inp(INPUT_COL.rule)}&""`,
  ];
}

/** The comparator a gate line is judged by: its own, else its polarity's inclusive one. */
function lineRule(line: KpiLine): Comparator | null {
  return ruleComparator(line.comparator ?? line.polarity);
}

/** The rule helper's cached value: what the Rule cell holds as text ("" when blank). */
function ruleCell(line: KpiLine): string {
  return line.gate ? (lineRule(line) ?? "") : "";
}

/**
 * Capacity for lines and people typed below the build's last row: their scorecard and summary
 * formulas are written in advance (blank while the inputs row is blank), so a typed row is scored and
 * summed on recalculation in any engine; the Inputs and People sheets say how many blank rows are left.
 */
export const SPARE_LINES = 100;
const CHART_COLS = 8;
const CHART_ROWS = 16;
export const SPARE_PEOPLE = 20;

/**
 * A line's Inputs weight: for a person on the template (member.profiles set), a formula over the
 * Weights table (weightsPlan.weightFormula) from the template's weight before the profiles (core
 * weightBeforeProfiles); a gate or a person's own KPIs, the value.
 */
function weightCell(member: TeamMember, line: TeamLine, row: number, stage: string): PlanCell {
  if (member.profiles === undefined || line.gate) return line.weight;
  const base = weightBeforeProfiles(line.weight, line.id, member.profiles);
  const formula = weightFormula(base, stage, row, {
    region: INPUT_COL.region,
    role: INPUT_COL.role,
    kpiId: INPUT_COL.kpiId,
  });
  return { formula, result: line.weight };
}

/** What the scorecard row of a blank inputs row computes: blanks, zero weights. */
const SPARE_RESULTS: readonly CellValue[] = ["", "", "", "", "", "", "", 0, 0, 0, ""];
/** …and its helpers: no polarity, not a gate, the default cap (filled in per team), invalid target (0), no rule. */
const SPARE_HELPER_RESULTS: readonly CellValue[] = ["", false, null, 0, ""];

/** General number format for the blank lines, whose unit is unknown until a KPI ID is typed. */
const FMT_GENERAL = "General";

const spareCache = new Map<Lang, Map<number, string[]>>();

/**
 * The formulas of a blank Inputs row (split at the row number): the KPI's name, polarity, gate flag and
 * rule follow from the KPI ID typed in column D, looked up in the KPI catalog sheet (first column the
 * ID; name 2nd, polarity 6th as the sheet's word, gate 7th as the yes/no word, rule 14th). The gate
 * shows as that word too; blank while no KPI ID is typed.
 */
function spareInputTemplates(lang: Lang): Map<number, string[]> {
  let m = spareCache.get(lang);
  if (m !== undefined) return m;
  const t = translator(lang);
  const K = `${sheetRef(KPIS_SHEET_KEY)}!$A:$N`;
  const id = `$${colLetter(INPUT_COL.kpiId)}${ROW}`;
  const look = (col: number) => `VLOOKUP(${id},${K},${col},0)`;
  m = new Map<number, string[]>(
    [
      [INPUT_COL.kpi, `IF(${id}="","",IFERROR(${look(2)}&"",""))`],
      [INPUT_COL.polarity, `IF(${id}="","",IFERROR(${look(6)}&"",""))`],
      [
        INPUT_COL.gate,
        `IF(${id}="","",IFERROR(IF(${look(7)}=${formulaString(t("label.yes"))},${formulaString(t("label.yes"))},${formulaString(t("label.no"))}),""))`,
      ],
      [INPUT_COL.rule, `IF(${id}="","",IFERROR(${look(14)}&"",""))`],
    ].map(([c, f]) => [c as number, (f as string).split(ROW)]),
  );
  spareCache.set(lang, m);
  return m;
}

/** The "no cap" of capExpr. */
const NO_CAP = 1e307;

/** What the helper formulas compute for a line, as the core sees it: their cached results. */
function helperResults(line: KpiLine, rules: ScoringRules, lang: Lang): CellValue[] {
  const { polarity, target } = line;
  const valid = !isKpiError(attainment(0, target, polarity));
  const scorable = valid ? (polarity === "higher" ? 1 : 2) : 0;
  const word = sheetPolarityWords(lang)[polarity];
  return [word, line.gate, line.cap ?? rules.cap ?? NO_CAP, scorable, ruleCell(line)];
}

/** The formulas of one tblSummary row (A1 row `n`) for the person on People row `peopleRow`, over scorecard rows 2..`lastRow`. */
export function summaryRowFormulas(n: number, peopleRow: number, lastRow: number, lang: Lang): string[] {
  const t = translator(lang);
  const P = sheetRef(SHEET_KEYS.people);
  const S = sheetRef(SHEET_KEYS.scorecard);
  const col = (c: number) => `${S}!$${colLetter(c)}$2:$${colLetter(c)}$${lastRow}`;
  const me = `(${col(SCORE_COL.person)}=${a1(n - 1, SUMMARY_COL.person)})`;
  const sumW = `SUMPRODUCT(${me}*${col(SCORE_COL.weight)})`;
  const sumWA = `SUMPRODUCT(${me}*${col(SCORE_COL.weighted)})`;
  const fail = formulaString(t("status.fail"));
  const gates = a1(n - 1, SUMMARY_COL.gates);
  const score = a1(n - 1, SUMMARY_COL.score);
  const tier = `IFERROR(LOOKUP(${score}+1E-9,kpi_tier_min,kpi_tier_payout),0)`;
  // A row of the People table left blank (capacity for a person added later) stays blank here.
  const ifPerson = (f: string) => `IF(${P}!$A$${peopleRow}="","",${f})`;
  return [
    `${P}!$A$${peopleRow}&""`,
    `${P}!$B$${peopleRow}&""`,
    `${P}!$C$${peopleRow}&""`,
    ifPerson(`IF(${sumW}=0,0,${sumWA}/${sumW})`),
    ifPerson(`IF(SUMPRODUCT(${me}*(${col(SCORE_COL.status)}=${fail}))=0,${formulaString(t("status.pass"))},${fail})`),
    // Same 1E-9 as TIER_TOLERANCE: a score of 0.8999999999999999 earns the 0.9 tier. A failed gate
    // caps the payout (DESIGN §3): never more than passing would pay.
    ifPerson(`IF(${gates}=${fail},MIN(kpi_gate_fail_payout,${tier}),${tier})`),
    ifPerson(`IF(ISNUMBER(${P}!$D$${peopleRow}),${P}!$D$${peopleRow},0)*${a1(n - 1, SUMMARY_COL.payout)}`),
  ];
}

function statusColours(lang: Lang) {
  const t = translator(lang);
  return wordRules([
    { word: t("status.onTrack"), style: GOOD },
    { word: t("status.pass"), style: GOOD },
    { word: t("status.atRisk"), style: WARN },
    { word: t("status.offTrack"), style: BAD },
    { word: t("status.fail"), style: BAD },
    { word: t("status.invalidTarget"), style: BAD },
    { word: t("status.missing"), style: MUTED },
  ]);
}

/**
 * Summary colours by payout tier (formula rules, relative to the range's first row `firstRow`, A1):
 * full payout or more green, a partial payout amber, nothing paid red.
 */
function payoutColours(firstRow: number): ConditionalRule[] {
  const payout = `$${colLetter(SUMMARY_COL.payout)}${firstRow}`;
  return [
    { kind: "formula", formula: `AND(ISNUMBER(${payout}),${payout}>=1)`, style: GOOD },
    { kind: "formula", formula: `AND(ISNUMBER(${payout}),${payout}>0,${payout}<1)`, style: WARN },
    { kind: "formula", formula: `AND(ISNUMBER(${payout}),${payout}<=0)`, style: BAD },
  ];
}

export interface ScorecardSheets {
  people: SheetPlan;
  inputs: SheetPlan;
  scorecard: SheetPlan;
  summary: SheetPlan;
}

export interface ScorecardOptions {
  /**
   * Per person and line (team order), the Inputs Actual as a formula (no "=") instead of the typed
   * value: an imported actual over the Data sheet (dataPlan.ts); the line's actual is its cached result.
   */
  actualFormulas?: readonly (readonly (string | undefined)[])[];
  /**
   * Per person and line, the Inputs Target as a formula (no "="): a share of the period's month target
   * over the phasing sheet (DESIGN §9, annualTargetsPlan.ts); the line's target is its cached result.
   */
  targetFormulas?: readonly (readonly (string | undefined)[])[];
}

/** Plans People, Inputs, Scorecard and Summary for a resolved team and its core scores. */
export function planScorecard(
  team: Team,
  scores: readonly MemberScore[],
  lang: Lang,
  options: ScorecardOptions = {},
): ScorecardSheets {
  const t = translator(lang);
  const headers = (keys: readonly MessageKey[]) => keys.map((k) => t(k));
  const roleWord = (role: Role) => t(ROLE_KEYS[role]);
  const roleList = ROLES.map(roleWord);
  const polarityWord = sheetPolarityWords(lang);

  // ---------- People ----------
  const peopleRows: PlanCell[][] = [headers(PEOPLE_HEADERS)];
  for (const m of team.people)
    peopleRows.push([
      m.name,
      m.region,
      roleWord(m.role),
      m.baseBonus,
      stageWord(m.stage ?? DEFAULT_STAGE, lang),
      m.skus?.join(", ") ?? null,
      m.campaigns?.join(", ") ?? null,
    ]);
  for (let i = 0; i < SPARE_PEOPLE; i++) peopleRows.push(PEOPLE_HEADERS.map(() => null));
  const nRealPeople = team.people.length;
  const nPeople = nRealPeople + SPARE_PEOPLE;
  const lastPeopleCol = PEOPLE_HEADERS.length - 1;
  const peopleLeft = `COUNTBLANK(A${nRealPeople + 2}:A${nPeople + 1})`;
  const people: SheetPlan = {
    key: SHEET_KEYS.people,
    name: t("sheet.people"),
    blocks: [
      { at: { row: 0, col: 0 }, cells: peopleRows },
      {
        at: { row: 0, col: PEOPLE_HEADERS.length + 1 },
        cells: [
          [
            {
              formula: `${formulaString(t("label.peopleLeft"))}&${peopleLeft}`,
              result: `${t("label.peopleLeft")}${SPARE_PEOPLE}`,
            },
          ],
        ],
      },
    ],
    tables: [
      {
        name: TABLES.people,
        range: range(0, 0, nPeople, lastPeopleCol),
        headers: headers(PEOPLE_HEADERS),
        style: "TableStyleMedium2",
      },
    ],
    numberFormats: [{ range: columnRange(1, nPeople, PEOPLE_COL.baseBonus), format: currencyFormat(team.currency) }],
    styles: [
      { range: range(1, PEOPLE_COL.baseBonus, nPeople, lastPeopleCol), style: STYLE_INPUT },
      // centred: left-aligned after the right-aligned bonus, "USD 3,000.00madurez" read as one word
      { range: columnRange(1, nPeople, PEOPLE_COL.stage), style: { align: "center" } },
    ],
    validations: [
      { range: columnRange(1, nPeople, PEOPLE_COL.region), list: [...REGIONS] },
      { range: columnRange(1, nPeople, PEOPLE_COL.role), list: roleList },
      { range: columnRange(1, nPeople, PEOPLE_COL.stage), list: STAGES.map((st) => stageWord(st, lang)) },
    ],
    columnWidths: { 0: 22, 1: 9, 2: 12, 3: 16, 4: 12, 5: 22, 6: 22 },
    freeze: { rows: 1, cols: 1 },
    // the people the build wrote; blank rows kept for additions do not print as empty pages
    print: { ...PRINT_WIDE, orientation: "portrait", area: range(0, 0, Math.max(1, nRealPeople), lastPeopleCol) },
  };

  // Which weight profile made each person's weights and why (DESIGN §9): a block right of the People
  // table, outside it (a text, not an input), the name repeated so a sorted table still reads right.
  const profileCol = PEOPLE_HEADERS.length + 3;
  people.blocks.push({
    at: { row: 0, col: profileCol },
    cells: [
      [t("col.person"), t("col.weightProfile")],
      ...team.people.map((m) => [m.name, profilesText(m.profiles, lang)]),
    ],
  });
  people.styles?.push({ range: range(0, profileCol, 0, profileCol + 1), style: STYLE_LABEL });
  // a template person's Inputs weights read their stage from tblPeople, by exact name
  const peopleSheet = sheetRef(SHEET_KEYS.people);
  const peopleColumn = (col: number, sheetPrefix = `${peopleSheet}!`) =>
    `${sheetPrefix}$${colLetter(col)}$2:$${colLetter(col)}$${nPeople + 1}`;
  const stageLookup = (name: string, sheetPrefix?: string) =>
    `IFERROR(LOOKUP(2,1/(${peopleColumn(PEOPLE_COL.person, sheetPrefix)}=${name}),` +
    `${peopleColumn(PEOPLE_COL.stage, sheetPrefix)}),"")`;
  const stageOf = (row: number) => stageLookup(`$${a1(row, INPUT_COL.person)}`);
  // The profile text is the build's: once a person's stage is edited the weights follow it but the
  // text does not, so it greys out, and the note under the block says to rebuild.
  if (nRealPeople > 0) {
    people.conditionalFormats = team.people.map((m, i) => ({
      range: range(i + 1, profileCol + 1, i + 1, profileCol + 1),
      rules: [
        {
          kind: "formula" as const,
          formula: `${stageLookup(a1Abs(i + 1, profileCol), "")}<>${formulaString(stageWord(m.stage ?? DEFAULT_STAGE, lang))}`,
          style: { italic: true, fontColor: "#A6A6A6" },
        },
      ],
    }));
    people.blocks.push({ at: { row: nRealPeople + 2, col: profileCol }, cells: [[t("label.profileStale")]] });
    people.styles?.push({ range: range(nRealPeople + 2, profileCol, nRealPeople + 2, profileCol), style: STYLE_NOTE });
  }

  // ---------- Inputs and Scorecard, row by row ----------
  const inputRows: PlanCell[][] = [headers(INPUT_HEADERS)];
  const scoreRows: PlanCell[][] = [headers(SCORECARD_HEADERS)];
  const helperRows: PlanCell[][] = [headers(SCORECARD_HELPER_HEADERS)];
  const nCols = SCORECARD_HEADERS.length;
  const valueFormats: string[] = [];
  const templates = scorecardTemplates(lang);
  for (let pi = 0; pi < team.people.length; pi++) {
    const { member, score } = scores[pi];
    for (let li = 0; li < member.lines.length; li++) {
      const line = member.lines[li];
      const scored = score.kpis[li];
      const n = inputRows.length + 1; // A1 row of this line on both sheets
      const kpiName = line.def.name[lang];
      const role = roleWord(member.role);
      const actualFormula = options.actualFormulas?.[pi]?.[li];
      const targetFormula = options.targetFormulas?.[pi]?.[li];
      inputRows.push([
        member.name,
        member.region,
        role,
        line.id,
        kpiName,
        polarityWord[line.polarity],
        yesNo(lang, line.gate),
        targetFormula === undefined ? line.target : { formula: targetFormula, result: line.target },
        line.gate ? lineRule(line) : null, // the same rule the core judged the gate by
        actualFormula === undefined ? line.actual : { formula: actualFormula, result: line.actual },
        weightCell(member, line, inputRows.length, stageOf(inputRows.length)),
        line.cap ?? null,
      ]);
      const row = String(n);
      const weight = line.weight;
      const results: CellValue[] = [
        member.name,
        member.region,
        role,
        line.id,
        kpiName,
        line.target,
        line.actual ?? "",
        weight,
        line.gate ? "" : scored.attainment,
        line.gate ? 0 : weight * scored.attainment,
        t(statusKey(scored)),
      ];
      const cells: PlanCell[] = new Array(nCols);
      for (let c = 0; c < nCols; c++) cells[c] = { formula: templates[c].join(row), result: results[c] };
      scoreRows.push(cells);
      const helpers = helperResults(line, team.rules, lang);
      const helperCells: PlanCell[] = new Array(helpers.length);
      for (let c = 0; c < helpers.length; c++)
        helperCells[c] = { formula: templates[nCols + c].join(row), result: helpers[c] };
      helperRows.push(helperCells);
      valueFormats.push(unitFormat(line.unit, REGION_INFO[member.region].currency));
    }
  }
  const firstSpare = inputRows.length; // zero-based row of the first blank line
  const spareTemplates = spareInputTemplates(lang);
  for (let i = 0; i < SPARE_LINES; i++) {
    const row = String(inputRows.length + 1);
    const inputCells: PlanCell[] = new Array(INPUT_HEADERS.length);
    for (let c = 0; c < INPUT_HEADERS.length; c++) {
      const f = spareTemplates.get(c);
      inputCells[c] = f === undefined ? null : { formula: f.join(row), result: "" };
    }
    inputRows.push(inputCells);
    const cells: PlanCell[] = new Array(nCols);
    for (let c = 0; c < nCols; c++) cells[c] = { formula: templates[c].join(row), result: SPARE_RESULTS[c] };
    scoreRows.push(cells);
    const helperCells: PlanCell[] = new Array(SCORECARD_HELPER_HEADERS.length);
    for (let c = 0; c < helperCells.length; c++)
      helperCells[c] = {
        formula: templates[nCols + c].join(row),
        result: c === 2 ? (team.rules.cap ?? NO_CAP) : SPARE_HELPER_RESULTS[c],
      };
    helperRows.push(helperCells);
    valueFormats.push(FMT_GENERAL);
  }
  const nLines = inputRows.length - 1;
  const lastRow = nLines + 1; // A1 row of the last line (blank lines included)
  const inputsLeft = `COUNTBLANK(${colLetter(INPUT_COL.person)}${firstSpare + 1}:${colLetter(INPUT_COL.person)}${lastRow})`;

  const inputs: SheetPlan = {
    key: SHEET_KEYS.inputs,
    name: t("sheet.inputs"),
    blocks: [
      { at: { row: 0, col: 0 }, cells: inputRows },
      {
        at: { row: 0, col: INPUT_HEADERS.length + 1 },
        cells: [
          [t("label.inputsNote")],
          [
            {
              formula: `${formulaString(t("label.rowsLeft"))}&${inputsLeft}`,
              result: `${t("label.rowsLeft")}${SPARE_LINES}`,
            },
          ],
        ],
      },
    ],
    tables: [
      {
        name: TABLES.inputs,
        range: range(0, 0, nLines, INPUT_HEADERS.length - 1),
        headers: headers(INPUT_HEADERS),
        style: "TableStyleLight9",
      },
    ],
    numberFormats: [
      ...formatRuns(valueFormats, 1, INPUT_COL.target, INPUT_COL.actual),
      { range: columnRange(1, nLines, INPUT_COL.weight), format: FMT_WEIGHT },
      { range: columnRange(1, nLines, INPUT_COL.cap), format: FMT_PERCENT },
    ],
    styles: [
      { range: columnRange(1, nLines, INPUT_COL.actual), style: STYLE_INPUT },
      // a lone "<" right after a right-aligned target reads as part of it: the rule and gate columns centred
      { range: columnRange(0, nLines, INPUT_COL.rule), style: { align: "center" } },
      { range: columnRange(0, nLines, INPUT_COL.gate), style: { align: "center" } },
      { range: range(0, INPUT_HEADERS.length + 1, 1, INPUT_HEADERS.length + 1), style: STYLE_NOTE },
    ],
    validations: [
      { range: columnRange(1, nLines, INPUT_COL.polarity), list: polarityList(lang) },
      { range: columnRange(1, nLines, INPUT_COL.region), list: [...REGIONS] },
      { range: columnRange(1, nLines, INPUT_COL.role), list: roleList },
    ],
    columnWidths: { 0: 22, 1: 8, 2: 11, 3: 26, 4: 34, 5: 9, 6: 7, 7: 14, 8: 6, 9: 14, 10: 8, 11: 8, 13: 60 },
    freeze: { rows: 1, cols: 1 },
    print: { ...PRINT_WIDE, area: range(0, 0, Math.max(1, firstSpare - 1), INPUT_HEADERS.length - 1) },
  };

  const scorecard: SheetPlan = {
    key: SHEET_KEYS.scorecard,
    name: t("sheet.scorecard"),
    blocks: [
      { at: { row: 0, col: 0 }, cells: scoreRows },
      { at: { row: 0, col: SCORE_HELPER_COL.polarity }, cells: helperRows },
    ],
    // the helpers' header muted: derived cells, not part of the table
    styles: [
      { range: range(0, SCORE_HELPER_COL.polarity, 0, SCORE_HELPER_COL.rule), style: { ...MUTED, italic: true } },
    ],
    // derived cells for auditing: grouped and collapsed, so they neither clutter the screen nor print
    columnGroups: [{ from: SCORE_HELPER_COL.polarity - 1, to: SCORE_HELPER_COL.rule, collapsed: true }],
    tables: [
      {
        name: TABLES.scorecard,
        range: range(0, 0, nLines, SCORECARD_HEADERS.length - 1),
        headers: headers(SCORECARD_HEADERS),
        style: "TableStyleMedium2",
      },
    ],
    numberFormats: [
      ...formatRuns(valueFormats, 1, SCORE_COL.target, SCORE_COL.actual),
      { range: columnRange(1, nLines, SCORE_COL.weight), format: FMT_WEIGHT },
      { range: columnRange(1, nLines, SCORE_COL.attainment), format: FMT_PERCENT },
      { range: columnRange(1, nLines, SCORE_COL.weighted), format: FMT_WEIGHTED },
    ],
    conditionalFormats: [
      { range: columnRange(1, nLines, SCORE_COL.status), rules: statusColours(lang) },
      { range: columnRange(1, nLines, SCORE_COL.attainment), rules: trafficLightRules() },
    ],
    columnWidths: {
      0: 22,
      1: 8,
      2: 11,
      3: 26,
      4: 34,
      5: 14,
      6: 14,
      7: 8,
      8: 12,
      9: 10,
      10: 14,
      11: 3,
      12: 9,
      13: 7,
      14: 9,
      15: 9,
      16: 6,
    },
    freeze: { rows: 1, cols: 1 },
    print: { ...PRINT_WIDE, area: range(0, 0, Math.max(1, firstSpare - 1), SCORECARD_HEADERS.length - 1) },
    tabColor: "#2F5597",
  };

  // ---------- Summary ----------
  const top = SUMMARY_HEADER_ROW;
  const summaryRows: PlanCell[][] = [headers(SUMMARY_HEADERS)];
  for (let pi = 0; pi < team.people.length; pi++) {
    const { member, score, bonus } = scores[pi];
    const n = top + 2 + pi; // A1 row
    const f = summaryRowFormulas(n, pi + 2, lastRow, lang);
    const results: CellValue[] = [
      member.name,
      member.region,
      roleWord(member.role),
      score.score,
      t(score.gatesPassed ? "status.pass" : "status.fail"),
      score.payout,
      bonus,
    ];
    summaryRows.push(f.map((formula, c) => ({ formula, result: results[c] })));
  }
  for (let pi = nRealPeople; pi < nPeople; pi++) {
    const f = summaryRowFormulas(top + 2 + pi, pi + 2, lastRow, lang);
    summaryRows.push(f.map((formula) => ({ formula, result: "" })));
  }
  const bottom = top + nPeople;
  const chartBottom = top + Math.max(1, nRealPeople); // the chart shows the people the build wrote
  const chartCol = SUMMARY_HEADERS.length + 1;
  const summary: SheetPlan = {
    key: SHEET_KEYS.summary,
    name: t("sheet.summary"),
    blocks: [
      { at: { row: 0, col: 0 }, cells: [[team.title], [`${t("label.period")}: ${team.period}`]] },
      { at: { row: top, col: 0 }, cells: summaryRows },
    ],
    styles: [{ range: range(0, 0, 0, 0), style: STYLE_TITLE }],
    tables: [
      {
        name: TABLES.summary,
        range: range(top, 0, bottom, SUMMARY_HEADERS.length - 1),
        headers: headers(SUMMARY_HEADERS),
        style: "TableStyleMedium2",
      },
    ],
    numberFormats: [
      { range: columnRange(top + 1, bottom, SUMMARY_COL.score), format: FMT_SCORE },
      { range: columnRange(top + 1, bottom, SUMMARY_COL.payout), format: FMT_PAYOUT },
      { range: columnRange(top + 1, bottom, SUMMARY_COL.bonus), format: currencyFormat(team.currency) },
    ],
    conditionalFormats: [
      // Score and payout coloured by what is paid, not by the status bands: 82% pays 50% (amber), not red.
      { range: columnRange(top + 1, bottom, SUMMARY_COL.score), rules: payoutColours(top + 2) },
      { range: columnRange(top + 1, bottom, SUMMARY_COL.payout), rules: payoutColours(top + 2) },
      {
        range: columnRange(top + 1, bottom, SUMMARY_COL.gates),
        rules: wordRules([
          { word: t("status.pass"), style: GOOD },
          { word: t("status.fail"), style: BAD },
        ]),
      },
    ],
    charts: [
      {
        kind: "column",
        title: t("label.chartScore"),
        categories: columnRange(top + 1, chartBottom, SUMMARY_COL.person),
        series: [{ name: t("col.score"), values: columnRange(top + 1, chartBottom, SUMMARY_COL.score) }],
        anchor: { row: top, col: chartCol },
        widthCols: CHART_COLS,
        heightRows: CHART_ROWS,
        fallbackNote: t("label.chartNote"),
      },
    ],
    columnWidths: { 0: 22, 1: 8, 2: 11, 3: 10, 4: 10, 5: 10, 6: 16 },
    freeze: { rows: top + 1, cols: 1 },
    // the table of the people the build wrote and the chart beside it, on one page wide
    print: {
      ...PRINT_WIDE,
      area: range(0, 0, Math.max(top + nRealPeople, top + CHART_ROWS), chartCol + CHART_COLS - 1),
    },
    tabColor: "#2F5597",
  };

  return { people, inputs, scorecard, summary };
}
