import * as z from "zod/mini";

/** A calendar file's text (RFC 5545): what the calendar routes send instead of JSON. */
export const ICalendar = z.string();
