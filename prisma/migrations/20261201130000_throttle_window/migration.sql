-- Sign-in attempts are counted per window (a window start per key), and idle keys are found by their last use.
-- Old per-account keys ("email:…", "ip:…") are replaced by "account:<email>|<address>" and "global".
DELETE FROM "LoginThrottle";
ALTER TABLE "LoginThrottle" ADD COLUMN "windowStart" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP;
CREATE INDEX "LoginThrottle_updatedAt_idx" ON "LoginThrottle"("updatedAt");
