import { describe, expect, it } from "vitest";
import { settle, withDeadline } from "../../shared/app/retry.js";

const conflict = () => Object.assign(new Error("conflict"), { name: "TransactionConflictException" });

describe("the one retry helper", () => {
  it("goes again while the world moves, then returns what the step decided", async () => {
    let calls = 0;
    const result = await settle(async () => (++calls < 3 ? undefined : "settled"));
    expect([result, calls]).toEqual(["settled", 3]);
  });

  it("treats a write that met a transaction in flight as the world moving; other errors end it", async () => {
    let calls = 0;
    expect(await settle(async () => { if (++calls === 1) throw conflict(); return calls; })).toBe(2);
    await expect(settle(async () => { throw new Error("malformed"); })).rejects.toThrow("malformed");
  });

  it("tries a step again after an internal error or a timeout, whose write may have happened: the step reads before it decides", async () => {
    for (const name of ["InternalServerError", "TimeoutError", "ThrottlingException", "ProvisionedThroughputExceededException"]) {
      let calls = 0;
      expect(await settle(async () => { if (++calls === 1) throw Object.assign(new Error(name), { name }); return calls; }), name).toBe(2);
    }
  });

  it("gives up as service_busy after many attempts", async () => {
    let calls = 0;
    await expect(settle(async () => void calls++)).rejects.toMatchObject({ code: "service_busy" });
    expect(calls).toBe(60);
  });

  it("gives up before the invocation's deadline, keeping time to answer", async () => {
    let calls = 0;
    const started = Date.now();
    // a deadline 1.05 s away with 1 s kept back leaves room for a few quick attempts at most
    const attempt = withDeadline(started + 1_050, () => settle(async () => void calls++));
    await expect(attempt).rejects.toMatchObject({ code: "service_busy" });
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(calls).toBeLessThan(60);
  });
});

describe("throttling", () => {
  it("is waited out like a conflict, not answered with a 503 at once", async () => {
    let calls = 0;
    const throttled = () => Object.assign(new Error("slow down"), { name: "ThrottlingException" });
    expect(await settle(async () => { if (++calls < 3) throw throttled(); return "written"; })).toBe("written");
  });
});
