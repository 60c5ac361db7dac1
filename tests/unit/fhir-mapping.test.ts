import { beforeAll, describe, expect, it } from "vitest";
import type { Bundle, CarePlan, Goal, Observation, Procedure, Provenance } from "@medplum/fhirtypes";
import { recordToBundle } from "@/lib/domain/fhir/bundle";
import { bundleToRecord } from "@/lib/domain/fhir/parse-bundle";
import { BundleError } from "@/lib/domain/fhir/codes";
import { richRecord } from "../support/fhir-fixture";
import { fhirValidator, schemaErrors } from "../support/fhir-schema";

const bundle = () => recordToBundle(richRecord(), "2026-03-20T10:00:00.000Z");
const resources = (b: Bundle) => (b.entry ?? []).map((e) => e.resource!);

describe("FHIR R4 bundle of a patient record", () => {
  // compiling the full R4 schema takes a few seconds (more on a busy machine)
  beforeAll(() => { fhirValidator(); }, 60_000);

  it("validates against the official FHIR R4 JSON schema", () => {
    expect(schemaErrors(bundle())).toEqual([]);
  });

  it("the schema check can fail: a resource with an unknown element or a bad code is refused", () => {
    const b = bundle();
    (b.entry![0].resource as unknown as Record<string, unknown>).gender = "robot";
    expect(schemaErrors(b).length).toBeGreaterThan(0);
  });

  it("every reference resolves to an entry of the bundle", () => {
    const b = bundle();
    const urls = new Set(b.entry!.map((e) => e.fullUrl));
    const refs = JSON.stringify(b).match(/"reference":"[^"]+"/g) ?? [];
    expect(refs.length).toBeGreaterThan(30);
    for (const r of refs) expect(urls.has(r.slice(13, -1))).toBe(true);
  });

  it("uses LOINC for NPRS and ODI scores, UCUM units, ICD-10-CM and CPT", () => {
    const all = resources(bundle());
    const scores = all.filter((r): r is Observation => r.resourceType === "Observation" && r.category?.[0]?.coding?.[0]?.code === "survey");
    expect(scores.map((s) => s.code.coding?.[0])).toEqual([
      expect.objectContaining({ system: "http://loinc.org", code: "97909-6" }),
      expect.objectContaining({ system: "http://loinc.org", code: "72514-3", display: "Pain severity - 0-10 verbal numeric rating [Score] - Reported" }),
    ]);
    expect(scores[0].valueQuantity).toEqual({ value: 24, unit: "%", system: "http://unitsofmeasure.org", code: "%" });
    const rom = all.find((r): r is Observation => r.resourceType === "Observation" && r.code.coding?.[0]?.code === "ROM-LUMB-FLEX")!;
    expect(rom.valueQuantity).toEqual({ value: 45, unit: "deg", system: "http://unitsofmeasure.org", code: "deg" });
    expect(all.filter((r) => r.resourceType === "Condition").map((c) => (c as { code: { coding: { system: string; code: string }[] } }).code.coding[0]))
      .toEqual([expect.objectContaining({ system: "http://hl7.org/fhir/sid/icd-10-cm", code: "M53.3" }), expect.objectContaining({ code: "M54.50" })]);
    const manipulation = all.find((r): r is Procedure => r.resourceType === "Procedure" && r.code?.coding?.[0]?.code === "MANIPULATION")!;
    expect(manipulation.code?.coding).toContainEqual(expect.objectContaining({ system: "http://www.ama-assn.org/go/cpt", code: "98940" }));
  });

  it("carries each signed note's text and its signature as Provenance", () => {
    const all = resources(bundle());
    const note = all.find((r) => r.resourceType === "DocumentReference" && r.docStatus === "final")!;
    const text = Buffer.from((note as { content: { attachment: { data: string } }[] }).content[0].attachment.data, "base64").toString();
    expect(text).toContain("R SI joint dysfunction.");
    const prov = all.find((r): r is Provenance => r.resourceType === "Provenance")!;
    expect(prov.target[0].reference).toBe(`urn:uuid:${note.id}`);
    expect(prov.signature?.[0]).toMatchObject({ type: [{ code: "1.2.840.10065.1.12.1.1" }] });
  });

  it("a plan of care is a CarePlan with its phases as activities and a Goal per SMART goal, versions chained", () => {
    const all = resources(bundle());
    const plans = all.filter((r): r is CarePlan => r.resourceType === "CarePlan" && r.category?.[0]?.coding?.[0]?.code === "care-plan");
    expect(plans.map((p) => p.status)).toEqual(["revoked", "active"]);
    expect(plans[1].replaces?.[0].reference).toBe(`urn:uuid:${plans[0].id}`);
    expect(plans[1].activity?.map((a) => a.detail?.description)).toEqual(expect.arrayContaining(["Phase 2: 1 visit a week for 4 weeks", "Oswestry Disability Index every 4 visits"]));
    const goals = all.filter((r): r is Goal => r.resourceType === "Goal" && plans[1].goal!.some((g) => g.reference === `urn:uuid:${r.id}`));
    expect(goals.map((g) => g.target?.[0].detailQuantity)).toEqual([
      { value: 2, comparator: "<=" },
      { value: 21, unit: "km", comparator: ">=" },
    ]);
    expect(goals[0].target?.[0].measure?.coding?.[0]).toMatchObject({ system: "http://loinc.org", code: "72514-3" });
  });

  it("reads back into the same record, so a re-export gives the same bundle", () => {
    const first = bundle();
    const record = bundleToRecord(JSON.parse(JSON.stringify(first)));
    expect(recordToBundle(record, "2026-03-20T10:00:00.000Z")).toEqual(first);
  });

  it("refuses what is not a one-patient bundle, saying why", () => {
    expect(() => bundleToRecord({ resourceType: "Patient" } as unknown as Bundle)).toThrow(BundleError);
    const b = bundle();
    b.entry = b.entry!.filter((e) => e.resource?.resourceType !== "Patient");
    expect(() => bundleToRecord(b)).toThrow(/exactly one Patient/);
    const unsigned = bundle();
    unsigned.entry = unsigned.entry!.filter((e) => e.resource?.resourceType !== "Provenance");
    expect(() => bundleToRecord(unsigned)).toThrow(/no signature/);
  });
});
