/** Default consent wording (version 1). Clinics should have their own reviewed by counsel. */
export const CONSENT_TEXTS = [
  {
    kind: "consent_to_treat" as const,
    version: 1,
    title: "Consent to examination and treatment",
    body: [
      "I ask the clinicians of this clinic to examine and treat me. Treatment may include spinal and joint manipulation or mobilisation, soft-tissue and trigger-point work, stretching, exercise, electrotherapy and advice.",
      "My clinician has explained, or will explain before treatment, the likely benefits, the usual short-lived soreness, and the rare but serious risks, and the alternatives including no treatment.",
      "I can ask questions at any time, refuse any technique, and withdraw this consent at any time.",
      "I will tell my clinician about changes in my health, new symptoms, medicines and pregnancy.",
    ].join("\n\n"),
  },
  {
    kind: "privacy_notice" as const,
    version: 1,
    title: "Acknowledgement of the notice of privacy practices",
    body: [
      "I have been offered the clinic's notice of privacy practices, which explains how my health information is used and shared for treatment, payment and the clinic's operations, and my rights to see, copy and ask to correct my records.",
      "I understand that every access to my record is logged.",
    ].join("\n\n"),
  },
];
