import { describe, expect, it } from "vitest";
import { checkFile, MAX_FILE_BYTES, safeFileName } from "../../shared/domain/files.js";

describe("uploads", () => {
  it("accept every type the refusal message promises, under each of its usual extensions", () => {
    const promised: [contentType: string, fileName: string][] = [
      ["application/pdf", "proposal.pdf"],
      ["image/jpeg", "label.jpg"],
      ["image/jpeg", "label.jpeg"],
      ["image/png", "label.png"],
      ["image/webp", "label.webp"],
      ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "arus-kas.xlsx"],
      ["application/vnd.ms-excel", "arus-kas.xls"],
      ["application/vnd.oasis.opendocument.spreadsheet", "arus-kas.ods"],
      ["text/csv", "arus-kas.csv"],
    ];
    for (const [contentType, fileName] of promised) expect(checkFile({ contentType, fileName, size: 1_000 }), fileName).toBeUndefined();
  });

  it("read the media type and the extension without regard to case", () => {
    expect(checkFile({ contentType: "Application/PDF", fileName: "PROPOSAL.PDF", size: 1_000 })).toBeUndefined();
  });

  it("refuse other types, and a name whose extension does not match the type", () => {
    expect(checkFile({ contentType: "application/zip", fileName: "all.zip", size: 1_000 })).toBe("file_type_not_allowed");
    expect(checkFile({ contentType: "application/pdf", fileName: "setup.exe", size: 1_000 })).toBe("file_type_not_allowed");
    expect(checkFile({ contentType: "application/pdf", fileName: "proposal", size: 1_000 })).toBe("file_type_not_allowed");
  });

  it("may leave the name out: the type alone decides", () => {
    expect(checkFile({ contentType: "image/png", size: 1_000 })).toBeUndefined();
  });

  it("take at most 10 MB, inclusive", () => {
    expect(MAX_FILE_BYTES).toBe(10 * 1024 * 1024);
    expect(checkFile({ contentType: "application/pdf", fileName: "big.pdf", size: MAX_FILE_BYTES })).toBeUndefined();
    expect(checkFile({ contentType: "application/pdf", fileName: "big.pdf", size: MAX_FILE_BYTES + 1 })).toBe("file_too_large");
  });

  it("check the type before the size, so a large file of the wrong type is told the type", () => {
    expect(checkFile({ contentType: "video/mp4", fileName: "pitch.mp4", size: MAX_FILE_BYTES + 1 })).toBe("file_type_not_allowed");
  });
});

describe("safe file names", () => {
  it("keep the letter under an accent and drop the accent", () => {
    expect(safeFileName("café.pdf")).toBe("cafe.pdf");
    expect(safeFileName("Laporan Keuangan – Mei.xlsx")).toBe("Laporan_Keuangan_Mei.xlsx");
  });

  it("keep at most their last 100 characters, so the extension survives", () => {
    const long = `${"rencana-usaha-".repeat(10)}final.pdf`;
    expect(safeFileName(long)).toHaveLength(100);
    expect(safeFileName(long)).toBe(long.slice(-100));
  });

  it("fall back to a plain name when nothing safe is left", () => {
    expect(safeFileName("...")).toBe("file");
    expect(safeFileName("تقرير")).toBe("file");
  });
});
