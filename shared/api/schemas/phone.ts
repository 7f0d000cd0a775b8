import * as z from "zod/mini";
import { normalisePhone } from "../../domain/profile.js";

/** An Indonesian phone number as people write it, kept in E.164 (`+62…`). */
export const Phone = z.pipe(
  z.string().check(z.maxLength(30)),
  z.transform((raw: string, ctx) => {
    const phone = normalisePhone(raw);
    if (phone === undefined) {
      ctx.issues.push({ code: "custom", message: "phone_format", input: raw });
      return z.NEVER;
    }
    return phone;
  }),
);
