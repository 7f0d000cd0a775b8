import * as z from "zod/mini";

// What anyone may read to build a form or a client: the reference lists, and this API's description.

export const Reference = z.object({
  regencies: z.array(z.object({ code: z.string(), name: z.string() })),
  sectors: z.array(z.object({ code: z.string(), id: z.string(), en: z.string() })),
  /** KBLI 2020 codes a profile may name, with their cluster (a sector code). */
  kbli: z.array(z.object({ code: z.string(), id: z.string(), en: z.string(), cluster: z.string() })),
});

/** A JSON document described elsewhere (the OpenAPI description describes itself). */
export const JsonDocument = z.record(z.string(), z.unknown());
