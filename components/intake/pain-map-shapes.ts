/**
 * Geometry for the pain map (plain data). Units are the SVG viewBox (180 × 410); the body's midline is x = 90.
 *
 * Each paired region is drawn once for the VIEWER's left half and mirrored (x → 180 − x) for the other half.
 * Which patient side the viewer's left is depends on the view:
 *   back view  — viewer's left = patient's LEFT
 *   front view — viewer's left = patient's RIGHT (the patient is facing you)
 * `hitArea` is an invisible, larger tap target for small regions (≥ ~14 units ≈ 24 px at 320 px wide).
 */
import type { PainView, RegionId, SelectableSide } from "@/lib/domain/intake/body-regions";

export type ShapeGeometry =
  | { kind: "ellipse"; cx: number; cy: number; rx: number; ry: number; rotate?: number }
  | { kind: "rect"; x: number; y: number; width: number; height: number; r?: number }
  | { kind: "path"; d: string };

export interface RegionShape {
  key: string;
  view: PainView;
  regionId: RegionId;
  side: SelectableSide;
  /** Draw with the mirror transform (right half of the drawing). */
  mirrored: boolean;
  shape: ShapeGeometry;
  hitArea?: ShapeGeometry;
}

export const PAIN_MAP_VIEWBOX = { width: 180, height: 410 } as const;
/** SVG transform that mirrors the viewer's left half onto the right half. */
export const MIRROR_TRANSFORM = `matrix(-1 0 0 1 ${PAIN_MAP_VIEWBOX.width} 0)`;

export const HEAD: ShapeGeometry = { kind: "ellipse", cx: 90, cy: 24, rx: 15, ry: 19 };

/** Viewer's-left half of the body (closed along the midline); drawn twice, once mirrored. */
export const BODY_HALF: ShapeGeometry = {
  kind: "path",
  d:
    "M90 40 L84 40 L83 53 Q66 55 53 61 Q44 66 42 78 L30 150 L21 212 Q15 230 23 240 Q32 242 34 222 L41 158 " +
    "L52 106 Q54 120 58 132 Q62 148 62 162 Q59 180 51 198 Q45 212 46 236 Q47 270 55 298 L57 312 " +
    "Q52 332 57 350 L65 374 Q60 384 63 393 L85 393 Q87 384 83 374 L85 350 Q88 330 83 314 L84 300 " +
    "Q88 272 89 252 L90 250 Z",
};

/** Non-interactive detail lines (viewer's-left half, mirrored too). */
export const DETAILS: Record<PainView, string[]> = {
  front: ["M64 306 Q70 300 78 306", "M80 160 Q84 163 88 160"],
  back: ["M52 252 Q70 262 88 252", "M61 318 Q70 322 80 318"],
};

function pair(view: PainView, regionId: RegionId, shape: ShapeGeometry, hitArea?: ShapeGeometry): RegionShape[] {
  // The side drawn on the viewer's left: patient's left on the back, patient's right on the front.
  const [left, right]: SelectableSide[] = view === "back" ? ["L", "R"] : ["R", "L"];
  return [
    { key: `${view}-${regionId}-${left}`, view, regionId, side: left, mirrored: false, shape, hitArea },
    { key: `${view}-${regionId}-${right}`, view, regionId, side: right, mirrored: true, shape, hitArea },
  ];
}

function central(view: PainView, regionId: RegionId, shape: ShapeGeometry, hitArea?: ShapeGeometry): RegionShape[] {
  return [{ key: `${view}-${regionId}-CENTRAL`, view, regionId, side: "CENTRAL", mirrored: false, shape, hitArea }];
}

const rect = (x: number, y: number, width: number, height: number, r = 3): ShapeGeometry => ({ kind: "rect", x, y, width, height, r });
const ellipse = (cx: number, cy: number, rx: number, ry: number, rotate?: number): ShapeGeometry => ({ kind: "ellipse", cx, cy, rx, ry, rotate });
const path = (d: string): ShapeGeometry => ({ kind: "path", d });

/** Lumbar bands: a midline strip over the spinous processes plus a paraspinal strip each side. */
function lumbar(regionId: RegionId, y: number, height: number): RegionShape[] {
  return [...pair("back", regionId, rect(65, y, 16, height)), ...central("back", regionId, rect(82, y, 16, height))];
}

// Order = keyboard tab order: top to bottom, viewer's left before right.
export const PAIN_MAP_SHAPES: readonly RegionShape[] = [
  // ── Front ──
  ...pair("front", "ABDOMEN_FLANK", path("M59 124 L74 124 L74 180 L59 180 Q64 160 59 124 Z")),
  ...central("front", "ABDOMEN_FLANK", rect(76, 124, 28, 56, 6)),
  ...pair("front", "GROIN_ANTERIOR_HIP", ellipse(71, 207, 13, 7, 40)),
  ...pair("front", "GREATER_TROCHANTER", ellipse(54, 222, 6, 10), ellipse(54, 222, 8, 12)),
  ...pair("front", "PUBIC", rect(75, 222, 14.5, 15)),
  ...central("front", "PERINEUM_SADDLE", path("M79 241 L101 241 L99 270 L92 270 L90 253 L88 270 L81 270 Z")),
  ...pair("front", "THIGH_LATERAL", path("M48 238 L62 238 L64 296 L56 296 Q49 270 48 238 Z")),
  ...pair("front", "THIGH_ANTERIOR", path("M64 236 L77 240 L79 272 Q82 284 81 296 L66 296 Z")),
  ...pair("front", "KNEE_LATERAL", ellipse(61, 306, 5, 8), ellipse(62, 306, 8, 9)),
  ...pair("front", "LEG_LATERAL", path("M57 321 L68 321 L71 366 L65 368 Q54 346 57 321 Z")),
  ...pair("front", "FOOT_DORSUM", ellipse(76, 383, 8, 7)),
  // ── Back ──
  ...lumbar("LUMBAR_UPPER", 128, 20),
  ...lumbar("LUMBAR_LOWER", 149, 19),
  ...lumbar("LUMBOSACRAL", 169, 15),
  ...pair("back", "BUTTOCK_UPPER", path("M57 186 L67 186 Q65 198 65 208 Q59 213 50 217 Q48 205 52 195 Q54 190 57 186 Z")),
  ...pair("back", "SIJ", ellipse(74, 197, 6, 10, -15), ellipse(74, 197, 7.5, 11, -15)),
  ...central("back", "SACRUM", path("M81 186 L99 186 Q99 202 95 212 Q90 222 85 212 Q81 202 81 186 Z")),
  ...central("back", "COCCYX", ellipse(90, 228, 3.5, 6), ellipse(90, 228, 8, 8)),
  ...pair("back", "BUTTOCK_DEEP", ellipse(69, 222, 12, 7.5, -8)),
  ...pair("back", "ISCHIAL", ellipse(78, 243, 7, 6), ellipse(78, 243, 9, 8)),
  ...pair("back", "THIGH_POSTERIOR", path("M58 262 L84 260 Q84 280 82 298 L60 298 Q56 280 58 262 Z")),
  ...pair("back", "LEG_POSTERIOR", ellipse(70, 340, 10, 19)),
  ...pair("back", "FOOT_LATERAL_SOLE", ellipse(72, 385, 8, 6.5)),
];

