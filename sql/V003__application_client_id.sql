-- A phone that retries "create draft" after losing the answer must not make a second draft: the create carries the
-- client's id for the draft, unique per applicant.
ALTER TABLE application
    ADD COLUMN client_id VARCHAR(64) NULL AFTER applicant_user_id,
    ADD UNIQUE KEY uk_application_client (applicant_user_id, client_id);
