import "fake-indexeddb/auto";
import { describe, expect, it } from "vitest";
import {
  DECISION_CHOICES,
  STAGE_CHOICES,
  isDecisionChoice,
  isStageChoice,
  needsDecision,
  stageQueryOf,
} from "../../../src/directory/query/stageChoice";
import { findServices, findServicesQuerySchema } from "../../../src/directory/query/findServices";
import { ensureBuiltinDirectory } from "../../../src/directory/builtin/ensureBuiltinDirectory";
import { NRM_STAGES, POST_NRM_SUB_STAGES } from "../../../src/directory/schema/vocabulary";
import { freshDb, NOW } from "./helpers";

describe("Find support: the stage as one plain choice", () => {
  it("maps each plain choice to the directory's vocabulary", () => {
    expect(stageQueryOf("not-referred")).toEqual({ stage: "pre-nrm" });
    expect(stageQueryOf("waiting")).toEqual({ stage: "post-nrm", subStage: "awaiting-rg" });
    expect(stageQueryOf("declined")).toEqual({ stage: "declined-nrm" });
    expect(stageQueryOf("left-support")).toEqual({ stage: "post-nrm", subStage: "exited-support" });
  });

  it("asks which decision only after 'A decision has been made', and waits for the answer", () => {
    expect(STAGE_CHOICES.filter(needsDecision)).toEqual(["decision"]);
    expect(stageQueryOf("decision")).toBeNull();
    expect(stageQueryOf("decision", "positive-rg")).toEqual({ stage: "post-nrm", subStage: "positive-rg" });
    expect(stageQueryOf("decision", "negative-cg")).toEqual({ stage: "post-nrm", subStage: "negative-cg" });
    // Not sure which: every service after referral (findServices with no sub-stage).
    expect(stageQueryOf("decision", "not-sure")).toEqual({ stage: "post-nrm" });
    // A decision answer left over from before does not change another choice.
    expect(stageQueryOf("waiting", "positive-cg")).toEqual({ stage: "post-nrm", subStage: "awaiting-rg" });
  });

  it("reaches every stage and every post-NRM step, and every lookup is a valid query", () => {
    const queries = STAGE_CHOICES.flatMap((c) =>
      needsDecision(c) ? DECISION_CHOICES.map((d) => stageQueryOf(c, d)) : [stageQueryOf(c)],
    );
    expect(new Set(queries.map((q) => q?.stage))).toEqual(new Set(NRM_STAGES));
    expect(new Set(queries.flatMap((q) => (q?.subStage === undefined ? [] : [q.subStage])))).toEqual(
      new Set(POST_NRM_SUB_STAGES),
    );
    for (const q of queries) {
      expect(q).not.toBeNull();
      expect(findServicesQuerySchema.safeParse({ area: "essex", audience: "adult", ...q }).success, JSON.stringify(q)).toBe(true);
    }
  });

  it("recognises only its own choice ids", () => {
    expect(isStageChoice("left-support")).toBe(true);
    expect(isStageChoice("post-nrm")).toBe(false);
    expect(isDecisionChoice("not-sure")).toBe(true);
    expect(isDecisionChoice("exited-support")).toBe(false);
  });

  it("finds the right national support for each plain choice", async () => {
    const db = freshDb();
    await ensureBuiltinDirectory(db, { now: NOW });
    const ids = async (q: ReturnType<typeof stageQueryOf>) => {
      if (q === null) throw new Error("no query");
      return (await findServices(db, { area: "essex", audience: "adult", ...q, now: NOW })).map((e) => e.service.id);
    };
    expect(await ids(stageQueryOf("waiting"))).toContain("msvcc-referral-line");
    expect(await ids(stageQueryOf("decision", "positive-rg"))).toContain("msvcc-support");
    expect(await ids(stageQueryOf("decision", "positive-rg"))).not.toContain("msvcc-reach-in");
    expect(await ids(stageQueryOf("left-support"))).toContain("msvcc-reach-in");
    expect(await ids(stageQueryOf("left-support"))).not.toContain("msvcc-referral-line");
    const any = await ids(stageQueryOf("decision", "not-sure"));
    for (const id of ["msvcc-referral-line", "msvcc-support", "msvcc-reach-in"]) expect(any).toContain(id);
    expect(await ids(stageQueryOf("not-referred"))).not.toContain("msvcc-support");
  });
});
