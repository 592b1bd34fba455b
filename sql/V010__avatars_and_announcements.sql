-- A member's avatar as the server re-encoded it (JPEG or PNG, at most 640x640, no metadata). Kept in the database so
-- every instance serves it; the key in its URL is random, so a URL cannot be guessed from a user id. A member keeps
-- only the avatar they uploaded last.
CREATE TABLE member_avatar (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    avatar_key   VARCHAR(32) NOT NULL,
    user_id      BIGINT      NOT NULL,
    content_type VARCHAR(16) NOT NULL,
    bytes        MEDIUMBLOB  NOT NULL,
    created_at   DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at   DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    UNIQUE KEY uk_member_avatar_key (avatar_key),
    KEY idx_member_avatar_user (user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 群公告: the pioneer's line at the top of the group chat.
ALTER TABLE cobuilding
    ADD COLUMN announcement            VARCHAR(500) NULL AFTER bureau_liaison_id,
    ADD COLUMN announcement_updated_at DATETIME(3)  NULL AFTER announcement;

-- Every change of a co-building's announcement, with who made it ("" cleared is stored as NULL).
CREATE TABLE cobuilding_announcement_history (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    cobuilding_id BIGINT       NOT NULL,
    announcement  VARCHAR(500) NULL,
    actor_user_id BIGINT       NOT NULL,
    created_at    DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at    DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    KEY idx_cobuilding_announcement_history (cobuilding_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
