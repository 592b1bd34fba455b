-- Statistics counters, kept up to date from the features' events and repaired by the nightly reconciliation.
-- Months are the first day of the month in Asia/Shanghai. No dashboard reads an event table; these are what it reads.

-- One row per activity and co-building it belongs to, while the activity is not cancelled: its month and type,
-- 应到 (expected), 实到 among them (attended: a check-in not overruled) and every check-in.
CREATE TABLE stats_activity (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    activity_id   BIGINT      NOT NULL,
    cobuilding_id BIGINT      NOT NULL,
    month         DATE        NOT NULL,
    type          VARCHAR(32) NOT NULL,
    expected      INT         NOT NULL DEFAULT 0,
    attended      INT         NOT NULL DEFAULT 0,
    checkins      INT         NOT NULL DEFAULT 0,
    created_at    DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at    DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    UNIQUE KEY uk_stats_activity (activity_id, cobuilding_id),
    KEY idx_stats_activity_cobuilding (cobuilding_id, month, type, expected, attended, checkins)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Per co-building and month: progress reports and their photos (month posted), group messages (texts and images,
-- month posted), and the members briefings went to and how many of them read (month the briefing was published).
CREATE TABLE stats_cobuilding_month (
    id                 BIGINT      NOT NULL AUTO_INCREMENT,
    cobuilding_id      BIGINT      NOT NULL,
    month              DATE        NOT NULL,
    progress_reports   INT         NOT NULL DEFAULT 0,
    photos             INT         NOT NULL DEFAULT 0,
    messages           INT         NOT NULL DEFAULT 0,
    briefings_targeted INT         NOT NULL DEFAULT 0,
    briefings_read     INT         NOT NULL DEFAULT 0,
    created_at         DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at         DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    UNIQUE KEY uk_stats_cobuilding_month (cobuilding_id, month)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A member was active in a co-building in a month: posted in its group, checked in to its activity, or reported
-- progress on its task.
CREATE TABLE stats_member_month (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    cobuilding_id BIGINT      NOT NULL,
    month         DATE        NOT NULL,
    user_id       BIGINT      NOT NULL,
    created_at    DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at    DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    UNIQUE KEY uk_stats_member_month (cobuilding_id, month, user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- When each member last posted in the co-building's group (for the silent-liaison warning).
CREATE TABLE stats_member_last_message (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    cobuilding_id BIGINT      NOT NULL,
    user_id       BIGINT      NOT NULL,
    last_at       DATETIME(3) NOT NULL,
    created_at    DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at    DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    UNIQUE KEY uk_stats_member_last_message (cobuilding_id, user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Subscribe-message deliveries that reached a final state, per month (of settling), scene and outcome.
CREATE TABLE stats_push_month (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    month      DATE        NOT NULL,
    scene      VARCHAR(32) NOT NULL,
    outcome    VARCHAR(8)  NOT NULL,
    n          INT         NOT NULL DEFAULT 0,
    created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    UNIQUE KEY uk_stats_push_month (month, scene, outcome)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The reconciliation counts the groups' texts and images by month and sender from this index alone, without reading
-- the messages themselves.
CREATE INDEX idx_message_stats ON message (conversation_id, type, sender_type, sender_id, created_at);
