import type { Metadata } from "next";
import { ExerciseForm } from "@/components/hep/exercise-form";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/server";

export const metadata: Metadata = { title: "New clinic exercise" };

export default async function NewExercisePage() {
  await requirePermission("chart.clinical.write");
  return (
    <>
      <PageHeader title="New clinic exercise" description="Give it a picture or a video link so patients can follow it at home." />
      <ExerciseForm initial={{
        name: "", region: "", category: "", doseKind: "REPS", paired: false, defaultSets: "2", defaultReps: "10", defaultHoldSeconds: "",
        defaultDurationSeconds: "", defaultTimesPerDay: "1", defaultDaysPerWeek: "5", steps: "", cautions: "", videoUrl: "", imageId: "",
      }} />
    </>
  );
}
