-- Policy briefings (政策解读): what the bureau publishes, to whom, its versions, and who read it or intends to apply.

-- A briefing. body_html is the Markdown rendered and sanitised on save; body_text the same as plain text (for search
-- and the assistant). target_scope ALL | COBUILDINGS | UNIT_TYPES; target_unit_types comma-separated (UNIT_TYPES),
-- the chosen co-buildings are rows of briefing_target. version counts published versions (0 while a draft);
-- remind_count numbers the reminders of the unread, so each reminder has its own push dedupe key.
CREATE TABLE briefing (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    title             VARCHAR(60)   NOT NULL,
    category          VARCHAR(32)   NOT NULL,
    summary           VARCHAR(200)  NOT NULL,
    body_markdown     MEDIUMTEXT    NOT NULL,
    body_html         MEDIUMTEXT    NOT NULL,
    body_text         MEDIUMTEXT    NOT NULL,
    apply_deadline    DATE          NULL,
    target_scope      VARCHAR(16)   NOT NULL,
    target_unit_types VARCHAR(100)  NOT NULL DEFAULT '',
    status            VARCHAR(16)   NOT NULL,
    version           INT           NOT NULL DEFAULT 0,
    published_at      DATETIME(3)   NULL,
    corrected_at      DATETIME(3)   NULL,
    change_note       VARCHAR(200)  NULL,
    unpublished_at    DATETIME(3)   NULL,
    remind_count      INT           NOT NULL DEFAULT 0,
    created_by        BIGINT        NOT NULL,
    created_at        DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at        DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    KEY idx_briefing_status (status, published_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The co-buildings a briefing with target_scope COBUILDINGS is for.
CREATE TABLE briefing_target (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    briefing_id   BIGINT      NOT NULL,
    cobuilding_id BIGINT      NOT NULL,
    created_at    DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at    DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    UNIQUE KEY uk_briefing_target (briefing_id, cobuilding_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The PDFs attached to a briefing (media of purpose ATTACHMENT uploaded by an admin), in order, with the name shown.
CREATE TABLE briefing_attachment (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    briefing_id BIGINT       NOT NULL,
    media_id    BIGINT       NOT NULL,
    name        VARCHAR(100) NOT NULL,
    position    INT          NOT NULL,
    created_at  DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at  DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    UNIQUE KEY uk_briefing_attachment (briefing_id, media_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An immutable copy of each published version (1 at publishing, one more per correction). attachment_media_ids:
-- comma-separated, in order.
CREATE TABLE briefing_version (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    briefing_id          BIGINT       NOT NULL,
    version              INT          NOT NULL,
    title                VARCHAR(60)  NOT NULL,
    category             VARCHAR(32)  NOT NULL,
    summary              VARCHAR(200) NOT NULL,
    body_markdown        MEDIUMTEXT   NOT NULL,
    body_html            MEDIUMTEXT   NOT NULL,
    apply_deadline       DATE         NULL,
    attachment_media_ids VARCHAR(400) NOT NULL DEFAULT '',
    change_note          VARCHAR(200) NULL,
    published_by         BIGINT       NOT NULL,
    published_at         DATETIME(3)  NOT NULL,
    created_at           DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at           DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    UNIQUE KEY uk_briefing_version (briefing_id, version)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The people a briefing was published to (active members at publish time), each with the co-building through which
-- they were reached (for the read rate per co-building).
CREATE TABLE briefing_audience (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    briefing_id   BIGINT      NOT NULL,
    user_id       BIGINT      NOT NULL,
    cobuilding_id BIGINT      NOT NULL,
    created_at    DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at    DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    UNIQUE KEY uk_briefing_audience (briefing_id, user_id),
    KEY idx_briefing_audience_user (user_id, briefing_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A read receipt: the first time a person opened the briefing.
CREATE TABLE briefing_read (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    briefing_id   BIGINT      NOT NULL,
    user_id       BIGINT      NOT NULL,
    first_read_at DATETIME(3) NOT NULL,
    created_at    DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at    DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    UNIQUE KEY uk_briefing_read (briefing_id, user_id),
    KEY idx_briefing_read_user (user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 意向申报: the person intends to apply for what the briefing explains.
CREATE TABLE briefing_intent (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    briefing_id BIGINT      NOT NULL,
    user_id     BIGINT      NOT NULL,
    created_at  DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at  DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    UNIQUE KEY uk_briefing_intent (briefing_id, user_id),
    KEY idx_briefing_intent_user (user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
