-- Accounts can be disabled (no sign-in, sessions ended), and a password an admin set must be changed by its owner.
ALTER TABLE "User" ADD COLUMN "disabledAt" TIMESTAMP(3), ADD COLUMN "mustChangePassword" BOOLEAN NOT NULL DEFAULT false;
