/**
 * The picture of an exercise: the project's drawing for a library exercise, the uploaded picture
 * for a clinic-made one (none when the clinic gave only a video link).
 */
import { exerciseIllustration } from "./illustrations";

export function exercisePicture(ex: { code: string; name: string; source: "reference" | "clinic"; imageId: string | null }): { src: string; alt: string } | null {
  if (ex.source === "clinic") return ex.imageId ? { src: `/api/exercises/images/${ex.imageId}`, alt: `Picture: ${ex.name}` } : null;
  return exerciseIllustration(ex.code);
}
