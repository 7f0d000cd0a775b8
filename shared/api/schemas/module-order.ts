import * as z from "zod/mini";
import { MAX_MODULES } from "../../domain/modules.js";

/** A class's modules in their new order: every module once. */
export const ModuleOrder = z.strictObject({ moduleIds: z.array(z.uuid()).check(z.minLength(1), z.maxLength(MAX_MODULES)) });
