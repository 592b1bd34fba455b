-- Foundation: members (WeChat users), bureau admin accounts, and Spring Modulith's event publication log.
-- Portable between MySQL 8 and MariaDB 10.6+: utf8mb4, InnoDB, no engine-specific syntax.

-- A person who signed in through the mini-program. openid is per app; unionid only when the app is bound
-- to an Open Platform account.
CREATE TABLE app_user (
    id           BIGINT       NOT NULL AUTO_INCREMENT,
    openid       VARCHAR(64)  NOT NULL,
    unionid      VARCHAR(64)  NULL,
    nickname     VARCHAR(32)  NULL,
    avatar_url   VARCHAR(512) NULL,
    real_name    VARCHAR(32)  NULL,
    last_login_at DATETIME(3) NULL,
    created_at   DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at   DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    UNIQUE KEY uk_app_user_openid (openid),
    UNIQUE KEY uk_app_user_unionid (unionid)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A bureau staff account for the admin endpoints.
CREATE TABLE admin_account (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    username      VARCHAR(64)  NOT NULL,
    display_name  VARCHAR(64)  NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    enabled       BOOLEAN      NOT NULL DEFAULT TRUE,
    last_login_at DATETIME(3)  NULL,
    created_at    DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at    DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    UNIQUE KEY uk_admin_account_username (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Roles of an admin account: SUPER_ADMIN, BUREAU_ADMIN, EVALUATOR, LIAISON, VIEWER.
CREATE TABLE admin_account_role (
    id         BIGINT      NOT NULL AUTO_INCREMENT,
    admin_id   BIGINT      NOT NULL,
    role       VARCHAR(32) NOT NULL,
    created_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    UNIQUE KEY uk_admin_account_role (admin_id, role),
    CONSTRAINT fk_admin_account_role_admin FOREIGN KEY (admin_id) REFERENCES admin_account (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Spring Modulith's JDBC event publication registry (schema v2 for MySQL/MariaDB, as shipped in
-- spring-modulith-events-jdbc 2.0): an event listener's work is recorded here in the publisher's transaction,
-- so a crash between commit and reaction loses nothing.
-- The table name is upper case because Modulith's statements name it so, and MySQL/MariaDB table names are
-- case-sensitive on Linux.
CREATE TABLE EVENT_PUBLICATION (
    id                     VARCHAR(36)   NOT NULL,
    listener_id            VARCHAR(512)  NOT NULL,
    event_type             VARCHAR(512)  NOT NULL,
    serialized_event       VARCHAR(4000) NOT NULL,
    publication_date       TIMESTAMP(6)  NOT NULL,
    completion_date        TIMESTAMP(6)  NULL DEFAULT NULL,
    status                 VARCHAR(20)   NULL,
    completion_attempts    INT           NULL,
    last_resubmission_date TIMESTAMP(6)  NULL DEFAULT NULL,
    PRIMARY KEY (id),
    INDEX event_publication_by_completion_date_idx (completion_date)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
