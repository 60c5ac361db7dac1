/** What the sign-in security page shows of a staff member's two-factor set-up (no secrets). */
export interface TwoFactorStatus {
  enabled: boolean;
  enabledAt: string | null;
  recoveryCodesLeft: number;
  requiredByClinic: boolean;
}
