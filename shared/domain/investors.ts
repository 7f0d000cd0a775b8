import { InvalidInput } from "./errors.js";

/**
 * The investors a chamber invites to meet its finalists, the pure half: what kind of capital they
 * bring and what they look for. Who may see what of a finalist is `views/investors.ts`.
 */

/** Angel, venture fund, a bank lending KUR, a cooperative, a company's CSR programme. */
export const investorKinds = ["angel", "venture_fund", "bank_kur", "cooperative", "csr"] as const;
export type InvestorKind = (typeof investorKinds)[number];

/** A ticket range runs from its smaller end to its larger. */
export function checkTicket(ticket: { minIdr: number; maxIdr: number }): void {
  if (ticket.minIdr > ticket.maxIdr) throw new InvalidInput([{ path: ["ticket", "maxIdr"], code: "custom", message: "ticket_range" }]);
}
