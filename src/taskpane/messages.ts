import type { Lang } from "../core/types";

/** Texts of the task pane shell; the views that replace it bring their own catalog entries. */
export interface ShellMessages {
  title: string;
  subtitle: string;
  outsideOffice: string;
}

export const SHELL_MESSAGES: Readonly<Record<Lang, ShellMessages>> = {
  "en-US": {
    title: "Cross-Border KPI",
    subtitle: "KPI templates, custom functions and bonus scorecards for cross-border sellers.",
    outsideOffice: "Open this page from Excel to work with a workbook.",
  },
  "zh-CN": {
    title: "Cross-Border KPI 跨境 KPI",
    subtitle: "面向跨境卖家的 KPI 模板、自定义函数与绩效奖金考核表。",
    outsideOffice: "请在 Excel 中打开本页面以操作工作簿。",
  },
  "es-MX": {
    title: "Cross-Border KPI",
    subtitle: "Plantillas de KPI, funciones personalizadas y tableros de bonos para vendedores transfronterizos.",
    outsideOffice: "Abra esta página desde Excel para trabajar con un libro.",
  },
};

/** Maps an Office or browser language tag (e.g. "zh-TW", "es-ES") to the nearest language we ship. */
export function pickLang(tag: string | null | undefined): Lang {
  const lower = (tag ?? "").toLowerCase();
  if (lower.startsWith("zh")) return "zh-CN";
  if (lower.startsWith("es")) return "es-MX";
  return "en-US";
}
