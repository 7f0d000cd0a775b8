import type { ClusterMap as ClusterMapOut, MapBusiness as MapBusinessOut } from "../api/schemas/cluster-map.js";
import { channelsOf, heldCertificates, readinessOf, type ClusterMap, type MapBusiness } from "../domain/cluster-map.js";
import { regencies, sectors, type RegencyCode } from "../domain/reference.js";
import type { Lang } from "../i18n/messages.js";
import { applicantWords } from "../i18n/screens/applicant.js";
import { clusterMapWords } from "../i18n/screens/cluster-map.js";
import { CSV_BOM, csvLine } from "./csv.js";

/** The day the permits were counted on: a certificate valid through `asOf` counts. */
const asOfDay = (now: Date) => now.toISOString().slice(0, 10);

export const clusterMapView = (map: ClusterMap, now: Date): ClusterMapOut => ({ asOf: asOfDay(now), ...map, clusters: map.clusters.map((c) => ({ ...c, needs: [...c.needs] })) });

export function mapBusinessView(business: MapBusiness, now: Date): MapBusinessOut {
  const { applicantId, businessName, ownerName, regencyCode, cluster, kbli, sizeClass, permits, market, completedClasses } = business;
  return {
    applicantId, businessName, ownerName, regencyCode, cluster, kbli, sizeClass,
    certificates: heldCertificates(permits, now),
    reach: market?.reach ?? [],
    exportCountries: market?.exportCountries,
    channels: channelsOf(market),
    completedClasses,
    curation: readinessOf(business, now),
  };
}

export const mapBusinessPageView = (page: { items: MapBusiness[]; nextCursor?: string }, now: Date) =>
  ({ asOf: asOfDay(now), items: page.items.map((business) => mapBusinessView(business, now)), nextCursor: page.nextCursor });

export const clusterMapExportView = ({ map, businesses }: { map: ClusterMap; businesses: MapBusiness[] }, now: Date) =>
  ({ ...clusterMapView(map, now), businesses: businesses.map((business) => mapBusinessView(business, now)) });

// ---- CSV -----------------------------------------------------------------------------------------

const words = { ...applicantWords, ...clusterMapWords };
const say = (key: keyof typeof words, lang: Lang) => words[key][lang];
const regencyName = (code: string) => regencies[code as RegencyCode] ?? code;

/** One line per business: the chamber's UMKM database, as filtered, for a spreadsheet. */
export function mapBusinessesCsv(businesses: readonly MapBusiness[], lang: Lang, now: Date): string {
  const header = (["map_csv_applicant", "map_csv_business", "map_csv_owner", "map_csv_regency", "map_csv_cluster", "map_csv_kbli", "map_csv_size", "map_csv_certificates",
    "map_csv_ready", "map_csv_missing", "map_csv_reach", "map_csv_countries", "map_csv_channels", "map_csv_completed"] as const).map((key) => say(key, lang));
  const lines = businesses.map((business) => {
    const view = mapBusinessView(business, now);
    return csvLine([
      view.applicantId, view.businessName, view.ownerName, regencyName(view.regencyCode), sectors[view.cluster][lang], view.kbli ?? "", say(`profile_size_${view.sizeClass}`, lang),
      view.certificates.map((permit) => say(`map_certificate_${permit}`, lang)).join(", "),
      say(view.curation.ready ? "map_yes" : "map_no", lang), view.curation.missing.map((need) => say(`profile_need_${need}`, lang)).join(", "),
      view.reach.map((where) => say(`profile_reach_${where}`, lang)).join(", "), (view.exportCountries ?? []).join(", "),
      view.channels.map((channel) => say(`map_channel_${channel}`, lang)).join(", "), view.completedClasses,
    ]);
  });
  return CSV_BOM + csvLine(header) + lines.join("");
}

/** The counts: a line per cluster, a column per regency, totals last. */
export function mapCountsCsv(map: ClusterMap, lang: Lang): string {
  const counts = new Map(map.cells.map((cell) => [`${cell.cluster}#${cell.regencyCode}`, cell.businesses]));
  const header = [say("map_csv_cluster", lang), ...map.regencies.map((r) => regencyName(r.regencyCode)), say("map_csv_total", lang)];
  const lines = map.clusters.map((cluster) =>
    csvLine([sectors[cluster.cluster][lang], ...map.regencies.map((r) => counts.get(`${cluster.cluster}#${r.regencyCode}`) ?? 0), cluster.businesses]));
  const totals = csvLine([say("map_csv_total", lang), ...map.regencies.map((r) => r.businesses), map.total]);
  return CSV_BOM + csvLine(header) + lines.join("") + totals;
}
