-- One-to-one conversations: a member with their co-building's bureau liaison, or two members of a shared co-building.

-- Two participants in a canonical order ("A12|M34"): opening the same pair twice finds the same conversation.
ALTER TABLE conversation
    ADD COLUMN direct_key VARCHAR(64) NULL AFTER cobuilding_id,
    ADD UNIQUE KEY uk_conversation_direct (direct_key);

-- Who is in a DIRECT conversation (a GROUP's participants are its co-building's memberships).
CREATE TABLE conversation_participant (
    id               BIGINT      NOT NULL AUTO_INCREMENT,
    conversation_id  BIGINT      NOT NULL,
    participant_type VARCHAR(8)  NOT NULL,
    participant_id   BIGINT      NOT NULL,
    created_at       DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    UNIQUE KEY uk_conversation_participant (conversation_id, participant_type, participant_id),
    KEY idx_participant_conversations (participant_type, participant_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- PASSED, PENDING (WeChat's check could not answer; the text waits for a later check and only its sender and the
-- bureau see it meanwhile) or BLOCKED (the later check found it risky; nobody sees the text).
ALTER TABLE message ADD KEY idx_message_check (content_check, id), DROP KEY idx_message_pending;

-- Who took a recalled message back: its sender, or the bureau moderating.
ALTER TABLE message ADD COLUMN recalled_by VARCHAR(8) NULL AFTER recalled;
