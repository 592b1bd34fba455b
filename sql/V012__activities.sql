-- Activities (党组织活动, 业务分享会, 科研对接会 ... 送政策上门) and check-ins at them.

-- An activity. organizer_type/organizer_id: the member or the admin who created it; client_id makes a retried create
-- answer the same row. place_* are all NULL for an activity without a geofence (online). revision grows with every
-- change or cancellation, so a card made from the activity can tell a newer state from an older one.
CREATE TABLE activity (
    id                BIGINT        NOT NULL AUTO_INCREMENT,
    organizer_type    VARCHAR(8)    NOT NULL,
    organizer_id      BIGINT        NOT NULL,
    client_id         VARCHAR(64)   NOT NULL,
    type              VARCHAR(32)   NOT NULL,
    title             VARCHAR(60)   NOT NULL,
    description       VARCHAR(2000) NULL,
    start_at          DATETIME(3)   NOT NULL,
    end_at            DATETIME(3)   NOT NULL,
    place_name        VARCHAR(100)  NULL,
    latitude          DOUBLE        NULL,
    longitude         DOUBLE        NULL,
    radius_meters     INT           NULL,
    checkin_opens_at  DATETIME(3)   NOT NULL,
    checkin_closes_at DATETIME(3)   NOT NULL,
    photo_required    TINYINT(1)    NOT NULL DEFAULT 0,
    expected_scope    VARCHAR(8)    NOT NULL,
    cancelled_at      DATETIME(3)   NULL,
    cancel_reason     VARCHAR(200)  NULL,
    revision          INT           NOT NULL DEFAULT 0,
    created_at        DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at        DATETIME(3)   NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    UNIQUE KEY uk_activity_client (organizer_type, organizer_id, client_id),
    KEY idx_activity_start (start_at),
    KEY idx_activity_type_start (type, start_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The co-buildings an activity is for (one for a member's activity, several for a bureau session). start_at is the
-- activity's, copied so that a co-building's activities list in start order from this index alone.
CREATE TABLE activity_cobuilding (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    activity_id   BIGINT      NOT NULL,
    cobuilding_id BIGINT      NOT NULL,
    start_at      DATETIME(3) NOT NULL,
    created_at    DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at    DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    UNIQUE KEY uk_activity_cobuilding (activity_id, cobuilding_id),
    KEY idx_activity_cobuilding_start (cobuilding_id, start_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The people an activity with expected_scope LISTED expects (ALL expects every active member, evaluated live).
CREATE TABLE activity_expected (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    activity_id BIGINT      NOT NULL,
    user_id     BIGINT      NOT NULL,
    created_at  DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at  DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    UNIQUE KEY uk_activity_expected (activity_id, user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One check-in per person per activity: the unique key is the guard against retries and bursts.
-- flags: the anomalies found, comma-separated (OUT_OF_RANGE,LATE ...), '' for none. photo_media_ids likewise.
-- on_behalf_*: a 补签 by an organiser (type MEMBER/ADMIN, id, reason). review_*: an organiser's decision on it.
CREATE TABLE checkin (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    activity_id        BIGINT       NOT NULL,
    user_id            BIGINT       NOT NULL,
    client_id          VARCHAR(64)  NOT NULL,
    method             VARCHAR(20)  NOT NULL,
    checked_in_at      DATETIME(3)  NOT NULL,
    latitude           DOUBLE       NULL,
    longitude          DOUBLE       NULL,
    accuracy           DOUBLE       NULL,
    distance_meters    INT          NULL,
    flags              VARCHAR(100) NOT NULL DEFAULT '',
    photo_media_ids    VARCHAR(400) NOT NULL DEFAULT '',
    on_behalf_by_type  VARCHAR(8)   NULL,
    on_behalf_by_id    BIGINT       NULL,
    on_behalf_reason   VARCHAR(200) NULL,
    review_decision    VARCHAR(16)  NULL,
    review_note        VARCHAR(500) NULL,
    reviewed_by_type   VARCHAR(8)   NULL,
    reviewed_by_id     BIGINT       NULL,
    reviewed_at        DATETIME(3)  NULL,
    created_at         DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at         DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    UNIQUE KEY uk_checkin_person (activity_id, user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- What organisers did to an activity and its check-ins (create, change, cancel, 补签, review), members and admins
-- alike; admins' actions are also in the bureau's audit log.
CREATE TABLE activity_audit (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    activity_id BIGINT       NOT NULL,
    checkin_id  BIGINT       NULL,
    action      VARCHAR(32)  NOT NULL,
    actor_type  VARCHAR(8)   NOT NULL,
    actor_id    BIGINT       NOT NULL,
    note        VARCHAR(500) NULL,
    created_at  DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at  DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    KEY idx_activity_audit (activity_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The 小程序码 of an activity, as WeChat drew it: it never changes, and WeChat's quota is not spent twice.
CREATE TABLE activity_wxacode (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    activity_id BIGINT      NOT NULL,
    png         MEDIUMBLOB  NOT NULL,
    created_at  DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at  DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    UNIQUE KEY uk_activity_wxacode (activity_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
