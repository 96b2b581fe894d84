/**
 * Light or dark, as Office paints the task pane around us: Office.context.officeTheme gives the
 * colours of the current theme (Colorful, Dark Gray, Black, White, or the OS's dark mode).
 */

export interface OfficeThemeColors {
  bodyBackgroundColor?: string;
}

/** Relative luminance (sRGB, 0–1) of "#RRGGBB" or "#RGB"; undefined when it is not such a colour. */
export function luminance(color: string): number | undefined {
  let hex = color.trim().replace(/^#/, "");
  if (/^[0-9a-f]{3}$/i.test(hex)) hex = hex.replace(/./g, (c) => c + c);
  if (!/^[0-9a-f]{6}$/i.test(hex)) return undefined;
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** True when Office's body background is dark; light when Office says nothing (a plain browser). */
export function isDarkTheme(theme: OfficeThemeColors | null | undefined): boolean {
  const l = theme?.bodyBackgroundColor ? luminance(theme.bodyBackgroundColor) : undefined;
  return l !== undefined && l < 0.2;
}
