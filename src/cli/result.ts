/**
 * The team's scores as the CLI reports them: the --json document of DESIGN §5 and the table the
 * demo prints. Both come from the core's scorePerson via scoreTeam, never from the sheet.
 */
import type { Currency, Lang } from "../core/types";
import { translator } from "../i18n/messages";
import { cliWords } from "./messages";
import type { MemberScore } from "../plan/team";
import { formatTable } from "./table";

export interface KpiResultJson {
  id: string;
  target: number;
  actual: number | null;
  weight: number;
  attainment: number;
  missing: boolean;
  gate: boolean;
  passed: boolean | null;
}

export interface PersonResultJson {
  name: string;
  region: string;
  role: string;
  score: number;
  gatesPassed: boolean;
  payout: number;
  bonus: number;
  kpis: KpiResultJson[];
}

export interface TeamResultJson {
  people: PersonResultJson[];
}

export function teamResultJson(scores: readonly MemberScore[]): TeamResultJson {
  return {
    people: scores.map(({ member, score, bonus }) => ({
      name: member.name,
      region: member.region,
      role: member.role,
      score: score.score,
      gatesPassed: score.gatesPassed,
      payout: score.payout,
      bonus,
      kpis: score.kpis.map((k) => ({
        id: k.id,
        target: k.target,
        actual: k.actual ?? null,
        weight: k.weight,
        attainment: k.attainment,
        missing: k.missing,
        gate: k.gate,
        passed: k.passed,
      })),
    })),
  };
}

function percent(x: number): string {
  return `${(x * 100).toFixed(1)}%`;
}

function money(x: number, currency: Currency): string {
  return `${currency} ${x.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
}

/** One row per person: Person, Region, Role, Score, Gates, Payout, Bonus. */
export function scoreTable(scores: readonly MemberScore[], currency: Currency, lang: Lang = "en-US"): string {
  const t = translator(lang);
  const header = ["col.person", "col.region", "col.role", "col.score", "col.gates", "col.payout", "col.bonus"].map(
    (k) => t(k as Parameters<typeof t>[0]),
  );
  const failed = cliWords(lang).gatesFailed;
  const rows = scores.map(({ member, score, bonus }) => [
    member.name,
    member.region,
    member.role,
    percent(score.score),
    score.gatesPassed ? t("status.pass") : failed,
    percent(score.payout),
    money(bonus, currency),
  ]);
  return formatTable(header, rows, new Set([3, 5, 6]));
}
