import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { toCsv } from "@/lib/domain/fhir/csv";
import { buildZip } from "@/lib/domain/fhir/zip";

describe("export files", () => {
  it("a zip that a standard unzip tool opens and verifies", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "kc-zip-"));
    try {
      const bundles = '{"resourceType":"Bundle"}\n{"resourceType":"Bundle","type":"collection"}\n';
      const zip = buildZip([
        { name: "bundles.ndjson", data: Buffer.from(bundles), modified: new Date("2026-03-20T10:00:00Z") },
        { name: "patients.csv", data: Buffer.from("id,name\r\n1,Michèle\r\n"), modified: new Date("2026-03-20T10:00:00Z") },
      ]);
      writeFileSync(path.join(dir, "export.zip"), zip);
      // python's zipfile checks every CRC on extract
      execFileSync("python3", ["-c", "import zipfile,sys; z=zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None; z.extractall(sys.argv[2])", path.join(dir, "export.zip"), dir]);
      expect(readFileSync(path.join(dir, "bundles.ndjson"), "utf8")).toBe(bundles);
      expect(readFileSync(path.join(dir, "patients.csv"), "utf8")).toContain("Michèle");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("CSV quotes what needs quoting and defuses spreadsheet formulas", () => {
    const csv = toCsv(["a", "b", "c"], [{ a: 'say "hi", then go', b: "=HYPERLINK(\"x\")", c: -3 }, { a: null, b: "line\nbreak", c: "-2.5" }]);
    expect(csv).toBe('a,b,c\r\n"say ""hi"", then go","\'=HYPERLINK(""x"")",-3\r\n,"line\nbreak",-2.5\r\n');
  });
});
