import { describe, expect, it } from "vitest";
import { screenAreas, screens } from "../../shared/i18n/screens.js";

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("the screens' catalogue", () => {
  it("names each word in one area only: a key written twice would let one area silently replace another's", () => {
    const keys = screenAreas.flatMap((area) => Object.keys(area));
    expect(keys.filter((key, i) => keys.indexOf(key) !== i)).toEqual([]);
    expect(Object.keys(screens)).toHaveLength(keys.length);
  });

  it("says every word in both languages, with the same placeholders", () => {
    for (const [key, text] of Object.entries(screens) as [string, { id: string; en: string }][]) {
      expect(text.id.trim(), key).not.toBe("");
      expect(text.en.trim(), key).not.toBe("");
      expect(placeholders(text.id), key).toEqual(placeholders(text.en));
    }
  });
});
