"use client";

import { useId, type KeyboardEvent, type SVGAttributes } from "react";
import { FieldError } from "@/components/ui/field";
import {
  PAIN_VIEW_LABELS,
  describePainLocation,
  getBodyRegion,
  isSideSelected,
  togglePainSide,
  type PainLocation,
  type PainView,
} from "@/lib/domain/intake/body-regions";
import {
  BODY_HALF,
  DETAILS,
  HEAD,
  MIRROR_TRANSFORM,
  PAIN_MAP_SHAPES,
  PAIN_MAP_VIEWBOX,
  type RegionShape,
  type ShapeGeometry,
} from "./pain-map-shapes";

type Audience = "staff" | "patient";

export interface PainMapProps {
  value: PainLocation[];
  onChange?: (next: PainLocation[]) => void;
  audience?: Audience;
  readOnly?: boolean;
  legend?: string;
  error?: string;
  id?: string;
}

// Colours are set as presentation attributes so the drawing is right even without CSS; Tailwind
// classes only add hover/focus states. Region borders are ≥ 3:1 against the body fill.
const C = { body: "#ffffff", outline: "#475569", detail: "#94a3b8", region: "#e2e8f0", regionStroke: "#64748b" } as const;
const SELECTED = { hatchBg: "#fca5a5", hatchLine: "#b91c1c", stroke: "#7f1d1d" } as const;
const RING = "#0f766e";

const PATIENT_HINT = "Tap every area where you feel pain; tap again to remove it. Left and right mean your own left and right.";
const STAFF_HINT = "Click, or press Space or Enter, on each painful area. Sides are the patient's: the front view is mirrored.";

const VIEW_TITLES: Record<PainView, string> = {
  front: "Front of the body (as if facing you: their right side is on your left)",
  back: "Back of the body (their left side is on your left)",
};

function Geometry({ shape, ...rest }: { shape: ShapeGeometry } & SVGAttributes<SVGElement>) {
  if (shape.kind === "ellipse") {
    const { cx, cy, rx, ry, rotate } = shape;
    return <ellipse cx={cx} cy={cy} rx={rx} ry={ry} transform={rotate ? `rotate(${rotate} ${cx} ${cy})` : undefined} {...rest} />;
  }
  if (shape.kind === "rect") {
    return <rect x={shape.x} y={shape.y} width={shape.width} height={shape.height} rx={shape.r} {...rest} />;
  }
  return <path d={shape.d} {...rest} />;
}

function BodyOutline({ view }: { view: PainView }) {
  const halves = [undefined, MIRROR_TRANSFORM];
  return (
    <g aria-hidden="true">
      {/* Stroke every piece first, then fill on top, so only the outer silhouette shows a line. */}
      <Geometry shape={HEAD} fill={C.body} stroke={C.outline} strokeWidth={3} />
      {halves.map((t) => <Geometry key={`s${t}`} shape={BODY_HALF} transform={t} fill={C.body} stroke={C.outline} strokeWidth={3} />)}
      {halves.map((t) => <Geometry key={`f${t}`} shape={BODY_HALF} transform={t} fill={C.body} />)}
      {halves.map((t) =>
        DETAILS[view].map((d) => <path key={`${t}${d}`} d={d} transform={t} fill="none" stroke={C.detail} strokeWidth={1.5} />),
      )}
    </g>
  );
}

interface RegionProps {
  shape: RegionShape;
  selected: boolean;
  name: string;
  hint?: string;
  hatchId: string;
  onToggle?: () => void;
}

function Region({ shape: s, selected, name, hint, hatchId, onToggle }: RegionProps) {
  const interactive = Boolean(onToggle);
  function onKeyDown(event: KeyboardEvent<SVGGElement>) {
    if (event.key !== "Enter" && event.key !== " ") return;
    event.preventDefault(); // Space would otherwise scroll the page
    if (!event.repeat) onToggle?.();
  }
  const paint = selected
    ? { fill: `url(#${hatchId})`, stroke: SELECTED.stroke, strokeWidth: 2.5 }
    : { fill: C.region, stroke: C.regionStroke, strokeWidth: 1 };
  return (
    <g
      transform={s.mirrored ? MIRROR_TRANSFORM : undefined}
      {...(interactive
        ? {
            role: "checkbox",
            "aria-checked": selected,
            "aria-label": name,
            tabIndex: 0,
            onClick: onToggle,
            onKeyDown,
            className: "group cursor-pointer focus-visible:outline-hidden",
          }
        : { "aria-hidden": true })}
    >
      {interactive && <title>{hint ? `${name} — ${hint}` : name}</title>}
      {interactive && s.hitArea && <Geometry shape={s.hitArea} fill="transparent" />}
      <Geometry shape={s.shape} {...paint} className={interactive && !selected ? "group-hover:fill-teal-100" : undefined} />
      {interactive && (
        <Geometry
          shape={s.hitArea ?? s.shape}
          fill="none"
          stroke={RING}
          strokeWidth={3}
          opacity={0}
          className="pointer-events-none group-focus-visible:opacity-100"
        />
      )}
    </g>
  );
}

/**
 * Clickable pain diagram (DOMAIN.md §1.2): every region/side is a checkbox drawn in the body outline.
 * Sides are the patient's own; the front view is mirrored like a person facing you.
 */
export function PainMap({ value, onChange, audience = "staff", readOnly = false, legend = "Where do you feel it?", error, id }: PainMapProps) {
  const reactId = useId();
  const base = (id ?? `pain-map-${reactId}`).replace(/[^\w-]/g, "");
  const hintId = `${base}-hint`;
  const errorId = `${base}-error`;
  const hatchId = `${base}-hatch`;
  const interactive = !readOnly && Boolean(onChange);
  const patient = audience === "patient";

  const hint = !interactive ? undefined : patient ? PATIENT_HINT : STAFF_HINT;

  const sideLabel = (side: "L" | "R") => (patient ? `Your ${side === "L" ? "left" : "right"}` : side === "L" ? "Left" : "Right");

  return (
    <fieldset id={id} aria-describedby={[hint && hintId, error && errorId].filter(Boolean).join(" ") || undefined} className="min-w-0">
      <legend className="text-base font-semibold text-slate-900">{legend}</legend>
      {hint && <p id={hintId} className="mt-1 text-sm text-slate-700">{hint}</p>}
      <FieldError id={errorId} message={error} />
      <div className="mt-3 flex flex-col items-center gap-6 sm:flex-row sm:items-start sm:justify-center">
        {(["front", "back"] as const).map((view) => {
          const titleId = `${base}-${view}-title`;
          const [leftSide, rightSide] = view === "front" ? (["R", "L"] as const) : (["L", "R"] as const);
          return (
            <div key={view} className={`w-full ${readOnly ? "max-w-40" : "max-w-80"} sm:flex-1`}>
              <p aria-hidden="true" className="text-center text-sm font-semibold text-slate-800">
                {PAIN_VIEW_LABELS[view]}
              </p>
              <svg
                viewBox={`0 0 ${PAIN_MAP_VIEWBOX.width} ${PAIN_MAP_VIEWBOX.height}`}
                role={interactive ? "group" : "img"}
                aria-labelledby={titleId}
                className="block h-auto w-full touch-manipulation select-none"
              >
                <title id={titleId}>{VIEW_TITLES[view]}</title>
                <defs>
                  {/* Selected = red fill + diagonal hatching + thick dark border, so it is not colour alone. */}
                  <pattern id={`${hatchId}-${view}`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                    <rect width="6" height="6" fill={SELECTED.hatchBg} />
                    <line x1="0" y1="0" x2="0" y2="6" stroke={SELECTED.hatchLine} strokeWidth="3" />
                  </pattern>
                </defs>
                <BodyOutline view={view} />
                <g aria-hidden="true" fontSize="10" fontWeight="600" fill="#334155">
                  <text x="4" y="14">{sideLabel(leftSide)}</text>
                  <text x={PAIN_MAP_VIEWBOX.width - 4} y="14" textAnchor="end">
                    {sideLabel(rightSide)}
                  </text>
                </g>
                {PAIN_MAP_SHAPES.filter((s) => s.view === view).map((s) => {
                  const loc = { regionId: s.regionId, side: s.side };
                  return (
                    <Region
                      key={s.key}
                      shape={s}
                      selected={isSideSelected(value, s.regionId, s.side)}
                      name={describePainLocation(loc, audience)}
                      hint={patient ? undefined : getBodyRegion(s.regionId).structures}
                      hatchId={`${hatchId}-${view}`}
                      onToggle={interactive ? () => onChange?.(togglePainSide(value, s.regionId, s.side)) : undefined}
                    />
                  );
                })}
              </svg>
            </div>
          );
        })}
      </div>
      <div aria-live={interactive ? "polite" : undefined} className="mt-3 text-sm text-slate-900">
        <p className="font-semibold">{value.length === 0 ? "No areas chosen yet." : `Chosen areas (${value.length}):`}</p>
        {value.length > 0 && (
          <ul className="mt-1 list-disc pl-5">
            {value.map((loc) => (
              <li key={`${loc.regionId}-${loc.side}`}>{describePainLocation(loc, audience)}</li>
            ))}
          </ul>
        )}
      </div>
    </fieldset>
  );
}
