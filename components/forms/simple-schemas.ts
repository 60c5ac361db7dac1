import { AcknowledgeRedFlagInput, CloseEpisodeInput, OpenEpisodeInput } from "@/lib/validation/episodes";
import { VoidDocumentInput } from "@/lib/validation/documents";
import { MergePatientsInput, VoidPatientInput } from "@/lib/validation/patients";
import { CancelVisitInput } from "@/lib/validation/visits";
import { VoidNoteInput } from "@/lib/validation/notes";
import { CancelAppointmentInput, PortalCancelInput, RenameRoomInput, RoomInput } from "@/lib/validation/scheduling";

/**
 * Schemas for SimpleActionForm, looked up by name on the client: a zod schema cannot be passed
 * from a server component to a client component, but its name can.
 */
export const SIMPLE_SCHEMAS = {
  openEpisode: OpenEpisodeInput,
  closeEpisode: CloseEpisodeInput,
  voidPatient: VoidPatientInput,
  mergePatients: MergePatientsInput,
  cancelVisit: CancelVisitInput,
  voidNote: VoidNoteInput,
  acknowledgeRedFlag: AcknowledgeRedFlagInput,
  voidDocument: VoidDocumentInput,
  cancelAppointment: CancelAppointmentInput,
  portalCancelAppointment: PortalCancelInput,
  addRoom: RoomInput,
  renameRoom: RenameRoomInput,
} as const;
export type SimpleSchemaName = keyof typeof SIMPLE_SCHEMAS;
