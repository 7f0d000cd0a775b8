import { db } from "../../shared/data/client.js";

/**
 * The next transaction is written, and then fails as if its answer never came back (a timeout): what the
 * platform must survive when the SDK, API Gateway or a client sends a committed write again. Returns the undo.
 */
export function loseNextAnswer(): () => void {
  let armed = true;
  const name = `loseNextAnswer${Math.random()}`;
  db().middlewareStack.add((next, context) => async (args) => {
    const result = await next(args);
    if (armed && context.commandName === "TransactWriteItemsCommand") {
      armed = false;
      throw Object.assign(new Error("the answer was lost"), { name: "TimeoutError" });
    }
    return result;
  }, { step: "initialize", name });
  return () => db().middlewareStack.remove(name);
}
