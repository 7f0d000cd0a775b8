/** Reference lists the forms are built from. Codes are Kemendagri regency/city codes (`PP.RR`). */
export const regencies = {
  "53.01": "Sumba Barat",
  "53.02": "Sumba Timur",
  "53.03": "Kupang",
  "53.04": "Timor Tengah Selatan",
  "53.05": "Timor Tengah Utara",
  "53.06": "Belu",
  "53.07": "Alor",
  "53.08": "Lembata",
  "53.09": "Flores Timur",
  "53.10": "Sikka",
  "53.11": "Ende",
  "53.12": "Ngada",
  "53.13": "Manggarai",
  "53.14": "Rote Ndao",
  "53.15": "Manggarai Barat",
  "53.16": "Sumba Tengah",
  "53.17": "Sumba Barat Daya",
  "53.18": "Nagekeo",
  "53.19": "Manggarai Timur",
  "53.20": "Sabu Raijua",
  "53.21": "Malaka",
  "53.71": "Kota Kupang",
} as const;
export type RegencyCode = keyof typeof regencies;
export const regencyCodes = Object.keys(regencies) as [RegencyCode, ...RegencyCode[]];

export const sectors = {
  kuliner: { id: "Kuliner", en: "Food & drink" },
  "fesyen-tenun": { id: "Fesyen & tenun", en: "Fashion & woven cloth" },
  kriya: { id: "Kriya", en: "Crafts" },
  agribisnis: { id: "Agribisnis", en: "Agribusiness" },
  perikanan: { id: "Perikanan", en: "Fisheries" },
  jasa: { id: "Jasa", en: "Services" },
  digital: { id: "Digital", en: "Digital" },
  lainnya: { id: "Lainnya", en: "Other" },
} as const;
export type Sector = keyof typeof sectors;
export const sectorCodes = Object.keys(sectors) as [Sector, ...Sector[]];
