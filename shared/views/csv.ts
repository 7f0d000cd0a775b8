import { stringify } from "csv-stringify/sync";

/**
 * One CSV line a spreadsheet opens safely: a cell starting = + - @ is not run as a formula, and a cell
 * holding `;` or a tab is quoted, because Excel with Indonesian settings splits on `;`.
 */
export const csvLine = (cells: readonly (string | number)[]) => stringify([cells], { escape_formulas: true, quoted_match: /[;\t]/, record_delimiter: "\r\n" });

/** What spreadsheets need to read Indonesian names in UTF-8: a byte-order mark before the first line. */
export const CSV_BOM = "\uFEFF";
