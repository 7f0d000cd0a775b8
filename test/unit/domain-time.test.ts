import { describe, expect, it } from "vitest";
import { zoneOfRegency } from "../../shared/domain/time.js";

describe("time zones at the province boundaries", () => {
  it("put Bali to NTT and South Kalimantan to West Sulawesi in WITA, and their neighbours outside it", () => {
    const zones = Object.fromEntries(["36.71", "51.71", "52.71", "53.71", "62.71", "63.71", "65.01", "71.71", "76.01", "81.71", "91.01"].map((code) => [code, zoneOfRegency(code)]));
    expect(zones).toEqual({
      "36.71": "Asia/Jakarta", // Banten
      "51.71": "Asia/Makassar", // Bali
      "52.71": "Asia/Makassar", // NTB
      "53.71": "Asia/Makassar", // NTT
      "62.71": "Asia/Jakarta", // Central Kalimantan
      "63.71": "Asia/Makassar", // South Kalimantan
      "65.01": "Asia/Makassar", // North Kalimantan
      "71.71": "Asia/Makassar", // North Sulawesi
      "76.01": "Asia/Makassar", // West Sulawesi
      "81.71": "Asia/Jayapura", // Maluku
      "91.01": "Asia/Jayapura", // Papua
    });
  });
});
