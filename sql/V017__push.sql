-- WeChat subscribe messages: the members' grants per template and the outbox of deliveries.

-- How many sends a member granted for a template: each "accept" of wx.requestSubscribeMessage (or WeChat's
-- subscription event) adds one, each send takes one, WeChat's 43101 sets it to zero. last_result keeps the member's
-- last answer (accept, reject, ban, filter) so that a refusal is known too.
CREATE TABLE push_quota (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    user_id     BIGINT       NOT NULL,
    template_id VARCHAR(64)  NOT NULL,
    remaining   INT          NOT NULL DEFAULT 0,
    last_result VARCHAR(16)  NULL,
    created_at  DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at  DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    UNIQUE KEY uk_push_quota (user_id, template_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One subscribe message to one member (the outbox). (scene, ref_id, user_id) is the dedupe key: the same request
-- never reaches a person twice. data: the template's fields, already fitted to WeChat's limits. A worker claims due
-- PENDING rows (claim_token, claimed_at) and sends outside the claiming transaction; a claim older than the timeout
-- is taken again, at most once more (claims counts them). attempts/next_attempt_at carry the backoff of retryable
-- errors; last_errcode the last WeChat error.
CREATE TABLE push_delivery (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    scene           VARCHAR(32)   NOT NULL,
    ref_id          VARCHAR(100)  NOT NULL,
    user_id         BIGINT        NOT NULL,
    template_id     VARCHAR(64)   NOT NULL,
    page            VARCHAR(255)  NULL,
    data            VARCHAR(2000) NOT NULL,
    status          VARCHAR(16)   NOT NULL,
    attempts        INT           NOT NULL DEFAULT 0,
    claims          INT           NOT NULL DEFAULT 0,
    next_attempt_at DATETIME(3)   NOT NULL,
    claim_token     VARCHAR(36)   NULL,
    claimed_at      DATETIME(3)   NULL,
    last_errcode    INT           NULL,
    sent_at         DATETIME(3)   NULL,
    created_at      DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at      DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    UNIQUE KEY uk_push_delivery (scene, ref_id, user_id),
    KEY idx_push_delivery_due (status, next_attempt_at),
    KEY idx_push_delivery_claimed (status, claimed_at),
    KEY idx_push_delivery_created (created_at, scene, status)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A PushRequested names every member it is for; a briefing to a whole programme serialises to more than the 4,000
-- characters the event publication registry was made with, and the publishing transaction would fail on it.
ALTER TABLE EVENT_PUBLICATION MODIFY serialized_event MEDIUMTEXT NOT NULL;
