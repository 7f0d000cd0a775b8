import type { ExportFormat } from "../app/progress-report.js";
import { statusNames } from "../domain/modules.js";
import { CSV_BOM, csvLine as line } from "./csv.js";

/** The progress matrix for spreadsheets: UTF-8 with a BOM so they read Indonesian names correctly. */
export const progressCsv: ExportFormat = {
  contentType: "text/csv; charset=utf-8",
  header: (modules, lang) => {
    const columns = lang === "id" ? ["ID peserta", "Nama pemilik", "Nama usaha", "Persen selesai", "Lulus kelas"] : ["Applicant ID", "Owner name", "Business name", "Percent complete", "Class completed"];
    return `${CSV_BOM}${line([...columns, ...modules.map((m) => m.title[lang])])}`;
  },
  rows: (modules, rows, lang) => rows.map((row) => {
    const statuses = new Map(row.progress.modules.map((m) => [m.moduleId, m.status]));
    const completed = row.progress.complete ? (lang === "id" ? "ya" : "yes") : lang === "id" ? "tidak" : "no";
    return line([row.applicantId, row.ownerName, row.businessName, row.progress.percent, completed, ...modules.map((m) => statusNames[statuses.get(m.moduleId)!][lang])]);
  }).join(""),
};
