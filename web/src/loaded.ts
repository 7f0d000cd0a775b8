import type { ApiError } from "./api.js";
import type { Loaded } from "./ui.js";

/** An API answer as a screen's state. */
export const loadedOf = <T>(result: { data: T; error?: undefined } | { data?: undefined; error: ApiError; status: number }): Loaded<T> =>
  result.error ? { state: "refused", error: result.error, status: result.status } : { state: "ready", data: result.data };
