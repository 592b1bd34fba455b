-- Chat: conversations, their messages with a gapless per-conversation sequence, and each participant's read mark.

-- GROUP: one per co-building (who may read follows the co-building's memberships); DIRECT and ASSISTANT come later.
CREATE TABLE conversation (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    type            VARCHAR(12)  NOT NULL,
    cobuilding_id   BIGINT       NULL,
    title           VARCHAR(100) NULL,
    -- The last seq handed out; incremented under the row lock, so seqs have no gaps and no duplicates.
    max_seq         BIGINT       NOT NULL DEFAULT 0,
    last_message_at DATETIME(3)  NULL,
    created_at      DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at      DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    UNIQUE KEY uk_conversation_cobuilding (cobuilding_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Read state: unread = conversation.max_seq - last_read_seq; no per-message rows per reader.
CREATE TABLE conversation_read (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    conversation_id BIGINT      NOT NULL,
    reader_type     VARCHAR(8)  NOT NULL,
    reader_id       BIGINT      NOT NULL,
    last_read_seq   BIGINT      NOT NULL DEFAULT 0,
    created_at      DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at      DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    UNIQUE KEY uk_conversation_read (conversation_id, reader_type, reader_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE message (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    conversation_id BIGINT       NOT NULL,
    seq             BIGINT       NOT NULL,
    sender_type     VARCHAR(8)   NOT NULL,
    sender_id       BIGINT       NOT NULL DEFAULT 0,
    type            VARCHAR(8)   NOT NULL,
    text            TEXT         NULL,
    card_type       VARCHAR(16)  NULL,
    payload         TEXT         NULL,
    ref_type        VARCHAR(32)  NULL,
    ref_id          VARCHAR(64)  NULL,
    client_msg_id   VARCHAR(64)  NULL,
    recalled        BOOLEAN      NOT NULL DEFAULT FALSE,
    -- PASSED, or PENDING when WeChat's content check could not answer and the text waits for a later check.
    content_check   VARCHAR(8)   NOT NULL DEFAULT 'PASSED',
    created_at      DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at      DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    UNIQUE KEY uk_message_seq (conversation_id, seq),
    UNIQUE KEY uk_message_client (sender_type, sender_id, client_msg_id),
    KEY idx_message_pending (content_check)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
