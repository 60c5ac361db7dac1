import { LineChart } from "@/components/charts/line-chart";
import { findExamItem } from "@/lib/domain/exams/catalogue/catalogue";
import type { TrendPoint } from "@/lib/data/exams";

const SIDE: Record<string, string> = { L: "left", R: "right", NA: "", BIL: "both", CENTRAL: "" };
// Trend lines worth seeing first: leg-length and pelvic-level differences, then range of motion.
const PRIORITY = ["LL-TRUE-DIFF", "LL-APP-DIFF", "PL-CREST", "PL-ASIS", "PL-PSIS"];

/** One chart per measured item and side that has at least two exams in the episode. */
export function ExamTrends({ trends, timeZone }: { trends: Record<string, TrendPoint[]>; timeZone: string }) {
  const day = new Intl.DateTimeFormat("en-GB", { timeZone, day: "numeric", month: "short" });
  const series = Object.entries(trends)
    .filter(([, pts]) => pts.length >= 2)
    .sort(([a], [b]) => (PRIORITY.indexOf(a.split("|")[0]) + 1 || 99) - (PRIORITY.indexOf(b.split("|")[0]) + 1 || 99));
  if (series.length === 0) return <p>Trends appear once an item has been measured at two visits of this episode.</p>;
  return (
    <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {series.map(([key, pts]) => {
        const [code, side] = key.split("|");
        const item = findExamItem(code);
        const unit = item?.unit === "deg" ? "°" : item?.unit === "mm" ? " mm" : "";
        const title = `${item?.label ?? code}${SIDE[side] ? ` (${SIDE[side]})` : ""}`;
        return <LineChart key={key} title={title} unit={unit} points={pts.map((p) => ({ label: day.format(new Date(p.at)), value: p.value }))} />;
      })}
    </div>
  );
}
