-- The 八有 checklist of a co-building's party base, stage summaries (阶段总结) and the bureau's highlights (亮点).

-- The checklist items are data the bureau keeps: a retired item leaves the checklists, its ticks stay.
CREATE TABLE checklist_item (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    name        VARCHAR(50)  NOT NULL,
    description VARCHAR(500) NULL,
    position    INT          NOT NULL,
    retired     TINYINT(1)   NOT NULL DEFAULT 0,
    created_at  DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at  DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    KEY idx_checklist_item_position (retired, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO checklist_item (name, position) VALUES
    ('有固定活动场所', 1),
    ('有党旗党徽标识', 2),
    ('有制度上墙', 3),
    ('有学习书报资料', 4),
    ('有活动设施', 5),
    ('有电教设备', 6),
    ('有工作台账', 7),
    ('有宣传园地', 8);

-- One tick per item per co-building: a member's claim with photo evidence (TICKED), then the bureau's decision
-- (CONFIRMED or REJECTED). ticked_by is a member (app_user), reviewed_by an admin account.
CREATE TABLE checklist_tick (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    cobuilding_id  BIGINT       NOT NULL,
    item_id        BIGINT       NOT NULL,
    status         VARCHAR(16)  NOT NULL,
    note           VARCHAR(500) NULL,
    ticked_by      BIGINT       NOT NULL,
    ticked_at      DATETIME(3)  NOT NULL,
    reviewed_by    BIGINT       NULL,
    reviewed_at    DATETIME(3)  NULL,
    review_comment VARCHAR(500) NULL,
    created_at     DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at     DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    UNIQUE KEY uk_checklist_tick (cobuilding_id, item_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The photos of a tick, in the order they were given; replaced as a whole on a re-tick.
CREATE TABLE checklist_photo (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    tick_id    BIGINT      NOT NULL,
    media_id   BIGINT      NOT NULL,
    position   INT         NOT NULL,
    created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    UNIQUE KEY uk_checklist_photo (tick_id, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One summary per stage of a co-building; client_id makes a retried submit answer the same row.
CREATE TABLE stage_summary (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    cobuilding_id BIGINT        NOT NULL,
    stage         INT           NOT NULL,
    text          VARCHAR(4000) NOT NULL,
    submitted_by  BIGINT        NOT NULL,
    submitted_at  DATETIME(3)   NOT NULL,
    client_id     VARCHAR(64)   NOT NULL,
    created_at    DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at    DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    UNIQUE KEY uk_stage_summary_stage (cobuilding_id, stage),
    UNIQUE KEY uk_stage_summary_client (cobuilding_id, client_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE stage_summary_photo (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    summary_id BIGINT      NOT NULL,
    media_id   BIGINT      NOT NULL,
    position   INT         NOT NULL,
    created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    UNIQUE KEY uk_stage_summary_photo (summary_id, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A progress report or stage summary the bureau marked as a highlight; marking again updates the comment.
-- cobuilding_id is the source's, copied so that a co-building's highlights list newest first from one index.
CREATE TABLE highlight (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    kind          VARCHAR(16)  NOT NULL,
    source_id     BIGINT       NOT NULL,
    cobuilding_id BIGINT       NOT NULL,
    comment       VARCHAR(200) NULL,
    marked_by     BIGINT       NOT NULL,
    marked_at     DATETIME(3)  NOT NULL,
    created_at    DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at    DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    UNIQUE KEY uk_highlight_source (kind, source_id),
    KEY idx_highlight_cobuilding (cobuilding_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
