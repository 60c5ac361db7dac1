import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { qrMatrix, qrSvg } from "@/lib/auth/qr";

const OTPAUTH = "otpauth://totp/Kinetic%20Chart%3Aowner%40kinetic.test?secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&issuer=Kinetic+Chart&algorithm=SHA1&digits=6&period=30";
const LONG = "https://example.test/" + "a".repeat(190);
const digest = (t: string) => createHash("sha256").update(qrMatrix(t).map((r) => r.map((d) => (d ? 1 : 0)).join("")).join("\n")).digest("hex");

describe("QR encoder", () => {
  // These matrices were decoded back to their text by OpenCV's QRCodeDetector when the encoder was
  // written (versions 1, 8 and 10, the last two with version information); the digests pin them.
  it.each([
    ["hello", 21, "683921f56b2988dd454e5f08cc85d949682bd846d510fe13aa028a95d1427918"],
    [OTPAUTH, 49, "8e0762683d800e857fa83ad422510f16363112381e3a353a05b51df18ca6e5dc"],
    [LONG, 57, "a897fcf1b6f2ea839ee3b3ed475d419cb13f655f74a9a536ab0e3a47dce0a94d"],
  ])("encodes %s as a %i×%i verified matrix", (text, size, hash) => {
    const m = qrMatrix(text);
    expect(m).toHaveLength(size);
    expect(m.every((row) => row.length === size)).toBe(true);
    expect(digest(text)).toBe(hash);
  });

  it("draws the three finder patterns, the timing lines and the dark module", () => {
    const m = qrMatrix(OTPAUTH);
    const n = m.length;
    const finder = (x0: number, y0: number) => {
      for (let y = 0; y < 7; y++) for (let x = 0; x < 7; x++) {
        const ring = Math.max(Math.abs(x - 3), Math.abs(y - 3));
        expect(m[y0 + y][x0 + x], `finder at ${x0},${y0}`).toBe(ring !== 2);
      }
    };
    finder(0, 0);
    finder(n - 7, 0);
    finder(0, n - 7);
    for (let i = 8; i < n - 8; i++) {
      expect(m[6][i]).toBe(i % 2 === 0);
      expect(m[i][6]).toBe(i % 2 === 0);
    }
    expect(m[n - 8][8]).toBe(true);
  });

  it("grows with the text and refuses text beyond version 10", () => {
    expect(qrMatrix("x".repeat(60))).toHaveLength(33);
    expect(() => qrMatrix("x".repeat(300))).toThrow(/too long/);
  });

  it("renders an SVG with a quiet zone, an accessible name and nothing executable", () => {
    const svg = qrSvg("hello", 'Setup code for "app" <x>');
    expect(svg).toContain('viewBox="0 0 29 29"');
    expect(svg).toContain('aria-label="Setup code for &quot;app&quot; &lt;x>"');
    expect(svg).not.toMatch(/<script|on\w+=|style=/i);
  });
});
