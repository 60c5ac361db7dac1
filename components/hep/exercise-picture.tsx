import { exercisePicture } from "@/lib/domain/hep/picture";

/** A plain <img> with its size given, so the page does not jump while a slow phone loads it. */
export function ExercisePicture({ exercise, size = 160, className = "" }: {
  exercise: { code: string; name: string; source: "reference" | "clinic"; imageId: string | null }; size?: number; className?: string;
}) {
  const pic = exercisePicture(exercise);
  if (!pic) return null;
  // eslint-disable-next-line @next/next/no-img-element -- small static drawings and checked uploads; no optimiser needed
  return <img src={pic.src} alt={pic.alt} width={size} height={size} loading="lazy" className={`h-auto rounded-md border border-slate-200 bg-white object-contain ${className}`} />;
}
