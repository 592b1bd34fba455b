-- Evaluation rounds (集中评估): every March and September the working group scores each open co-building against
-- the round's criteria, beside a frozen snapshot of its measures, and the bureau decides a verdict for each.

-- One round per (year, term). period_from/period_to: the half-year its snapshot measures ("2026-09" .. "2027-02" for
-- MARCH 2027). participants: how many co-buildings were snapshot. client_id: the creating request's, so that a
-- retry of that request (and only of it) answers the round instead of ROUND_EXISTS. The criteria are locked once
-- the round is opened (status SCORING); a CLOSED round takes no more writes.
CREATE TABLE evaluation_round (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    year         INT          NOT NULL,
    term         VARCHAR(16)  NOT NULL,
    title        VARCHAR(60)  NOT NULL,
    status       VARCHAR(16)  NOT NULL,
    period_from  CHAR(7)      NOT NULL,
    period_to    CHAR(7)      NOT NULL,
    participants INT          NOT NULL DEFAULT 0,
    client_id    VARCHAR(64)  NULL,
    created_by   BIGINT       NOT NULL,
    opened_by    BIGINT       NULL,
    opened_at    DATETIME(3)  NULL,
    closed_by    BIGINT       NULL,
    closed_at    DATETIME(3)  NULL,
    created_at   DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at   DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    UNIQUE KEY uk_evaluation_round_term (year, term)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A round's criteria (评分项), copied from the configured defaults when it is created and editable while DRAFT.
-- A co-building's weighted total is sum(weight * score / max_score) / sum(weight) * 100.
CREATE TABLE evaluation_criterion (
    id         BIGINT       NOT NULL AUTO_INCREMENT,
    round_id   BIGINT       NOT NULL,
    code       VARCHAR(32)  NOT NULL,
    name       VARCHAR(30)  NOT NULL,
    weight     INT          NOT NULL,
    max_score  INT          NOT NULL,
    position   INT          NOT NULL,
    created_at DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    UNIQUE KEY uk_evaluation_criterion_code (round_id, code),
    KEY idx_evaluation_criterion_position (round_id, position)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What each participating co-building looked like when the round was created: its measures over the round's
-- half-year (metrics, JSON as the statistics computed them) and the key columns copied beside them. The results feed
-- the city's funding decisions, so these rows are written once and never updated; the server has no statement that
-- updates this table.
CREATE TABLE evaluation_snapshot (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    round_id          BIGINT       NOT NULL,
    cobuilding_id     BIGINT       NOT NULL,
    name              VARCHAR(100) NOT NULL,
    status            VARCHAR(16)  NOT NULL,
    lead_unit_type    VARCHAR(16)  NULL,
    bureau_liaison_id BIGINT       NULL,
    metrics           TEXT         NOT NULL,
    created_at        DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at        DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    UNIQUE KEY uk_evaluation_snapshot (round_id, cobuilding_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One evaluator's card for one co-building of a round: the comment, and the row their saves lock so that two saves
-- of the same card do not interleave. Its scores are the evaluation_score rows of the same triple.
CREATE TABLE evaluation_scorecard (
    id            BIGINT        NOT NULL AUTO_INCREMENT,
    round_id      BIGINT        NOT NULL,
    cobuilding_id BIGINT        NOT NULL,
    evaluator_id  BIGINT        NOT NULL,
    comment       VARCHAR(500)  NULL,
    created_at    DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at    DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    UNIQUE KEY uk_evaluation_scorecard (round_id, cobuilding_id, evaluator_id),
    KEY idx_evaluation_scorecard_evaluator (round_id, evaluator_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An evaluator's score of one criterion for one co-building: 0 .. the criterion's max_score, one decimal at most.
CREATE TABLE evaluation_score (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    round_id      BIGINT       NOT NULL,
    cobuilding_id BIGINT       NOT NULL,
    evaluator_id  BIGINT       NOT NULL,
    criterion_id  BIGINT       NOT NULL,
    score         DECIMAL(5,1) NOT NULL,
    created_at    DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at    DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    UNIQUE KEY uk_evaluation_score (round_id, cobuilding_id, evaluator_id, criterion_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The bureau's verdict on one co-building of a round (AWARD, KEEP, RECTIFY with a deadline, DELIST); applied to the
-- co-building when the round closes.
CREATE TABLE evaluation_verdict (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    round_id      BIGINT       NOT NULL,
    cobuilding_id BIGINT       NOT NULL,
    verdict       VARCHAR(16)  NOT NULL,
    deadline      DATE         NULL,
    note          VARCHAR(200) NULL,
    set_by        BIGINT       NOT NULL,
    set_at        DATETIME(3)  NOT NULL,
    created_at    DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at    DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    UNIQUE KEY uk_evaluation_verdict (round_id, cobuilding_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A round's status changes (DRAFT on creation, SCORING, CLOSED): who, when.
CREATE TABLE evaluation_round_history (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    round_id    BIGINT      NOT NULL,
    from_status VARCHAR(16) NULL,
    to_status   VARCHAR(16) NOT NULL,
    admin_id    BIGINT      NOT NULL,
    created_at  DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at  DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    KEY idx_evaluation_round_history_round (round_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
