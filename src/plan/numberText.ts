/**
 * A number as a sheet shows it under one of the plan's number format codes (plan/formats): enough of
 * Excel's format language to know how wide a value prints, not a general formatter. Covers quoted
 * literals ("USD "), thousands separators, fixed and optional decimals, percent, dates and General.
 */

/** Excel serial date → "yyyy-mm-dd"-shaped text (the width is what matters; 1900 system). */
function dateText(value: number, format: string): string {
  const date = new Date(Math.round((value - 25569) * 86400000));
  const pad = (n: number, w: number) => String(n).padStart(w, "0");
  return format
    .replace(/"[^"]*"/g, (q) => q.slice(1, -1))
    .replace(/yyyy/gi, pad(date.getUTCFullYear(), 4))
    .replace(/yy/gi, pad(date.getUTCFullYear() % 100, 2))
    .replace(/dd/gi, pad(date.getUTCDate(), 2))
    .replace(/mm/gi, pad(date.getUTCMonth() + 1, 2));
}

/** General: up to 11 characters, as Excel shows a number in a default-width column. */
function generalText(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e11) return String(value);
  if (Math.abs(value) >= 1e-4 && Math.abs(value) < 1e11) {
    for (let precision = 10; precision > 0; precision--) {
      const text = String(Number(value.toPrecision(precision)));
      if (text.length <= 11) return text;
    }
  }
  return value.toExponential(5);
}

function grouped(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

export function formatNumber(value: number, format: string): string {
  if (!Number.isFinite(value)) return "#NUM!";
  const sections = format.split(";");
  const negative = value < 0;
  const section = (negative && sections[1] !== undefined ? sections[1] : sections[0]).trim();
  if (section === "" || /^general$/i.test(section)) return generalText(value);
  const bare = section.replace(/"[^"]*"/g, "").replace(/\\./g, "");
  if (/[yd]/i.test(bare) || /m/i.test(bare.replace(/\[[^\]]*\]/g, ""))) return dateText(value, section);

  const percent = bare.includes("%");
  const decimalsPart = /\.([0#?]+)/.exec(bare)?.[1] ?? "";
  const minDecimals = (decimalsPart.match(/0/g) ?? []).length;
  const maxDecimals = decimalsPart.length;
  const shown = Math.abs(percent ? value * 100 : value);
  let digits = shown.toFixed(maxDecimals);
  if (maxDecimals > minDecimals) {
    // optional decimals (#): trailing zeros drop, down to the fixed ones; "3." keeps its point as Excel does
    const [int, frac = ""] = digits.split(".");
    let f = frac;
    while (f.length > minDecimals && f.endsWith("0")) f = f.slice(0, -1);
    digits = maxDecimals > 0 ? `${int}.${f}` : int;
  }
  const [intPart, fracPart] = digits.split(".");
  const intText = /[0#],[0#]/.test(bare) ? grouped(intPart) : intPart;
  const number = fracPart === undefined ? intText : `${intText}.${fracPart}`;

  // literals keep their place around the number: "USD "#,##0.00 → USD 1,234.50; 0.00"x" → 1.25x
  const firstDigit = section.search(/[0#?](?=(?:[^"]*"[^"]*")*[^"]*$)/);
  const before = section.slice(0, Math.max(0, firstDigit));
  const literal = (s: string) =>
    s
      .replace(/"([^"]*)"/g, "$1")
      .replace(/\\(.)/g, "$1")
      .replace(/[0#?,.%]/g, "");
  const tail = section.slice(firstDigit).replace(/^[0#?,.]+/, "");
  const sign = negative && sections[1] === undefined ? "-" : "";
  return `${sign}${literal(before)}${number}${percent ? "%" : ""}${literal(tail)}`;
}
