// The one barrel file allowed by DESIGN.md: drizzle and drizzle-kit read the whole schema from here.
export * from "./clinic";
export * from "./users";
export * from "./patients";
export * from "./audit";
export * from "./messaging";
export * from "./episodes";
export * from "./history";
export * from "./consents";
export * from "./documents";
export * from "./visits";
export * from "./exams";
export * from "./notes";
export * from "./treatment";
export * from "./hep";
export * from "./scheduling";
export * from "./care-plans";
export * from "./two-factor";
