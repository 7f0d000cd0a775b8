import { useEffect, useRef, useState } from "preact/hooks";
import { marketChannels, type MarketChannel } from "../../../shared/domain/cluster-map.js";
import { curatedAsProducts, productPermits, type ProductPermit } from "../../../shared/domain/curation.js";
import { marketReaches, sizeClasses, type MarketReach, type SizeClass } from "../../../shared/domain/profile.js";
import { regencies, regencyCodes, sectors, type RegencyCode, type Sector } from "../../../shared/domain/reference.js";
import type { Lang } from "../../../shared/i18n/messages.js";
import type { operations } from "../api-types.js";
import { answer, type Api } from "../api.js";
import { saveFile } from "../download.js";
import { useAction } from "../form.js";
import { day, useText } from "../i18n.js";
import { loadedOf } from "../loaded.js";
import { hrefOf } from "../router.js";
import { MorePages, Problem, Section, Shown, useLoad, usePages } from "../ui.js";
import { ApplicantProfile } from "./applicant-profile.js";
import { Field } from "./fields.js";
import "./organiser-cluster-map.css";

type ClusterMap = operations["getClusterMap"]["responses"]["2XX"]["content"]["application/json"];
type MapQuery = NonNullable<operations["getClusterMap"]["parameters"]["query"]>;
type Text = ReturnType<typeof useText>["t"];

/** Within a kind: any of the size classes and reaches, all of the certificates and channels (the API's rule). */
interface Filters {
  sizeClass: SizeClass[];
  certificates: ProductPermit[];
  reach: MarketReach[];
  channels: MarketChannel[];
  completed: "yes" | "no" | undefined;
  curation: "ready" | "not_ready" | undefined;
}

/** What the list under the map shows: a cell, a cluster's row, a regency's column, or every business (neither). */
interface Cell {
  cluster?: Sector;
  regencyCode?: RegencyCode;
}

const listed = <T extends string>(values: readonly T[], said: string | null): T[] => values.filter((value) => said?.split(",").includes(value));
const picked = <T extends string>(values: readonly T[], said: string | null): T | undefined => values.find((value) => value === said);

/** The filters in the page's address (a bookmark, a reload); what the app does not know is left out. */
function filtersOf(query = ""): Filters {
  const params = new URLSearchParams(query);
  return {
    sizeClass: listed(sizeClasses, params.get("sizeClass")),
    certificates: listed(productPermits, params.get("certificates")),
    reach: listed(marketReaches, params.get("reach")),
    channels: listed(marketChannels, params.get("channels")),
    completed: picked(["yes", "no"], params.get("completed")),
    curation: picked(["ready", "not_ready"], params.get("curation")),
  };
}

const joined = (values: readonly string[]) => (values.length ? values.join(",") : undefined);

/** The filters as the API takes them (and the address keeps them): lists comma-separated, nothing for what is not chosen. */
const queryOf = (filters: Filters): MapQuery => ({
  sizeClass: joined(filters.sizeClass),
  certificates: joined(filters.certificates),
  reach: joined(filters.reach),
  channels: joined(filters.channels),
  completed: filters.completed,
  curation: filters.curation,
});

const cellNames = (cell: Cell, t: Text, lang: Lang) => ({
  cluster: cell.cluster ? sectors[cell.cluster][lang] : t("map_all_clusters"),
  regency: cell.regencyCode ? regencies[cell.regencyCode] : t("map_all_regencies"),
});

/**
 * The chamber's UMKM database as organisers read it: businesses by cluster × regency under filters, each
 * number opening its businesses, each cluster's readiness for curation, and the exports.
 */
export function OrganiserClusterMap({ api, query }: { api: Api; query: string | undefined }) {
  const { t, lang } = useText();
  const [filters, setFilters] = useState(() => filtersOf(query));
  const [open, setOpen] = useState<Cell>();
  const mapQuery = queryOf(filters);
  const address = new URLSearchParams(Object.entries(mapQuery).filter((entry): entry is [string, string] => entry[1] !== undefined)).toString();
  // replaced, not pushed: each tick is no step of its own for the Back button, and no hashchange scrolls the page up
  useEffect(() => history.replaceState(null, "", hrefOf({ page: "clusterMap", query: address })), [address]);
  const [map, reload] = useLoad(async () => loadedOf(await answer(api.GET("/cluster-map", { params: { query: mapQuery } }))), [api, address]);
  return (
    <>
      <p><a href={hrefOf({ page: "home" })}>← {t("back")}</a></p>
      <Section title={t("map_title")}>
        <MapFilters filters={filters} change={setFilters} />
        <Shown loaded={map} retry={reload}>{(data) => (
          <>
            <p class="muted">{t("map_as_of", { day: day(data.asOf, lang) })}</p>
            <p class="map-total">{t("map_total", { total: data.total })}</p>
            <MapTable map={data} open={open} choose={setOpen} />
          </>
        )}</Shown>
      </Section>
      {open && <Businesses api={api} query={mapQuery} address={address} cell={open} close={() => setOpen(undefined)} />}
      {map.state === "ready" && <Readiness clusters={map.data.clusters} />}
      <Exports api={api} query={mapQuery} cell={open} />
    </>
  );
}

/** The filters, folded on a phone; open from the start when the address brought some. */
function MapFilters({ filters, change }: { filters: Filters; change: (next: Filters) => void }) {
  const { t } = useText();
  const active = [filters.sizeClass, filters.certificates, filters.reach, filters.channels].filter((list) => list.length > 0).length
    + [filters.completed, filters.curation].filter(Boolean).length;
  const [unfolded] = useState(active > 0);
  return (
    <details class="map-filters" open={unfolded}>
      <summary>{active ? t("map_filters_on", { count: active }) : t("map_filters")}</summary>
      <Ticks legend={t("map_filter_size")} values={sizeClasses} chosen={filters.sizeClass} nameOf={(v) => t(`profile_size_${v}`)} change={(sizeClass) => change({ ...filters, sizeClass })} />
      <Ticks legend={t("map_filter_certificates")} values={productPermits} chosen={filters.certificates} nameOf={(v) => t(`map_certificate_${v}`)} change={(certificates) => change({ ...filters, certificates })} />
      <Ticks legend={t("map_filter_reach")} values={marketReaches} chosen={filters.reach} nameOf={(v) => t(`profile_reach_${v}`)} change={(reach) => change({ ...filters, reach })} />
      <Ticks legend={t("map_filter_channels")} values={marketChannels} chosen={filters.channels} nameOf={(v) => t(`map_channel_${v}`)} change={(channels) => change({ ...filters, channels })} />
      <Field id="map-completed" label={t("map_filter_completed")}>
        <select value={filters.completed ?? ""} onChange={(e) => change({ ...filters, completed: picked(["yes", "no"], e.currentTarget.value) })}>
          <option value="">{t("map_any")}</option>
          <option value="yes">{t("map_completed_yes")}</option>
          <option value="no">{t("map_completed_no")}</option>
        </select>
      </Field>
      <Field id="map-curation" label={t("map_filter_curation")}>
        <select value={filters.curation ?? ""} onChange={(e) => change({ ...filters, curation: picked(["ready", "not_ready"], e.currentTarget.value) })}>
          <option value="">{t("map_any")}</option>
          <option value="ready">{t("profile_curation_ready")}</option>
          <option value="not_ready">{t("map_curation_not_ready")}</option>
        </select>
      </Field>
      {active > 0 && <button type="button" class="secondary" onClick={() => change(filtersOf())}>{t("map_filters_clear")}</button>}
    </details>
  );
}

function Ticks<T extends string>({ legend, values, chosen, nameOf, change }: { legend: string; values: readonly T[]; chosen: T[]; nameOf: (value: T) => string; change: (next: T[]) => void }) {
  return (
    <fieldset class="ticks">
      <legend>{legend}</legend>
      {values.map((value) => (
        <label class="option" key={value}>
          <input type="checkbox" checked={chosen.includes(value)} onChange={(e) => change(values.filter((v) => (v === value ? e.currentTarget.checked : chosen.includes(v))))} />
          {nameOf(value)}
        </label>
      ))}
    </fieldset>
  );
}

/** Clusters down, NTT's 22 regencies and cities across, in a box of its own that scrolls sideways on a phone. */
function MapTable({ map, open, choose }: { map: ClusterMap; open: Cell | undefined; choose: (cell: Cell | undefined) => void }) {
  const { t, lang } = useText();
  const inCell = new Map(map.cells.map((cell) => [`${cell.cluster} ${cell.regencyCode}`, cell.businesses]));
  const inRegency = new Map(map.regencies.map((regency) => [regency.regencyCode, regency.businesses]));
  const count = (cell: Cell, businesses: number) => {
    if (businesses === 0) return <span aria-hidden="true">·</span>;
    const chosen = open !== undefined && open.cluster === cell.cluster && open.regencyCode === cell.regencyCode;
    return (
      <button type="button" aria-pressed={chosen} aria-label={t("map_cell_open", { count: businesses, ...cellNames(cell, t, lang) })} onClick={() => choose(chosen ? undefined : cell)}>
        {businesses}
      </button>
    );
  };
  return (
    <div class="map-box" role="region" aria-labelledby="map-caption" tabIndex={0}>
      <table class="map">
        <caption id="map-caption">{t("map_table")}</caption>
        <thead>
          <tr>
            <th scope="col">{t("profile_cluster_label")}</th>
            {regencyCodes.map((code) => <th key={code} scope="col">{regencies[code]}</th>)}
            <th scope="col">{t("map_sum")}</th>
          </tr>
        </thead>
        <tbody>
          {map.clusters.map(({ cluster, businesses }) => (
            <tr key={cluster}>
              <th scope="row">{sectors[cluster][lang]}</th>
              {regencyCodes.map((regencyCode) => <td key={regencyCode}>{count({ cluster, regencyCode }, inCell.get(`${cluster} ${regencyCode}`) ?? 0)}</td>)}
              <td class="sum">{count({ cluster }, businesses)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row">{t("map_sum")}</th>
            {regencyCodes.map((regencyCode) => <td key={regencyCode}>{count({ regencyCode }, inRegency.get(regencyCode) ?? 0)}</td>)}
            <td class="sum">{count({}, map.total)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}

/** The businesses behind the chosen number, by name, a page at a time; opening it brings it into view. `address`: the filters as one string, read again when they change. */
function Businesses({ api, query, address, cell, close }: { api: Api; query: MapQuery; address: string; cell: Cell; close: () => void }) {
  const { t, lang } = useText();
  const heading = useRef<HTMLHeadingElement>(null);
  const list = usePages((cursor) => answer(api.GET("/cluster-map/businesses", { params: { query: { ...query, ...cell, limit: 20, cursor } } })), [api, address, cell]);
  useEffect(() => heading.current?.focus(), [cell]);
  const title = t("map_list_title", cellNames(cell, t, lang));
  return (
    <section aria-label={title}>
      <h2 ref={heading} tabIndex={-1}>{title}</h2>
      <button type="button" class="secondary" onClick={close}>{t("map_list_close")}</button>
      <Shown loaded={list.pages} retry={list.reload}>{(pages) => {
        const businesses = pages.flatMap((page) => page.items);
        return businesses.length === 0 ? <p>{t("map_list_none")}</p> : (
          <ul class="cards">
            {businesses.map((b) => (
              <li key={b.applicantId} class="card">
                <strong>{b.businessName}</strong>
                <span>{b.ownerName} · {sectors[b.cluster][lang]} · {regencies[b.regencyCode as RegencyCode] ?? b.regencyCode} · {t(`profile_size_${b.sizeClass}`)}</span>
                <span>{b.certificates.length ? t("map_certificates_held", { permits: b.certificates.map((c) => t(`map_certificate_${c}`)).join(", ") }) : t("map_certificates_none")}</span>
                {curatedAsProducts(b.cluster) && (
                  <span class={b.curation.ready ? "done" : ""}>
                    {b.curation.ready ? t("profile_curation_ready") : t("profile_curation_missing", { missing: b.curation.missing.map((need) => t(`profile_need_${need}`)).join(", ") })}
                  </span>
                )}
                <span>{t("map_classes_completed", { count: b.completedClasses })}</span>
                <ApplicantProfile api={api} applicantId={b.applicantId} />
              </li>
            ))}
          </ul>
        );
      }}</Shown>
      <MorePages more={list.more} problem={list.problem} busy={list.busy} />
    </section>
  );
}

/**
 * Each cluster whose curators ask for permits first, with how many are ready and what the rest miss; in one line
 * those whose products are judged as they are, and in another the services, which are not curated as products.
 */
function Readiness({ clusters }: { clusters: ClusterMap["clusters"] }) {
  const { t, lang } = useText();
  const asked = clusters.filter((c) => c.needs.length > 0);
  const judgedAsTheyAre = clusters.filter((c) => c.curated && c.needs.length === 0);
  const services = clusters.filter((c) => !c.curated);
  const named = (group: typeof clusters) => group.map((c) => `${sectors[c.cluster][lang]} (${c.businesses})`).join(", ");
  return (
    <Section title={t("map_readiness_title")}>
      <p class="muted">{t("map_readiness_hint")}</p>
      <ul class="readiness">
        {asked.map((c) => (
          <li key={c.cluster}>
            <strong>{sectors[c.cluster][lang]}</strong> — {t("map_readiness_counts", { businesses: c.businesses, ready: c.ready, notReady: c.notReady })}
            {c.notReady > 0 && <span>{t("map_readiness_missing", { needs: c.needs.filter((need) => c.missing[need]).map((need) => `${t(`profile_need_${need}`)}: ${c.missing[need]}`).join(", ") })}</span>}
          </li>
        ))}
        {judgedAsTheyAre.length > 0 && <li>{t("map_readiness_no_needs", { clusters: named(judgedAsTheyAre) })}</li>}
        {services.length > 0 && <li>{t("map_readiness_not_curated", { clusters: named(services) })}</li>}
      </ul>
    </Section>
  );
}

/** The files, under the current filters; the list of businesses also of the open number, as its button says. */
function Exports({ api, query, cell }: { api: Api; query: MapQuery; cell: Cell | undefined }) {
  const { t, lang } = useText();
  const action = useAction();
  const save = async (name: string, call: () => ReturnType<typeof answer<unknown>>) => {
    const file = await action.run(call);
    if (file) saveFile(file as Blob, name);
  };
  return (
    <Section title={t("map_export_title")}>
      <p class="muted">{t("map_export_hint")}</p>
      <Problem problem={action.problem} />
      <div class="actions">
        <button type="button" disabled={action.busy} onClick={() => save("peta-klaster-usaha.csv", () => answer(api.GET("/cluster-map/export.csv", { params: { query: { ...query, ...cell, rows: "businesses" } }, parseAs: "blob" })))}>
          {cell ? t("map_export_businesses_of", cellNames(cell, t, lang)) : t("map_export_businesses")}
        </button>
        <button type="button" class="secondary" disabled={action.busy} onClick={() => save("peta-klaster-jumlah.csv", () => answer(api.GET("/cluster-map/export.csv", { params: { query: { ...query, rows: "counts" } }, parseAs: "blob" })))}>
          {t("map_export_counts")}
        </button>
        <button type="button" class="secondary" disabled={action.busy} onClick={() => save("peta-klaster.json", () => answer(api.GET("/cluster-map/export.json", { params: { query }, parseAs: "blob" })))}>
          {t("map_export_json")}
        </button>
      </div>
    </Section>
  );
}
