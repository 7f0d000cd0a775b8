/** Valid request bodies to start from; tests change one field at a time. */
export function profileInput(overrides: Record<string, unknown> = {}) {
  return {
    ownerName: "Yohanes Lelo",
    businessName: "Se'i Om Yos",
    nib: "9120301234567",
    sector: "kuliner",
    regencyCode: "53.71",
    products: ["Se'i babi", "Se'i sapi"],
    foundedYear: 2016,
    employees: 4,
    annualRevenueIdr: 420_000_000,
    capitalNeedIdr: 75_000_000,
    phone: "0812-3456-7890",
    consent: true,
    ...overrides,
  };
}

export function classInput(overrides: Record<string, unknown> = {}, now = new Date()) {
  const day = 24 * 3600 * 1000;
  return {
    title: { id: "Kelas Wirausaha Kupang", en: "Kupang Entrepreneur Class" },
    description: { id: "Kelas wajib bagi UMKM yang ingin mengakses modal.", en: "The mandatory class for UMKM seeking capital." },
    regencyCode: "53.71",
    capacity: 20,
    enrolmentOpensAt: new Date(now.getTime() - day).toISOString(),
    enrolmentClosesAt: new Date(now.getTime() + 30 * day).toISOString(),
    startsOn: new Date(now.getTime() + 35 * day).toISOString().slice(0, 10),
    ...overrides,
  };
}
