import ICAL from "ical.js";
import { expect, test, type Page } from "@playwright/test";
import { DEMO_PATIENTS } from "../db/seed/demo-people";
import { expectAccessible } from "./support/axe";
import { PATIENT, stateFile } from "./support/accounts";

const NY = "America/New_York";
const PRIYA = DEMO_PATIENTS[2];

/** A local date in New York `days` from now, moved forward to a Monday–Friday. */
function weekdayFromNow(days: number): string {
  const d = new Date(Date.now() + days * 86_400_000);
  let date = new Intl.DateTimeFormat("en-CA", { timeZone: NY }).format(d);
  const dow = () => new Date(`${date}T12:00:00Z`).getUTCDay();
  while (dow() === 0 || dow() === 6) date = new Date(new Date(`${date}T12:00:00Z`).getTime() + 86_400_000).toISOString().slice(0, 10);
  return date;
}

async function registerPatient(page: Page, first: string, last: string): Promise<string> {
  await page.goto("/patients/new");
  await page.getByLabel("Legal first name").fill(first);
  await page.getByLabel("Legal last name").fill(last);
  await page.getByLabel("Date of birth").fill("1988-07-14");
  await page.getByLabel("Sex").selectOption("female");
  await page.getByRole("button", { name: "Register patient" }).click();
  await expect(page).toHaveURL(/\/patients\/[0-9a-f-]{36}$/);
  return page.url().split("/").pop()!;
}

/** Book through the booking page: type, clinician, day, then the slot with that label. */
async function book(page: Page, o: { patientId: string; type: string; clinician: string; date: string; slot: string }) {
  await page.goto(`/schedule/book?patient=${o.patientId}`);
  await expect(page.getByRole("link", { name: "Choose another patient" })).toBeVisible();
  await page.getByLabel("Appointment type (required)", { exact: true }).selectOption({ label: o.type });
  await page.getByLabel("Clinician (required)", { exact: true }).selectOption({ label: o.clinician });
  await page.getByLabel("Day (required)", { exact: true }).fill(o.date);
  await page.getByRole("button", { name: "Show free slots" }).click();
  await page.getByRole("radio", { name: o.slot }).check();
  await page.getByRole("button", { name: "Book this slot" }).click();
  await expect(page.getByText("Appointment booked.")).toBeVisible();
  return page.url().split("/").pop()!.split("?")[0];
}

test.describe("front desk", () => {
  test.use({ storageState: stateFile("frontDesk") });

  test("books from a free slot, sees it on the schedule, moves it, cancels with a reason; a taken slot offers alternatives", async ({ page, browser }) => {
    test.setTimeout(150_000);
    const stamp = Date.now();
    const day = weekdayFromNow(9);
    const patientId = await registerPatient(page, "Ines", `Sched${stamp}`);

    // find the patient by name on the booking page, then choose type, clinician, day and a free slot
    await page.goto("/schedule/book");
    await expectAccessible(page);
    await page.getByLabel("Find patient").fill(`Sched${stamp}`);
    await page.getByRole("button", { name: "Search" }).click();
    await page.getByRole("link", { name: `Choose Sched${stamp}, Ines` }).click();
    await expect(page.getByRole("link", { name: "Choose another patient" })).toBeVisible();
    await page.getByLabel("Appointment type (required)", { exact: true }).selectOption({ label: "Follow-up (30 min)" });
    await page.getByLabel("Clinician (required)", { exact: true }).selectOption({ label: "Sam Rivera (PT)" });
    await page.getByLabel("Room", { exact: true }).selectOption({ label: "Treatment room 2 — Main clinic" });
    await page.getByLabel("Day (required)", { exact: true }).fill(day);
    await page.getByRole("button", { name: "Show free slots" }).click();
    await expect(page.getByRole("radio", { name: "09:00–09:30" })).toBeVisible();
    await expectAccessible(page);
    await page.getByRole("radio", { name: "09:00–09:30" }).check();
    await page.getByRole("button", { name: "Book this slot" }).click();
    await expect(page.getByText("Appointment booked.")).toBeVisible();
    await expect(page.getByText("09:00–09:30", { exact: false }).first()).toBeVisible();
    const appointmentUrl = page.url().split("?")[0];
    await expectAccessible(page);

    // the day view for that clinician shows the booking as a link
    await page.goto(`/schedule?date=${day}`);
    const grid = page.getByRole("region", { name: /all clinicians at Main clinic/ });
    await expect(grid.getByRole("link", { name: new RegExp(`09:00–09:30 Ines Sched${stamp}`) })).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel("View", { exact: true }).selectOption("week");
    await page.getByLabel("Clinician", { exact: true }).selectOption({ label: "Sam Rivera (PT)" });
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page.getByRole("region", { name: /Week of .* for Sam Rivera/ }).getByRole("link", { name: new RegExp(`Ines Sched${stamp}`) })).toBeVisible();
    await expectAccessible(page);

    // move to 10:00 the same day
    await page.goto(appointmentUrl);
    await page.getByRole("radio", { name: "10:00–10:30" }).check();
    await page.getByRole("button", { name: "Move to this slot" }).click();
    await expect(page.getByText("Appointment moved.")).toBeVisible();
    await expect(page.getByText(/10:00–10:30/).first()).toBeVisible();

    // two desks race for 11:00: the second gets "just taken" and the nearest free times
    const other = await registerPatient(page, "Ola", `Race${stamp}`);
    const third = await registerPatient(page, "Uma", `Race${stamp}`);
    const desk2 = await (await browser.newContext({ storageState: stateFile("frontDesk") })).newPage();
    for (const [p, id] of [[page, other], [desk2, third]] as const) {
      await p.goto(`/schedule/book?patient=${id}`);
      await p.getByLabel("Appointment type (required)", { exact: true }).selectOption({ label: "Follow-up (30 min)" });
      await p.getByLabel("Clinician (required)", { exact: true }).selectOption({ label: "Sam Rivera (PT)" });
      await p.getByLabel("Day (required)", { exact: true }).fill(day);
      await p.getByRole("button", { name: "Show free slots" }).click();
      await p.getByRole("radio", { name: "11:00–11:30" }).check();
    }
    await desk2.getByRole("button", { name: "Book this slot" }).click();
    await expect(desk2.getByText("Appointment booked.")).toBeVisible();
    await page.getByRole("button", { name: "Book this slot" }).click();
    await expect(page.getByRole("alert").filter({ hasText: /That slot was just taken/ })).toBeVisible();
    await expect(page.getByRole("group", { name: "Nearest free times" })).toBeVisible();
    await page.getByRole("radio", { name: /11:30–12:00/ }).check();
    await page.getByRole("button", { name: "Book this slot" }).click();
    await expect(page.getByText("Appointment booked.")).toBeVisible();

    // a patient waits for any time with Sam Rivera
    const waiting = await registerPatient(page, "Wren", `Wait${stamp}`);
    await page.goto("/schedule/waitlist");
    await page.getByLabel("Find a patient to add").fill(`Wait${stamp}`);
    await page.getByRole("button", { name: "Search" }).click();
    await page.getByRole("link", { name: new RegExp(`Add Wait${stamp}`) }).click();
    await page.getByRole("checkbox", { name: "Sam Rivera" }).check();
    await page.getByRole("button", { name: `Add Wren Wait${stamp} to the waitlist` }).click();
    await expect(page.getByText("Added to the waitlist.")).toBeVisible();

    // cancel with a reason: kept as history, shown as cancelled
    await page.goto(appointmentUrl);
    await page.getByRole("button", { name: "Cancel appointment" }).click();
    await expect(page.getByText("Reason is required")).toBeVisible();
    await page.getByLabel("Reason for cancelling (required)", { exact: true }).fill("Patient has a work trip");
    await page.getByRole("button", { name: "Cancel appointment" }).click();
    await expect(page.getByText("Cancelled — Patient has a work trip")).toBeVisible();
    // the freed slot is offered to the waitlist first, and booked for the waiting patient
    const offers = page.getByRole("region", { name: /Waitlisted patients for/ });
    await expect(offers.getByRole("listitem").filter({ hasText: `Wait${stamp}, Wren` })).toHaveCount(1);
    await expectAccessible(page);
    await offers.getByRole("button", { name: `Book this slot for Wait${stamp}, Wren` }).click();
    await expect(offers.getByText(new RegExp(`Booked Wait${stamp}, Wren for`))).toBeVisible();
    await expect(offers.getByText("This slot is booked now.")).toBeVisible();
    await page.goto(`/patients/${waiting}`);
    await expect(page.getByRole("region", { name: "Appointments" }).getByText(/10:00/).first()).toBeVisible();
    await page.goto(`/patients/${patientId}`);
    const history = page.getByRole("region", { name: "Appointments" });
    await expect(history.getByText("(Cancelled: Patient has a work trip)")).toBeVisible();
    await expectAccessible(page);
  });

  test("marks a past appointment that nobody checked in as a no-show", async ({ page }) => {
    await page.goto(`/patients/${PRIYA.id}`);
    const item = page.getByRole("region", { name: "Appointments" }).getByRole("listitem").filter({ hasText: "Follow-up with Sam Rivera" }).filter({ hasText: "(Booked)" });
    await item.getByRole("link").click();
    await expect(page.getByRole("heading", { name: /Priya Shah — Follow-up/ })).toBeVisible();
    await page.getByRole("button", { name: "Mark no-show" }).click();
    // the page re-renders with the new status (the button's own confirmation goes with the button)
    await expect(page.getByText("No-show", { exact: true })).toBeVisible();
    await expect(page.getByRole("button", { name: "Undo no-show" })).toBeVisible();
    await expectAccessible(page);
  });
});

test.describe("patient portal and calendar feed", () => {
  test("the patient sees booked visits, cancels one, and the iCal feed keeps 9:00 local across the March DST change", async ({ browser }) => {
    test.setTimeout(150_000);
    const desk = await (await browser.newContext({ storageState: stateFile("frontDesk") })).newPage();
    // US clocks spring forward on Sunday 14 March 2027
    const before = await book(desk, { patientId: PATIENT.id, type: "Follow-up (30 min)", clinician: "Sam Rivera (PT)", date: "2027-03-12", slot: "09:00–09:30" });
    const after = await book(desk, { patientId: PATIENT.id, type: "Follow-up (30 min)", clinician: "Sam Rivera (PT)", date: "2027-03-15", slot: "09:00–09:30" });
    await book(desk, { patientId: PATIENT.id, type: "Re-exam (45 min)", clinician: "Sam Rivera (PT)", date: "2027-03-16", slot: "14:00–14:45" });

    const page = await (await browser.newContext({ storageState: stateFile("patient"), viewport: { width: 390, height: 844 } })).newPage();
    await page.goto("/portal/appointments");
    await expect(page.getByRole("heading", { name: "My appointments" })).toBeVisible();
    const card = (day: string) => page.getByRole("listitem").filter({ hasText: day });
    await expect(card("Friday, March 12").getByText("9:00 AM – 9:30 AM")).toBeVisible();
    await expect(card("Monday, March 15").getByText("9:00 AM – 9:30 AM")).toBeVisible();
    await expect(card("Monday, March 15").getByText("Follow-up with Sam Rivera")).toBeVisible();
    await expectAccessible(page);

    const reexam = card("Tuesday, March 16");
    await reexam.getByText("Cancel this appointment").click();
    await reexam.getByRole("button", { name: "Yes, cancel it" }).click();
    await expect(page.getByRole("listitem").filter({ hasText: "Tuesday, March 16" }).filter({ hasText: "(cancelled)" })).toBeVisible();

    await page.getByRole("button", { name: "Stop appointment emails" }).click();
    await expect(page.getByText("You will not get appointment emails.")).toBeVisible();
    await page.getByRole("button", { name: "Turn appointment emails on" }).click();
    await expect(page.getByText(/We email you when an appointment is booked/)).toBeVisible();

    await page.getByRole("button", { name: "Create calendar link" }).click();
    const url = (await page.getByRole("status").locator("code").textContent())!.trim();
    expect(url).toMatch(/\/api\/ical\/[A-Za-z0-9_-]{40,}$/);
    const res = await page.request.get(url);
    expect(res.status()).toBe(200);
    expect(res.headers()["content-type"]).toContain("text/calendar");
    const cal = new ICAL.Component(ICAL.parse(await res.text()));
    const events = cal.getAllSubcomponents("vevent").map((v) => ({ uid: String(v.getFirstPropertyValue("uid")), status: String(v.getFirstPropertyValue("status")), event: new ICAL.Event(v) }));
    const local = (d: Date) => new Intl.DateTimeFormat("en-GB", { timeZone: NY, dateStyle: "short", timeStyle: "short" }).format(d);
    const byId = (id: string) => events.find((e) => e.uid.startsWith(id))!;
    expect(local(byId(before).event.startDate.toJSDate())).toBe("12/03/2027, 09:00");
    expect(local(byId(after).event.startDate.toJSDate())).toBe("15/03/2027, 09:00");
    // the UTC instants differ by the DST hour: 14:00Z before, 13:00Z after
    expect(byId(before).event.startDate.toJSDate().toISOString()).toBe("2027-03-12T14:00:00.000Z");
    expect(byId(after).event.startDate.toJSDate().toISOString()).toBe("2027-03-15T13:00:00.000Z");
    expect(byId(after).event.summary).toBe("Follow-up with Sam Rivera");
    expect(events.find((e) => e.event.startDate.toJSDate().toISOString() === "2027-03-16T18:00:00.000Z")?.status).toBe("CANCELLED");
    expect(await res.text()).not.toContain(DEMO_PATIENTS[1].last);

    // replacing the link stops the old one at once
    await page.getByRole("button", { name: "Replace calendar link" }).click();
    await expect(page.getByRole("status").locator("code")).not.toHaveText(url);
    expect((await page.request.get(url)).status()).toBe(404);
    expect((await page.request.get("/api/ical/not-a-real-token-at-all-xxxxxxxx")).status()).toBe(404);
  });
});

test.describe("admin", () => {
  test.use({ storageState: stateFile("admin") });

  test("manages appointment types, rooms and a clinician's hours and time off", async ({ page }) => {
    test.setTimeout(90_000);
    const stamp = Date.now();
    await page.goto("/admin/scheduling");
    await expect(page.getByRole("cell", { name: "Initial exam", exact: true })).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel("Name (required)", { exact: true }).fill(`Sports massage ${stamp}`);
    await page.getByLabel("Duration (minutes) (required)", { exact: true }).fill("3");
    await page.getByRole("button", { name: "Add type" }).click();
    await expect(page.getByText("At least 5 minutes")).toBeVisible();
    await page.getByLabel("Duration (minutes) (required)", { exact: true }).fill("45");
    await page.getByRole("checkbox", { name: "LMT" }).check();
    await page.getByRole("button", { name: "Add type" }).click();
    await expect(page.getByRole("cell", { name: `Sports massage ${stamp}`, exact: true })).toBeVisible();
    await page.getByRole("button", { name: `Retire Sports massage ${stamp}` }).click();
    await expect(page.getByRole("row", { name: new RegExp(`Sports massage ${stamp}`) }).getByRole("cell", { name: "Retired" })).toBeVisible();

    await page.getByLabel("New room at Main clinic (required)", { exact: true }).fill(`Table ${stamp}`);
    await page.getByRole("button", { name: "Add room" }).click();
    await expect(page.getByText(`Table ${stamp}`, { exact: true })).toBeVisible();

    await page.getByRole("link", { name: "Hours and time off for Ana Kowalski" }).click();
    await expect(page.getByRole("heading", { name: "Hours for Ana Kowalski" })).toBeVisible();
    await expectAccessible(page);
    await page.getByLabel("Day", { exact: true }).selectOption({ label: "Friday" });
    await page.getByLabel("From (required)", { exact: true }).fill("13:00");
    await page.getByLabel("Until (required)", { exact: true }).fill("12:00");
    await page.getByRole("button", { name: "Add hours" }).click();
    await expect(page.getByText("End must be after start")).toBeVisible();
    await page.getByLabel("Until (required)", { exact: true }).fill("18:00");
    await page.getByRole("button", { name: "Add hours" }).click();
    await expect(page.getByRole("cell", { name: "13:00–18:00", exact: true })).toBeVisible();
    await page.getByLabel("Date (required)", { exact: true }).fill("2027-07-02");
    await page.getByLabel("Reason (required)", { exact: true }).fill("Half day: course");
    await page.getByRole("checkbox", { name: "The whole day" }).uncheck();
    await page.getByLabel("Off from", { exact: true }).fill("15:00");
    await page.getByLabel("Off until", { exact: true }).fill("18:00");
    await page.getByRole("button", { name: "Add time off" }).click();
    await expect(page.getByRole("cell", { name: "Half day: course", exact: true })).toBeVisible();
    await expect(page.getByRole("cell", { name: "15:00–18:00", exact: true })).toBeVisible();

    await page.goto("/admin/settings");
    await page.getByLabel("Reminder email before a visit (hours)").fill("200");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByText("At most 7 days (168 hours)")).toBeVisible();
    await page.getByLabel("Reminder email before a visit (hours)").fill("24");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByText("Settings saved.")).toBeVisible();
  });
});
