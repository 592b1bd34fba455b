-- The plaque lifecycle: evaluation verdicts recorded on the status history, and the rectification (整改) a
-- co-building is ordered to make, its report with photos and the bureau's re-check.

-- Which decision moved the co-building and on what occasion (an evaluation round, a rectification review).
ALTER TABLE cobuilding_history
    ADD COLUMN decision   VARCHAR(24) NULL AFTER actor_id,
    ADD COLUMN source_ref VARCHAR(64) NULL AFTER decision;

CREATE TABLE cobuilding_rectification (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    cobuilding_id     BIGINT        NOT NULL,
    source_ref        VARCHAR(64)   NOT NULL,
    occasion          VARCHAR(100)  NOT NULL,
    order_note        VARCHAR(500)  NULL,
    ordered_by        BIGINT        NOT NULL,
    ordered_at        DATETIME(3)   NOT NULL,
    deadline          DATE          NOT NULL,
    status            VARCHAR(16)   NOT NULL,
    overdue_at        DATETIME(3)   NULL,
    report_text       VARCHAR(2000) NULL,
    report_client_id  VARCHAR(64)   NULL,
    submitted_by      BIGINT        NULL,
    submitted_at      DATETIME(3)   NULL,
    review_comment    VARCHAR(500)  NULL,
    reviewed_by       BIGINT        NULL,
    reviewed_at       DATETIME(3)   NULL,
    -- The co-building while this rectification is still open (OPEN or SUBMITTED), NULL afterwards: at most one open.
    open_guard        BIGINT AS (CASE WHEN status IN ('OPEN', 'SUBMITTED') THEN cobuilding_id END) STORED,
    created_at        DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at        DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    UNIQUE KEY uk_rectification_one_open (open_guard),
    KEY idx_rectification_cobuilding (cobuilding_id, id),
    KEY idx_rectification_status_deadline (status, deadline)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The photos of the current report, in the order the co-building chose; a resubmission replaces them.
CREATE TABLE cobuilding_rectification_photo (
    id                BIGINT      NOT NULL AUTO_INCREMENT,
    rectification_id  BIGINT      NOT NULL,
    media_id          BIGINT      NOT NULL,
    position          INT         NOT NULL,
    created_at        DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at        DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    UNIQUE KEY uk_rectification_photo_position (rectification_id, position),
    KEY idx_rectification_photo_media (media_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
