import * as z from "zod/mini";
import { zoneNames, type IndonesianZone } from "../../domain/time.js";

// Where and when something happens — a live session, demo day, the meetings: an online link and one of
// Indonesia's three zones. Apart, so demo day and the meetings do not carry the module schemas.

export const timeZones = Object.keys(zoneNames) as [IndonesianZone, ...IndonesianZone[]];
export const WebUrl = z.url({ protocol: /^https?$/, error: "url_format" }).check(z.maxLength(500));
