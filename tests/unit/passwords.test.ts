import { describe, expect, it } from "vitest";
import { isCommonPassword } from "@/lib/domain/auth/common-passwords";
import { SetPasswordInput, SignInInput } from "@/lib/validation/auth";

const set = (password: string, confirm = password) => SetPasswordInput.safeParse({ token: "t".repeat(43), password, confirm });

describe("password rules", () => {
  it("needs 12 or more characters", () => {
    expect(set("elevenchars").success).toBe(false);
    expect(set("twelve-chars").success).toBe(true);
  });
  it("refuses common passwords, also with digits or symbols appended", () => {
    expect(isCommonPassword("password1234")).toBe(true);
    expect(isCommonPassword("Password1234!")).toBe(true);
    expect(isCommonPassword("qwertyuiop123")).toBe(true);
    expect(isCommonPassword("granite-otter-lantern")).toBe(false);
    expect(set("Password12345").success).toBe(false);
  });
  it("requires the confirmation to match, reported on the confirmation field", () => {
    const r = set("granite-otter-lantern", "granite-otter-lanterN");
    expect(r.success).toBe(false);
    expect(r.error?.issues[0].path).toEqual(["confirm"]);
  });
  it("sign-in names the missing field", () => {
    const r = SignInInput.safeParse({ email: "  ", password: "" });
    expect(r.error?.issues.map((i) => [i.path[0], i.message])).toEqual([["email", "Enter your email"], ["password", "Enter your password"]]);
  });
});
