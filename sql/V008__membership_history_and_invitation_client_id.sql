-- Who came into and went out of a co-building, and how: a removal sticks, so its history must show what let a
-- removed person back in (an invitation created after the removal, or the pioneer re-admitting them).
CREATE TABLE membership_history (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    cobuilding_id BIGINT      NOT NULL,
    user_id       BIGINT      NOT NULL,
    unit_id       BIGINT      NOT NULL,
    -- JOINED (by invitation), REMOVED, READMITTED (by the pioneer)
    event         VARCHAR(16) NOT NULL,
    role          VARCHAR(16) NOT NULL,
    actor_user_id BIGINT      NOT NULL,
    invitation_id BIGINT      NULL,
    created_at    DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at    DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    KEY idx_membership_history_cobuilding (cobuilding_id, id),
    KEY idx_membership_history_user (cobuilding_id, user_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A phone that retries "create invitation" after losing the answer gets the invitation it already made.
ALTER TABLE invitation
    ADD COLUMN client_id VARCHAR(64) NULL AFTER created_by,
    ADD UNIQUE KEY uk_invitation_client (cobuilding_id, created_by, client_id);
