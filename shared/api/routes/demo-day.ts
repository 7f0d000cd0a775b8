import { investorAfterPublication } from "../../app/relations.js";
import { route } from "../route.js";
import { CompetitionIdParams } from "../schemas/competition-params.js";
import { DemoDay, MySlot } from "../schemas/demo-day.js";
import { DemoDayInput, SlotSwapInput, SwapRequestInput } from "../schemas/demo-day-input.js";

// Demo day: the published finalists pitch to investors, one slot each.

export const planDemoDay = /* @__PURE__ */ route({
  name: "planDemoDay",
  summary: "Plan demo day for the published finalists: date, place or link, zone, slot lengths and breaks, rank or seeded random order (organisers)",
  method: "PUT", path: "/competitions/{competitionId}/demo-day", handler: "functions/demo-day/plan-demo-day.ts",
  roles: ["admin"], objects: "any", params: CompetitionIdParams, body: DemoDayInput, response: DemoDay, tables: { judging: "RW" },
});

export const getDemoDay = /* @__PURE__ */ route({
  name: "getDemoDay",
  summary: "Demo day's plan as it was saved (start, breaks and all) with every slot, who confirmed and who asked to swap, and why (organisers)",
  method: "GET", path: "/competitions/{competitionId}/demo-day", handler: "functions/demo-day/get-demo-day.ts",
  roles: ["admin"], objects: "any", params: CompetitionIdParams, response: DemoDay, tables: { judging: "R" },
});

export const swapPitchSlots = /* @__PURE__ */ route({
  name: "swapPitchSlots",
  summary: "Swap two finalists' slots; both confirm again (organisers)",
  method: "POST", path: "/competitions/{competitionId}/demo-day/swaps", handler: "functions/demo-day/swap-pitch-slots.ts",
  roles: ["admin"], objects: "any", params: CompetitionIdParams, body: SlotSwapInput, response: DemoDay, tables: { judging: "RW" },
});

export const getMySlot = /* @__PURE__ */ route({
  name: "getMySlot",
  summary: "My pitch slot on demo day, and the programme around it",
  method: "GET", path: "/competitions/{competitionId}/demo-day/me", handler: "functions/demo-day/get-my-slot.ts",
  roles: ["applicant"], objects: "own", params: CompetitionIdParams, response: MySlot, tables: { judging: "R" },
});

export const confirmMySlot = /* @__PURE__ */ route({
  name: "confirmMySlot",
  summary: "Confirm my pitch slot",
  method: "POST", path: "/competitions/{competitionId}/demo-day/me/confirm", handler: "functions/demo-day/confirm-my-slot.ts",
  roles: ["applicant"], objects: "own", params: CompetitionIdParams, response: MySlot, tables: { judging: "RW" },
});

export const requestSlotSwap = /* @__PURE__ */ route({
  name: "requestSlotSwap",
  summary: "Ask the organisers to swap my pitch slot, saying why",
  method: "POST", path: "/competitions/{competitionId}/demo-day/me/swap-request", handler: "functions/demo-day/request-slot-swap.ts",
  roles: ["applicant"], objects: "own", params: CompetitionIdParams, body: SwapRequestInput, response: MySlot, tables: { judging: "RW" },
});

export const getDemoDayProgramme = /* @__PURE__ */ route({
  name: "getDemoDayProgramme",
  summary: "Demo day's programme: who pitches when, in the event's zone",
  method: "GET", path: "/investing/competitions/{competitionId}/demo-day", handler: "functions/demo-day/get-demo-day-programme.ts",
  roles: ["investor"], objects: investorAfterPublication, params: CompetitionIdParams, response: DemoDay, tables: { judging: "R" },
});
