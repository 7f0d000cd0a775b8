/** Business size class by annual sales, PP 7/2021 art. 35 (micro ≤ Rp2 bn, small ≤ Rp15 bn, medium ≤ Rp50 bn). */
export const sizeClasses = ["micro", "small", "medium", "large"] as const;
export type SizeClass = (typeof sizeClasses)[number];

export function sizeClassBySales(annualRevenueIdr: number): SizeClass {
  if (annualRevenueIdr <= 2_000_000_000) return "micro";
  if (annualRevenueIdr <= 15_000_000_000) return "small";
  if (annualRevenueIdr <= 50_000_000_000) return "medium";
  return "large";
}

/** Accepts `08…`, `628…` or `+628…` with spaces or dashes; returns E.164 `+628…` or undefined. */
export function normalisePhone(raw: string): string | undefined {
  const digits = raw.replace(/[\s\-().]/g, "");
  const national = digits.startsWith("+62") ? digits.slice(3) : digits.startsWith("62") ? digits.slice(2) : digits.startsWith("0") ? digits.slice(1) : undefined;
  if (national === undefined || !/^8\d{8,11}$/.test(national)) return undefined;
  return `+62${national}`;
}
