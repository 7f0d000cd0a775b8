import type { Route } from "../route.js";
import * as classes from "./classes.js";
import * as competitions from "./competitions.js";
import * as enrolments from "./enrolments.js";
import * as judging from "./judging.js";
import * as modules from "./modules.js";
import * as pitches from "./pitches.js";
import * as profiles from "./profiles.js";
import * as progress from "./progress.js";
import * as reference from "./reference.js";

/**
 * THE route table, every area merged: the CDK stack, the local server, the authorisation matrix and
 * the OpenAPI description read it. A handler imports its own route from its area's file instead, so
 * its bundle carries only that route's schemas.
 */
export const routeList: Route[] = [reference, profiles, classes, enrolments, modules, progress, competitions, pitches, judging].flatMap((area) => Object.values(area) as Route[]);
