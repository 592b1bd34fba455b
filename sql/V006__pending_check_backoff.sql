-- A text whose content check WeChat could not answer is checked again with a growing pause between attempts
-- (chat.PendingTextChecks): check_attempts counts the later checks made so far, check_due_at is when the next one
-- may run (NULL: at the next round). After the last attempt, or at once when WeChat refuses the request itself,
-- the text is BLOCKED: a text nobody has checked is never shown to others.
ALTER TABLE message
    ADD COLUMN check_attempts INT         NOT NULL DEFAULT 0 AFTER content_check,
    ADD COLUMN check_due_at   DATETIME(3) NULL AFTER check_attempts;
