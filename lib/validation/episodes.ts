import { z } from "zod";
import { requiredText, uuid } from "./common";
import { isoDate, latestToday } from "./dates";

export const OpenEpisodeInput = z.object({
  patientId: uuid("patient"),
  title: requiredText(200, "Complaint").refine((v) => v.length >= 3, "Describe the complaint in at least 3 characters"),
});

export const CloseEpisodeInput = z.object({
  episodeId: uuid("episode"),
  closedOn: isoDate("Closing date").refine((v) => v <= latestToday(), "The closing date cannot be in the future"),
  reason: requiredText(300, "Reason"),
});

export const RequestIntakeInput = z.object({ patientId: uuid("patient") });
export const StartIntakeInput = z.object({ episodeId: uuid("episode") });

export const AcknowledgeRedFlagInput = z.object({
  findingId: uuid("red flag"),
  acknowledgement: requiredText(1000, "What was done").refine((v) => v.length >= 5, "Say what was done: advice given, referred to whom, when"),
});
