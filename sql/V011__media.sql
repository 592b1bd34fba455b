-- Uploaded photos and files (media). A blob is one stored original (metadata stripped) and its thumbnail, named by the
-- SHA-256 of the stored bytes: identical uploads share it. A media row is one upload of one person for one purpose;
-- several rows may point at one blob, and a blob goes only when no row uses it any more.
CREATE TABLE media_blob (
    id           BIGINT      NOT NULL AUTO_INCREMENT,
    sha256       CHAR(64)    NOT NULL,
    content_type VARCHAR(32) NOT NULL,
    size_bytes   BIGINT      NOT NULL,
    width        INT         NULL,
    height       INT         NULL,
    has_thumb    TINYINT(1)  NOT NULL DEFAULT 0,
    created_at   DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at   DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    UNIQUE KEY uk_media_blob_sha256 (sha256)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- check_status: PENDING (submitted to WeChat's asynchronous check, or waiting to be), PASSED, RISKY, NOT_CHECKED.
-- hidden: a risky verdict hid it; its links stop working. captured_at: the EXIF capture time, kept here only.
-- orphan_since: since when nothing uses it (its upload, or its last release); NULL while attached.
CREATE TABLE media (
    id             BIGINT      NOT NULL AUTO_INCREMENT,
    uploader_type  VARCHAR(8)  NOT NULL,
    uploader_id    BIGINT      NOT NULL,
    purpose        VARCHAR(16) NOT NULL,
    blob_id        BIGINT      NOT NULL,
    content_type   VARCHAR(32) NOT NULL,
    size_bytes     BIGINT      NOT NULL,
    width          INT         NULL,
    height         INT         NULL,
    captured_at    DATETIME(3) NULL,
    check_status   VARCHAR(16) NOT NULL,
    check_trace_id VARCHAR(64) NULL,
    check_attempts INT         NOT NULL DEFAULT 0,
    next_check_at  DATETIME(3) NULL,
    hidden         TINYINT(1)  NOT NULL DEFAULT 0,
    attached       TINYINT(1)  NOT NULL DEFAULT 0,
    orphan_since   DATETIME(3) NULL,
    created_at     DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at     DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    KEY idx_media_uploader (uploader_type, uploader_id),
    KEY idx_media_blob (blob_id),
    KEY idx_media_trace (check_trace_id),
    KEY idx_media_check_due (check_status, next_check_at),
    KEY idx_media_orphan (attached, orphan_since)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Which records use a media (a check-in's photos, a chat image, an avatar): attached while at least one does.
CREATE TABLE media_use (
    id          BIGINT      NOT NULL AUTO_INCREMENT,
    media_id    BIGINT      NOT NULL,
    used_by     VARCHAR(32) NOT NULL,
    used_by_id  VARCHAR(64) NOT NULL,
    created_at  DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at  DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    UNIQUE KEY uk_media_use (media_id, used_by, used_by_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
