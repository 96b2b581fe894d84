/**
 * ISO dates of the core calendar as Excel date serials, so a date a function returns is a real date
 * in the sheet (format it as a date, subtract it, compare it). The conversion, with Excel's 1900
 * leap-year quirk, is the core's `excelSerial`.
 */
export { excelSerial as isoToSerial } from "../core/calendar";
