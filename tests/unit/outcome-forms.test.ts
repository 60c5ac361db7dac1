import { describe, expect, it } from "vitest";
import { changeSinceBaseline } from "@/lib/domain/outcomes/change-since-baseline";
import { changeFlag } from "@/lib/domain/outcomes/change-flag";
import { LEFS } from "@/lib/domain/outcomes/lefs";
import { ODI } from "@/lib/domain/outcomes/odi";
import { PSFS } from "@/lib/domain/outcomes/psfs";
import { lockedActivities } from "@/lib/domain/outcomes/psfs-locked";
import { CompleteMyOutcomeInput, RecordOutcomeInput, measureIssues } from "@/lib/validation/outcomes";

const ids = "00000000-0000-4000-8000-0000000000aa";

describe("outcome inputs are checked against the definition", () => {
  it("reads radio strings as numbers and drops blanks", () => {
    const r = RecordOutcomeInput.safeParse({ patientId: ids, episodeId: ids, visitId: "", version: "NPRS_NOW", answers: { NOW: "7", BEST_24H: null, WORST_24H: "" }, activities: {} });
    expect(r.success && r.data).toMatchObject({ answers: { NOW: 7 }, visitId: undefined });
  });

  it("refuses an unknown measure, item or value, naming the field", () => {
    expect(measureIssues("SF36", {}, {})).toEqual([{ path: ["version"], message: "Choose a questionnaire" }]);
    expect(measureIssues("ODI_2_1A", { ...Object.fromEntries(ODI.items.map((i) => [i.id, 1])), WALKING: 6, KNEES: 1 }, {}).map((i) => i.path.join("."))).toEqual(["answers.WALKING", "answers.KNEES"]);
  });

  it("names why a form cannot be scored and which items are missing", () => {
    const seven = Object.fromEntries(ODI.items.slice(0, 7).map((i) => [i.id, 2]));
    const issues = measureIssues("ODI_2_1A", seven, {});
    expect(issues[0]).toEqual({ path: ["score"], message: expect.stringMatching(/7 of 10 sections answered; at least 8 needed for a score\. Still to answer: Sex life.*; Social life; Travelling\./) });
    expect(issues.slice(1).map((i) => i.path.join("."))).toEqual(["answers.SEX_LIFE", "answers.SOCIAL_LIFE", "answers.TRAVELLING"]);
    // LEFS prorates with up to 2 items missing, so 18 answers are enough
    expect(measureIssues("LEFS_20", Object.fromEntries(LEFS.items.slice(0, 18).map((i) => [i.id, 3])), {})).toEqual([]);
  });

  it("PSFS: an activity typed but not rated is flagged; text is 1–80 characters", () => {
    expect(measureIssues("PSFS_5", { A1: 3 }, { A1: "Run 5 km", A2: "Squat" })).toEqual([{ path: ["answers", "A2"], message: "Rate this activity from 0 to 10" }]);
    const long = CompleteMyOutcomeInput.safeParse({ responseId: ids, version: "PSFS_5", answers: { A1: 3 }, activities: { A1: "x".repeat(81) } });
    expect(long.success).toBe(false);
    const blank = CompleteMyOutcomeInput.safeParse({ responseId: ids, version: "PSFS_5", answers: { A1: 3 }, activities: { A1: "   ", A2: "" } });
    expect(blank.success && blank.data.activities).toEqual({});
  });
});

describe("change verdicts and locked activities", () => {
  it("labels MCID, worsening, detectable change and not yet", () => {
    expect(changeFlag(changeSinceBaseline(ODI, 60, 48))).toBe("MCID_MET");
    expect(changeFlag(changeSinceBaseline(ODI, 40, 52))).toBe("WORSE");
    expect(changeFlag(changeSinceBaseline(ODI, 40, 36))).toBe("NOT_YET");
    // PSFS: a single activity up by 3 is a detectable change; the mean up by 1 is not yet an MCID
    const b = { score: 3, itemScores: { A1: 2, A2: 4 } };
    const c = { score: 4, itemScores: { A1: 5, A2: 3 } };
    expect(changeFlag(changeSinceBaseline(PSFS, b, c))).toBe("DETECTABLE");
    expect(changeFlag(changeSinceBaseline(PSFS, { score: 3, itemScores: { A1: 3 } }, { score: 3, itemScores: { A2: 3 } }))).toBeNull();
  });

  it("keeps the first wording of each activity across administrations", () => {
    expect(lockedActivities([{ A1: "Run 5 km" }, null, { A1: "run 10 km", A2: "Hop" }, { A2: "Skip", A3: " " }])).toEqual({ A1: "Run 5 km", A2: "Hop" });
  });
});
