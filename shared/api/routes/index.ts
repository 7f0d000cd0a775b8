import type { Route } from "../route.js";
import * as calendars from "./calendars.js";
import * as classes from "./classes.js";
import * as clusterMap from "./cluster-map.js";
import * as demoDay from "./demo-day.js";
import * as competitions from "./competitions.js";
import * as enrolments from "./enrolments.js";
import * as investing from "./investing.js";
import * as judging from "./judging.js";
import * as meetings from "./meetings.js";
import * as modules from "./modules.js";
import * as pitches from "./pitches.js";
import * as profiles from "./profiles.js";
import * as progress from "./progress.js";
import * as reference from "./reference.js";
import * as results from "./results.js";

/**
 * THE route table, by area (each area is one file here): the CDK stack (one nested stack per area), the
 * local server, the authorisation matrix and the OpenAPI description read it. A handler imports its own
 * route from its area's file instead, so its bundle carries only that route's schemas.
 */
export const routeAreas = { reference, profiles, classes, enrolments, modules, progress, competitions, pitches, judging, results, investing, demoDay, meetings, calendars, clusterMap } as const;

export type RouteArea = keyof typeof routeAreas;

/** Every area's routes, merged, in the order of the areas. */
export const routeList: Route[] = Object.values(routeAreas).flatMap((area) => Object.values(area) as Route[]);
