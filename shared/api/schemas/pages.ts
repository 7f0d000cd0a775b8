import * as z from "zod/mini";

// A listing read a page at a time: what the caller asks for, and the page that comes back.

export const PageQuery = z.strictObject({
  limit: z._default(z.coerce.number().check(z.multipleOf(1), z.gte(1), z.lte(50)), 20),
  cursor: z.optional(z.string().check(z.minLength(1), z.maxLength(2048))),
});

export const page = <T extends z.ZodMiniType>(item: T) => z.object({ items: z.array(item), nextCursor: z.optional(z.string()) });
