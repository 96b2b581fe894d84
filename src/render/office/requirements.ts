/**
 * Requirement-set checks. The manifest declares a low ExcelApi baseline, so newer features are used
 * only where the host says it has them. The check is injectable so tests can play any host.
 */

export type IsSetSupported = (name: string, minVersion: string) => boolean;

/** `Office.context.requirements.isSetSupported`, or "no" outside Office (nothing optional is used). */
export const officeIsSetSupported: IsSetSupported = (name, minVersion) => {
  if (typeof Office === "undefined") return false;
  const requirements = Office.context?.requirements;
  if (!requirements || typeof requirements.isSetSupported !== "function") return false;
  try {
    return requirements.isSetSupported(name, minVersion) === true;
  } catch {
    return false;
  }
};

/** ExcelApi versions behind each optional feature (from the @types/office-js remarks). */
export const API = {
  namedRanges: "1.4", // NamedItemCollection.add
  suspendCalculation: "1.6",
  conditionalFormats: "1.6",
  chartSeries: "1.7", // ChartSeriesCollection.add, setValues, setXAxisValues
  freezePanes: "1.7",
  tabColor: "1.7",
  dataValidation: "1.8",
  columnWidth: "1.2", // RangeFormat.columnWidth
  suspendScreenUpdating: "1.9",
  autoFill: "1.9", // Range.autoFill: a formula row filled down instead of sent cell by cell
  rowHeight: "1.2", // RangeFormat.rowHeight
  hideColumns: "1.2", // Range.columnHidden
  pageLayout: "1.9", // Worksheet.pageLayout: orientation, zoom, print area, print titles
  outline: "1.10", // Range.group, Range.hideGroupDetails
} as const;

export type Feature = keyof typeof API;

/** Memoised per render: each ExcelApi version is asked once. */
export function featureChecker(isSetSupported: IsSetSupported): (feature: Feature) => boolean {
  const cache = new Map<string, boolean>();
  return (feature) => {
    const version = API[feature];
    let supported = cache.get(version);
    if (supported === undefined) {
      supported = isSetSupported("ExcelApi", version);
      cache.set(version, supported);
    }
    return supported;
  };
}
