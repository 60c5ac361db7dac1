import { describe, expect, it } from "vitest";
import { seedDemo } from "@/db/seed/demo";
import { createTestDatabase } from "./support";

/** The demo clinic `npm start` creates on first run: seeded once, coherent, and idempotent. */
const t = await createTestDatabase();

describe("demo seed", () => {
  it("creates the demo clinic once, with each patient's bookings counted by their plan of care", async () => {
    expect(await seedDemo(t.owner)).toBe(true);
    expect(await seedDemo(t.owner)).toBe(false);
    const [counts] = await t.ownerSql<{ staff: number; patients: number; plans: number; appointments: number; unlinked: number }[]>`
      select (select count(*)::int from users where kind = 'staff') as staff,
        (select count(*)::int from patients) as patients,
        (select count(*)::int from care_plans where is_current) as plans,
        (select count(*)::int from appointments) as appointments,
        (select count(*)::int from appointments a where a.episode_id is null and a.status <> 'cancelled'
           and exists (select 1 from episodes e where e.patient_id = a.patient_id and e.status = 'open')) as unlinked`;
    expect(counts).toMatchObject({ staff: 5, patients: 3, plans: 3, unlinked: 0 });
    expect(counts.appointments).toBeGreaterThan(0);
  });
});
