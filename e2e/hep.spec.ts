import { expect, request, test } from "@playwright/test";
import { expectAccessible } from "./support/axe";
import { stateFile } from "./support/accounts";
import { tinyPng } from "./support/files";

const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };

test.describe("home-exercise programs", () => {
  test("a PT builds a piriformis program from the template, the patient logs it on a phone, the PT sees adherence and pain", async ({ browser, baseURL }) => {
    test.setTimeout(180_000);
    const stamp = Date.now();
    const email = `hep-${stamp}@kinetic.test`;
    const pt = await (await browser.newContext({ storageState: stateFile("pt") })).newPage();

    // a new patient of this spec, with a portal invitation and an open episode
    await pt.goto("/patients/new");
    await pt.getByLabel("Legal first name").fill("Ines");
    await pt.getByLabel("Legal last name").fill(`Okafor${stamp}`);
    await pt.getByLabel("Date of birth").fill("1991-07-19");
    await pt.getByLabel("Sex").selectOption("female");
    await pt.getByLabel("Email", { exact: true }).fill(email);
    await pt.getByRole("button", { name: "Register patient" }).click();
    await expect(pt).toHaveURL(/\/patients\/[0-9a-f-]{36}$/);
    const patientId = new URL(pt.url()).pathname.split("/").pop()!;
    await pt.getByRole("button", { name: "Send invitation" }).click();
    const invite = (await pt.locator("code").first().textContent())!;
    await pt.goto(`/patients/${patientId}/intake`);
    await pt.getByLabel("Complaint").fill("R deep buttock pain when running");
    await pt.getByRole("button", { name: "Open episode" }).click();
    await expect(pt.getByText("Episode opened.")).toBeVisible();

    // the program, from the piriformis template
    await pt.getByRole("link", { name: "Exercises", exact: true }).click();
    await expect(pt).toHaveURL(new RegExp(`/patients/${patientId}/exercises$`));
    await expect(pt.getByText("No home-exercise program yet.")).toBeVisible();
    await pt.getByLabel("Start from").selectOption({ label: "Piriformis syndrome / deep gluteal pain (runner): home program (5 exercises)" });
    await pt.getByLabel("Program name").fill("Piriformis home program");
    await pt.getByRole("button", { name: "Start program" }).click();
    const figure4 = pt.getByRole("group", { name: "2. Supine figure-4 stretch" });
    await expect(figure4).toBeVisible();
    await expect(pt.getByRole("group", { name: /^\d\. / })).toHaveCount(5);
    await expect(pt.getByRole("group", { name: "3. Ball release piriformis (tennis/lacrosse ball)" }).getByLabel("Duration (seconds)")).toHaveValue("60");
    // a dose out of the V19 range is refused with a clear message, next to the field
    await figure4.getByLabel("Hold (seconds)").fill("240");
    await pt.getByRole("button", { name: "Save draft" }).click();
    await expect(figure4.getByText("Hold must be a whole number from 0 to 180 seconds")).toBeVisible();
    await figure4.getByLabel("Hold (seconds)").fill("45");
    await figure4.getByLabel("Notes for the patient").fill("Stop if pain goes above 3/10");
    // reorder with buttons: the side plank up one place, then back
    await pt.getByRole("button", { name: "Move Side plank from knees up" }).click();
    await expect(pt.getByRole("group", { name: "4. Side plank from knees" })).toBeVisible();
    await pt.getByRole("button", { name: "Move Side plank from knees down" }).click();
    await expect(pt.getByRole("group", { name: "5. Side plank from knees" })).toBeVisible();
    await expectAccessible(pt);
    await pt.getByRole("button", { name: "Assign to the patient" }).click();
    await expect(pt.getByText(/Version 1 assigned to Ines: it is in the portal now/)).toBeVisible();
    const current = pt.getByRole("region", { name: "Current exercises (version 1)" });
    await expect(current.getByText("3 sets, hold 45 seconds, each side · Once a day, every day")).toBeVisible();
    await expect(current.getByText("Note: Stop if pain goes above 3/10")).toBeVisible();

    // the patient, on a 360 px phone: accept the invitation and sign in
    const phone = await browser.newContext(PHONE);
    const me = await phone.newPage();
    await me.goto(new URL(invite).pathname);
    await me.getByLabel("New password").fill("lantern-otter-granite-7");
    await me.getByLabel("Repeat the password").fill("lantern-otter-granite-7");
    await me.getByRole("button", { name: "Create my password" }).click();
    await me.getByLabel("Email").fill(email);
    await me.getByLabel("Password").fill("lantern-otter-granite-7");
    await me.getByRole("button", { name: "Sign in" }).click();
    await expect(me).toHaveURL(/\/portal$/);
    const card = me.getByRole("region", { name: "Today's exercises" });
    await expect(card.getByText(/New from your clinician/)).toBeVisible();
    await expect(card.getByRole("listitem")).toHaveCount(5);
    await expectAccessible(me);

    await card.getByRole("link", { name: "Open today's exercises" }).click();
    await expect(me.getByRole("heading", { level: 1, name: "Today's exercises" })).toBeVisible();
    await expect(me.getByRole("article")).toHaveCount(5);
    const first = me.getByRole("article", { name: "1. Supine piriformis stretch (knee to opposite shoulder)" });
    const second = me.getByRole("article", { name: "2. Supine figure-4 stretch" });
    await expect(second.getByText("3 sets, hold 45 seconds, each side")).toBeVisible();
    await expect(second.getByText("From your clinician: Stop if pain goes above 3/10")).toBeVisible();
    await expect(second.getByRole("img", { name: /ankle crossed over the other thigh/ })).toHaveAttribute("width", "160");
    // the drawing itself loads (not a broken image)
    await expect.poll(() => second.getByRole("img", { name: /ankle crossed/ }).evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
    // nothing wider than the phone
    expect(await me.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    await expectAccessible(me);

    // a double tap is one completion
    await first.getByRole("button", { name: /Mark done/ }).dblclick();
    await expect(first.getByText("✓ Done for today")).toBeVisible();
    await expect(first.getByRole("status")).toHaveText(/Done: recorded\.|Already recorded: it counts once\./);
    await first.getByRole("button", { name: /Save how it felt/ }).click();
    await expect(first.getByRole("status")).toHaveText("Already recorded: it counts once.");
    // the second one with how it felt
    await second.getByLabel("Pain during the exercise (0 = none, 10 = worst)").selectOption("3");
    await second.getByLabel("Comment (optional)").fill("Tight at first");
    await second.getByRole("button", { name: /Mark done/ }).click();
    await expect(second.getByRole("status")).toHaveText("Done: recorded.");

    // with no signal a tap is kept and reported, then sent when the phone is back online
    const third = me.getByRole("article", { name: /^3\. Ball release/ });
    await phone.setOffline(true);
    await third.getByRole("button", { name: /Mark done/ }).click();
    await expect(third.getByText(/Not sent yet: no connection/)).toBeVisible();
    await expect(third.getByText("1 session is not sent yet.")).toBeVisible();
    await phone.setOffline(false);
    await me.evaluate(() => window.dispatchEvent(new Event("online")));
    await expect(third.getByRole("status")).toHaveText("Done: recorded.");

    await me.reload();
    await expect(me.getByText(/^This week: 3 of \d+ sessions done/)).toBeVisible();
    await expect(first.getByText("✓ Done for today")).toBeVisible();

    // the printable handout
    await me.getByRole("link", { name: "Printable handout of all exercises" }).click();
    await expect(me.getByRole("heading", { level: 1, name: "Piriformis home program" })).toBeVisible();
    await expect(me.getByRole("button", { name: "Print this handout" })).toBeVisible();
    await expectAccessible(me);
    await me.emulateMedia({ media: "print" });
    await expect(me.getByRole("button", { name: "Print this handout" })).toBeHidden();
    await expect(me.getByRole("navigation", { name: "Portal" })).toBeHidden();
    await expect(me.getByRole("article")).toHaveCount(5);
    // it prints on both paper sizes
    for (const format of ["A4", "Letter"] as const) expect((await me.pdf({ format })).subarray(0, 5).toString()).toBe("%PDF-");

    // another patient's portal shows nothing of it
    const other = await request.newContext({ baseURL, storageState: stateFile("patient") });
    expect(await (await other.get("/portal/exercises")).text()).not.toContain("Piriformis home program");

    // the clinician sees adherence and the pain trend
    await pt.reload();
    await expect(pt.getByText(/Last 7 days: 3 of \d+ sessions/)).toBeVisible();
    await expect(pt.getByRole("img", { name: /^Pain after exercises \(0–10\), per day: 3\/10 on / })).toBeVisible();
    const days = pt.getByRole("region", { name: "Adherence per day (last 14 days)" });
    await expect(days.getByRole("row").nth(1)).toContainText("3");
    await expect(days.getByRole("row").nth(1)).toContainText("3/10");
    await expect(pt.getByRole("region", { name: "Adherence per week" }).getByRole("row")).not.toHaveCount(1);
    await expectAccessible(pt);

    // the front desk learns that a program exists, not what is in it
    const desk = await request.newContext({ baseURL, storageState: stateFile("frontDesk"), maxRedirects: 0 });
    const deskPage = await desk.get(`/patients/${patientId}/exercises`);
    expect(deskPage.status()).toBe(200);
    const html = await deskPage.text();
    expect(html).toContain("An active home-exercise program");
    expect(html).not.toContain("figure-4");
    expect(html).not.toContain("Tight at first");
  });

  test("the library: search and filter, add a clinic exercise with a picture, retire it", async ({ browser }) => {
    const pt = await (await browser.newContext({ storageState: stateFile("pt") })).newPage();
    await pt.goto("/exercises");
    const found = pt.getByRole("status").filter({ hasText: /exercises?$/ });
    await expect(found).toHaveText("40 exercises");
    await expectAccessible(pt);
    await pt.getByLabel("Body region").selectOption({ label: "Buttock (gluteal / piriformis)" });
    await pt.getByLabel("Category").selectOption({ label: "Self-massage (roller / ball)" });
    await pt.getByRole("button", { name: "Search" }).click();
    await expect(found).toHaveText("2 exercises");
    await pt.getByLabel("Name").fill("ball");
    await pt.getByRole("button", { name: "Search" }).click();
    await expect(found).toHaveText("1 exercise");
    await expect(pt.getByRole("link", { name: "Ball release piriformis (tennis/lacrosse ball)" })).toBeVisible();

    const name = `Wall sit ${Date.now()}`;
    await pt.getByRole("link", { name: "Exercise library" }).click();
    await pt.getByRole("link", { name: "Add a clinic exercise" }).click();
    await expectAccessible(pt);
    const form = pt.getByRole("form", { name: "New exercise" });
    await form.getByLabel("Name").fill(name);
    await form.getByLabel("Body region").selectOption({ label: "Front of thigh" });
    await form.getByLabel("Category").selectOption({ label: "Strength" });
    await form.getByLabel("Dosed in").selectOption({ label: "A hold in seconds" });
    await form.getByLabel("Reps").fill("");
    await form.getByLabel("Hold (seconds)").fill("30");
    await form.getByLabel("Steps").fill("Stand with your back against a wall\nSlide down until your knees are bent\nHold, then slide back up");
    // a text file dressed as a picture is refused by its content
    await form.getByLabel(/^Picture/).setInputFiles({ name: "wall-sit.png", mimeType: "image/png", buffer: Buffer.from("not really a picture at all") });
    await form.getByRole("button", { name: "Add exercise" }).click();
    await expect(form.getByText(/not a PNG, JPEG or WebP picture: its contents were checked/)).toBeVisible();
    await form.getByLabel(/^Picture/).setInputFiles({ name: "wall-sit.png", mimeType: "image/png", buffer: tinyPng() });
    await form.getByRole("button", { name: "Add exercise" }).click();
    await expect(pt.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(pt.getByText("Exercise added to the library.")).toBeVisible();
    const picture = pt.getByRole("img", { name: `Picture: ${name}` });
    await expect(picture).toBeVisible();
    expect(await picture.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(1);
    await expectAccessible(pt);
    await pt.getByRole("button", { name: "Retire this exercise" }).click();
    await expect(pt.getByText("Retired: it stays readable in programs that have it.")).toBeVisible();
  });
});
