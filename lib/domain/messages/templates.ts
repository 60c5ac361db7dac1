/** Message texts. Plain values in, plain text out: no PHI beyond the recipient's own name. */
export function staffInviteMessage(opts: { clinicName: string; name: string; link: string; hours: number }) {
  return {
    subject: `Your ${opts.clinicName} account`,
    body: `Hello ${opts.name},\n\nAn account has been created for you in Kinetic Chart at ${opts.clinicName}.\nSet your password here (the link works once and expires in ${opts.hours} hours):\n\n${opts.link}\n`,
  };
}

export function portalInviteMessage(opts: { clinicName: string; name: string; link: string; hours: number }) {
  return {
    subject: `Your patient portal at ${opts.clinicName}`,
    body: `Hello ${opts.name},\n\n${opts.clinicName} has invited you to its patient portal, where you can see your exercises and appointments.\nCreate your password here (the link works once and expires in ${opts.hours} hours):\n\n${opts.link}\n`,
  };
}

export function passwordResetMessage(opts: { clinicName: string; link: string; minutes: number }) {
  return {
    subject: `Reset your ${opts.clinicName} password`,
    body: `Someone asked to reset the password for this email address.\nIf it was you, choose a new password here (the link works once and expires in ${opts.minutes} minutes):\n\n${opts.link}\n\nIf it was not you, ignore this message; your password has not changed.\n`,
  };
}
