import type { Metadata } from "next";
import { getDb } from "@/db";
import { LineChart } from "@/components/charts/line-chart";
import { ActionButton } from "@/components/forms/action-button";
import { ProgramBuilder, type BuilderLine } from "@/components/hep/program-builder";
import { ProgramItems } from "@/components/hep/program-items";
import { StartProgramForm } from "@/components/hep/start-program-form";
import { ChartFrame } from "@/components/patients/chart-page";
import { Alert } from "@/components/ui/alert";
import { Table, TBody, THead, Td, Th, Tr } from "@/components/ui/table";
import { endProgram, progressProgram } from "@/lib/actions/hep";
import { requirePatientAccess } from "@/lib/auth/server";
import { hasPermission } from "@/lib/auth/permissions";
import { listEpisodes } from "@/lib/data/chart";
import { getPatientHep, listLibrary, listTemplates, type HepItem } from "@/lib/data/hep";
import { getPatientSummary } from "@/lib/data/patients";
import { now } from "@/lib/time";

export const metadata: Metadata = { title: "Exercises" };

const toLine = (i: HepItem): BuilderLine => ({
  exerciseCode: i.exercise.code, phase: i.phase, side: i.side, sets: i.sets, reps: i.reps, holdSeconds: i.holdSeconds, repHoldSeconds: i.repHoldSeconds,
  durationSeconds: i.durationSeconds, restSeconds: i.restSeconds, timesPerDay: i.timesPerDay, daysPerWeek: i.daysPerWeek, load: i.load, loadKg: i.loadKg,
  notes: i.notes, progressionNote: i.progressionNote, painRule: i.painRule,
});

const pct = (p: number | null) => (p === null ? "—" : `${p} %`);

export default async function ExercisesTab({ params, searchParams }: { params: Promise<{ patientId: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const { patientId } = await params;
  const assigned = (await searchParams).assigned;
  // Every staff member may learn that a program exists; getPatientHep decides whether they see its content.
  const caller = await requirePatientAccess(patientId, "patient.demographics.read", "exercises");
  const db = getDb();
  const hep = await getPatientHep(db, caller, patientId, now());
  if (hep.restricted) {
    return (
      <ChartFrame caller={caller} patientId={patientId} current="exercises">
        <h2 className="mb-3 text-xl font-semibold">Home exercises</h2>
        {hep.programs.length === 0 ? <p>No home-exercise program.</p> : (
          <ul className="space-y-2">
            {hep.programs.map((p) => (
              <li key={p.id} className="rounded-lg border border-slate-200 bg-white p-4">
                {p.status === "active" ? "An active home-exercise program" : "An ended home-exercise program"}
                {p.version ? `, version ${p.version}, assigned on ${p.assignedOn}` : ", not assigned yet"}.
              </li>
            ))}
          </ul>
        )}
        <p className="mt-4 text-sm text-slate-700">The exercises and the patient&apos;s logs are visible to clinicians.</p>
      </ChartFrame>
    );
  }
  const canWrite = hasPermission(caller.roles, "chart.clinical.write");
  const [episodes, templates, choices, summary] = await Promise.all([
    listEpisodes(db, caller, patientId), listTemplates(db), listLibrary(db, { status: "all" }), getPatientSummary(db, caller, patientId),
  ]);
  const busy = new Set(hep.programs.filter((p) => p.status === "active").map((p) => p.episodeId));
  const startable = episodes.filter((e) => e.status === "open" && !busy.has(e.id)).map((e) => ({ id: e.id, title: e.title }));
  const patientName = summary ? (summary.preferredName ?? summary.legalFirstName) : "the patient";
  return (
    <ChartFrame caller={caller} patientId={patientId} current="exercises">
      <h2 className="mb-4 text-xl font-semibold">Home exercises</h2>
      {assigned && /^\d+$/.test(assigned) && (
        <div className="mb-4"><Alert tone="success">Version {assigned} assigned to {patientName}: it is in the portal now, and an email is on its way.</Alert></div>
      )}
      {hep.programs.length === 0 && <p className="mb-6">No home-exercise program yet.</p>}
      {hep.programs.map((program) => {
        const current = program.versions.find((v) => v.status === "assigned");
        const draft = program.versions.find((v) => v.status === "draft");
        const history = program.versions.filter((v) => v.status === "superseded").reverse();
        return (
          <section key={program.id} aria-labelledby={`prog-${program.id}`} className="mb-10 space-y-6">
            <div>
              <h3 id={`prog-${program.id}`} className="text-lg font-semibold">{program.title}</h3>
              <p className="text-slate-700">Episode: {program.episodeTitle} · {program.status === "active" ? "active" : "ended"}
                {current ? ` · version ${current.version}, assigned ${current.assignedOn}${current.assignedByName ? ` by ${current.assignedByName}` : ""}` : " · not assigned yet"}</p>
            </div>

            {current && (
              <section aria-labelledby={`adh-${program.id}`} className="space-y-4 rounded-lg border border-slate-200 bg-white p-4">
                <h4 id={`adh-${program.id}`} className="text-lg font-semibold">Adherence and pain</h4>
                <p className="text-lg">Last 7 days: <strong>{program.lastWeek.done} of {program.lastWeek.planned} sessions</strong> ({pct(program.lastWeek.percent)})
                  {program.lastWeek.pain !== null ? `, pain ${program.lastWeek.pain}/10 after exercises on average` : ", no pain score logged"}.</p>
                <div className="grid gap-6 lg:grid-cols-3">
                  <Table caption="Adherence per week">
                    <THead><Tr><Th>Week of</Th><Th>Sessions done</Th><Th>Adherence</Th></Tr></THead>
                    <TBody>
                      {[...program.weeks].reverse().map((w) => (
                        <Tr key={w.weekStart}><Td>{w.weekStart}</Td><Td>{Math.round(w.done)} of {Math.round(w.planned)}</Td><Td>{pct(w.percent)}</Td></Tr>
                      ))}
                    </TBody>
                  </Table>
                  <Table caption="Adherence per day (last 14 days)">
                    <THead><Tr><Th>Day</Th><Th>Sessions logged</Th><Th>Pain</Th></Tr></THead>
                    <TBody>
                      {program.days.map((d) => (
                        <Tr key={d.date}><Td>{d.date}</Td><Td>{d.sessions}</Td><Td>{d.pain === null ? "—" : `${d.pain}/10`}</Td></Tr>
                      ))}
                    </TBody>
                  </Table>
                  {program.painTrend.length > 0
                    ? <LineChart title="Pain after exercises (0–10), per day" unit="/10" points={program.painTrend.map((p) => ({ label: p.date.slice(5), value: p.pain }))} />
                    : <p>No pain scores logged yet.</p>}
                </div>
              </section>
            )}

            {current && (
              <section aria-labelledby={`cur-${program.id}`} className="space-y-3">
                <h4 id={`cur-${program.id}`} className="text-lg font-semibold">Current exercises (version {current.version})</h4>
                <ProgramItems items={current.items} showPictures />
                {canWrite && program.status === "active" && !draft && (
                  <div className="flex flex-wrap gap-6">
                    <ActionButton action={progressProgram} input={{ programId: program.id }} label="Progress the program (new version)" done="A new version was started: edit it below, then assign it." />
                    <ActionButton action={endProgram} input={{ programId: program.id }} label="End this program" done="The program has ended." variant="danger" />
                  </div>
                )}
              </section>
            )}

            {draft && canWrite && (
              <section aria-labelledby={`draft-${program.id}`} className="space-y-3">
                <h4 id={`draft-${program.id}`} className="text-lg font-semibold">{current ? `Version ${draft.version} (draft): the progression` : "Build the program"}</h4>
                <ProgramBuilder versionId={draft.id} initial={draft.items.map(toLine)} choices={choices} />
              </section>
            )}

            {history.length > 0 && (
              <details className="rounded-lg border border-slate-200 bg-white p-4">
                <summary className="cursor-pointer font-semibold">Earlier versions ({history.length})</summary>
                {history.map((v) => (
                  <div key={v.id} className="mt-4">
                    <p className="font-semibold">Version {v.version}: assigned {v.assignedOn}, replaced {v.supersededOn}</p>
                    <ProgramItems items={v.items} />
                  </div>
                ))}
              </details>
            )}
          </section>
        );
      })}

      {canWrite && (startable.length === 0 ? (
        <p className="rounded-lg border border-slate-200 bg-white p-4">To start a new program, open an episode on the Intake tab (each open episode holds one active program).</p>
      ) : (
        <section aria-labelledby="start-h" className="max-w-xl rounded-lg border border-slate-200 bg-white p-4">
          <h3 id="start-h" className="mb-3 text-lg font-semibold">Start a program</h3>
          <StartProgramForm patientId={patientId} episodes={startable} templates={templates.map((t) => ({ id: t.id, name: t.name, exerciseCount: t.exerciseCodes.length }))} />
        </section>
      ))}
    </ChartFrame>
  );
}
