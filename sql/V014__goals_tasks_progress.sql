-- Goals of the five ones (五个一), the tasks that carry them out (the 任务进度表), and the progress reported on the
-- tasks with photo evidence. Completion is derived from the tasks' percent when read and never stored.

-- A goal of one category in one stage. draft_goal_id: the application's draft goal it was made from (the backfill
-- and the reaction to a new co-building are idempotent by it); client_id makes a retried create answer the same row.
CREATE TABLE goal (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    cobuilding_id  BIGINT        NOT NULL,
    category       VARCHAR(16)   NOT NULL,
    stage          INT           NOT NULL,
    title          VARCHAR(100)  NOT NULL,
    description    VARCHAR(1000) NULL,
    target_text    VARCHAR(100)  NULL,
    target_amount  DECIMAL(14,2) NULL,
    target_unit    VARCHAR(16)   NULL,
    target_date    DATE          NULL,
    status         VARCHAR(16)   NOT NULL,
    draft_goal_id  BIGINT        NULL,
    client_id      VARCHAR(64)   NULL,
    created_by     BIGINT        NOT NULL,
    created_at     DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at     DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    UNIQUE KEY uk_goal_draft (cobuilding_id, draft_goal_id),
    UNIQUE KEY uk_goal_client (cobuilding_id, client_id),
    KEY idx_goal_stage (cobuilding_id, stage)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A task of a goal. cobuilding_id is the goal's, copied so that the progress table of a co-building reads from this
-- index alone. percent and status move with progress reports (under a row lock); overdue_at: when the overdue job
-- flagged it, cleared when the due date moves on or the task is done, so it can be flagged again.
CREATE TABLE goal_task (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    goal_id        BIGINT        NOT NULL,
    cobuilding_id  BIGINT        NOT NULL,
    title          VARCHAR(100)  NOT NULL,
    description    VARCHAR(1000) NULL,
    planned_start  DATE          NOT NULL,
    due_date       DATE          NOT NULL,
    weight         INT           NOT NULL DEFAULT 1,
    status         VARCHAR(16)   NOT NULL,
    percent        INT           NOT NULL DEFAULT 0,
    overdue_at     DATETIME(3)   NULL,
    client_id      VARCHAR(64)   NULL,
    created_by     BIGINT        NOT NULL,
    created_at     DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at     DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    UNIQUE KEY uk_goal_task_client (goal_id, client_id),
    KEY idx_goal_task_goal (goal_id),
    KEY idx_goal_task_due (cobuilding_id, due_date),
    KEY idx_goal_task_overdue (due_date, status, overdue_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who carries a task out (责任人).
CREATE TABLE goal_task_owner (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    task_id    BIGINT      NOT NULL,
    user_id    BIGINT      NOT NULL,
    created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    UNIQUE KEY uk_goal_task_owner (task_id, user_id),
    KEY idx_goal_task_owner_user (user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A progress report (进展) on a task: the percent it moved to from previous_percent, a note, an amount achieved
-- toward the goal's target, and photos. correction: the pioneer moved the percent back. The unique key on the
-- reporter's client id makes a retried report answer the same row.
CREATE TABLE progress_report (
    id               BIGINT        NOT NULL AUTO_INCREMENT,
    task_id          BIGINT        NOT NULL,
    goal_id          BIGINT        NOT NULL,
    cobuilding_id    BIGINT        NOT NULL,
    reporter_id      BIGINT        NOT NULL,
    percent          INT           NOT NULL,
    previous_percent INT           NOT NULL,
    note             VARCHAR(1000) NULL,
    achieved_amount  DECIMAL(14,2) NULL,
    correction       TINYINT(1)    NOT NULL DEFAULT 0,
    client_id        VARCHAR(64)   NOT NULL,
    created_at       DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at       DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    UNIQUE KEY uk_progress_report_client (reporter_id, client_id),
    KEY idx_progress_report_task (task_id, id),
    KEY idx_progress_report_goal (goal_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE progress_photo (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    report_id  BIGINT      NOT NULL,
    media_id   BIGINT      NOT NULL,
    position   INT         NOT NULL,
    created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    UNIQUE KEY uk_progress_photo (report_id, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Backfill: the draft goals of every existing co-building's approved application become its first goals (stage 1,
-- ACTIVE); drafts with a blank title are skipped. The applicant, who became the pioneer, is their creator.
INSERT INTO goal (cobuilding_id, category, stage, title, description, target_date, status, draft_goal_id, created_by)
SELECT c.id, ag.category, 1, TRIM(ag.title), ag.description, ag.target_date, 'ACTIVE', ag.id, a.applicant_user_id
FROM cobuilding c
JOIN application a ON a.id = c.application_id
JOIN application_goal ag ON ag.application_id = a.id
WHERE ag.title IS NOT NULL AND TRIM(ag.title) <> ''
ORDER BY c.id, ag.id;
