import type { Profile } from "../api/schemas/profiles.js";
import type { ProfileItem } from "../data/profiles.js";

/**
 * The whole profile: for its owner and for organisers. Judges and investors will see less.
 */
export function profileView(item: ProfileItem): Profile {
  const { applicantId, ownerName, businessName, nib, sector, regencyCode, products, foundedYear, employees, annualRevenueIdr, capitalNeedIdr, phone, email, language = "id",
    kbli, businessCapitalIdr, permits, market, cluster, sizeClass, sizeRule, curation, consentAt, createdAt, updatedAt } = item;
  return {
    applicantId, ownerName, businessName, nib, sector: sector as Profile["sector"], regencyCode: regencyCode as Profile["regencyCode"], products, foundedYear, employees,
    annualRevenueIdr, capitalNeedIdr, phone, email, language, kbli, businessCapitalIdr, permits, market, cluster, sizeClass, sizeRule, curation, consentAt, createdAt, updatedAt,
  };
}
