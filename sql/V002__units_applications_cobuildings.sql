-- Units, applications, co-buildings, memberships, invitations, and the admin audit log.
-- Partial uniqueness (one pioneer per co-building, one application under review per lead unit, ...) is enforced with
-- a generated column that is NULL except on the rows to constrain, plus a unique index: neither MySQL nor MariaDB has
-- partial indexes, and both treat NULLs in a unique index as distinct.

-- 创新主体: a university, institute or enterprise party organisation.
CREATE TABLE unit (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    name           VARCHAR(100) NOT NULL,
    type           VARCHAR(16)  NOT NULL,
    party_org_name VARCHAR(100) NULL,
    credit_code    CHAR(18)     NULL,
    address        VARCHAR(200) NULL,
    contact_name   VARCHAR(32)  NULL,
    contact_phone  VARCHAR(20)  NULL,
    -- Set when the bureau merged this duplicate into another unit; the row stays so old references can be followed.
    merged_into_id BIGINT       NULL,
    created_at     DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at     DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    UNIQUE KEY uk_unit_credit_code (credit_code),
    KEY idx_unit_name (name),
    KEY idx_unit_type (type)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 申报: an application to co-build, alone (SOLO) or jointly (JOINT).
CREATE TABLE application (
    id                   BIGINT       NOT NULL AUTO_INCREMENT,
    applicant_user_id    BIGINT       NOT NULL,
    mode                 VARCHAR(8)   NOT NULL,
    status               VARCHAR(16)  NOT NULL,
    -- The lead unit's identity for the "one application under review per lead unit" rule: its credit code when
    -- known, otherwise its normalised name.
    lead_unit_key        VARCHAR(120) NULL,
    pioneer_name         VARCHAR(32)  NULL,
    pioneer_title        VARCHAR(64)  NULL,
    pioneer_phone        VARCHAR(20)  NULL,
    pioneer_party_member BOOLEAN      NULL,
    motivation           TEXT         NULL,
    review_comment       VARCHAR(500) NULL,
    submitted_at         DATETIME(3)  NULL,
    decided_at           DATETIME(3)  NULL,
    cobuilding_id        BIGINT       NULL,
    under_review_lead_key VARCHAR(120) AS (CASE WHEN status IN ('SUBMITTED', 'RETURNED') THEN lead_unit_key END) STORED,
    created_at           DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at           DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    UNIQUE KEY uk_application_under_review_lead (under_review_lead_key),
    KEY idx_application_applicant (applicant_user_id),
    KEY idx_application_status_submitted (status, submitted_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The units named in an application: the lead (position 0) and the partners, as the applicant entered them.
-- unit_id is set when the applicant picked an existing unit, and on approval for every row.
CREATE TABLE application_unit (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    application_id BIGINT       NOT NULL,
    role           VARCHAR(8)   NOT NULL,
    position       INT          NOT NULL,
    unit_id        BIGINT       NULL,
    name           VARCHAR(100) NULL,
    type           VARCHAR(16)  NULL,
    party_org_name VARCHAR(100) NULL,
    credit_code    CHAR(18)     NULL,
    address        VARCHAR(200) NULL,
    liaison_name   VARCHAR(32)  NULL,
    liaison_phone  VARCHAR(20)  NULL,
    created_at     DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at     DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    UNIQUE KEY uk_application_unit_position (application_id, position),
    CONSTRAINT fk_application_unit_application FOREIGN KEY (application_id) REFERENCES application (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 五个一: one draft goal per category in an application.
CREATE TABLE application_goal (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    application_id BIGINT       NOT NULL,
    category       VARCHAR(16)  NOT NULL,
    title          VARCHAR(100) NULL,
    description    VARCHAR(1000) NULL,
    target_date    DATE         NULL,
    created_at     DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at     DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    UNIQUE KEY uk_application_goal_category (application_id, category),
    CONSTRAINT fk_application_goal_application FOREIGN KEY (application_id) REFERENCES application (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE application_history (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    application_id BIGINT       NOT NULL,
    from_status    VARCHAR(16)  NULL,
    to_status      VARCHAR(16)  NOT NULL,
    actor_type     VARCHAR(8)   NOT NULL,
    actor_id       BIGINT       NOT NULL,
    comment        VARCHAR(500) NULL,
    created_at     DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at     DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    KEY idx_application_history_application (application_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 先锋号: an approved co-building.
CREATE TABLE cobuilding (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    public_id         VARCHAR(24)  NOT NULL,
    name              VARCHAR(100) NOT NULL,
    lead_unit_id      BIGINT       NOT NULL,
    application_id    BIGINT       NOT NULL,
    status            VARCHAR(16)  NOT NULL,
    plaque_date       DATE         NULL,
    bureau_liaison_id BIGINT       NULL,
    created_at        DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at        DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    UNIQUE KEY uk_cobuilding_public_id (public_id),
    UNIQUE KEY uk_cobuilding_application (application_id),
    KEY idx_cobuilding_status (status),
    KEY idx_cobuilding_liaison (bureau_liaison_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A unit's part in a co-building, with its entry and exit (the programme's 优进绌退 record).
CREATE TABLE cobuilding_unit (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    cobuilding_id BIGINT       NOT NULL,
    unit_id       BIGINT       NOT NULL,
    role          VARCHAR(8)   NOT NULL,
    joined_at     DATETIME(3)  NOT NULL,
    left_at       DATETIME(3)  NULL,
    left_reason   VARCHAR(500) NULL,
    created_at    DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at    DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    UNIQUE KEY uk_cobuilding_unit (cobuilding_id, unit_id),
    KEY idx_cobuilding_unit_unit (unit_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE cobuilding_history (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    cobuilding_id BIGINT       NOT NULL,
    from_status   VARCHAR(16)  NULL,
    to_status     VARCHAR(16)  NOT NULL,
    actor_type    VARCHAR(8)   NOT NULL,
    actor_id      BIGINT       NOT NULL,
    reason        VARCHAR(500) NULL,
    created_at    DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at    DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    KEY idx_cobuilding_history_cobuilding (cobuilding_id, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A person's place in a co-building: PIONEER (exactly one), UNIT_LIAISON (at most one per partner unit) or MEMBER.
CREATE TABLE membership (
    id            BIGINT      NOT NULL AUTO_INCREMENT,
    cobuilding_id BIGINT      NOT NULL,
    user_id       BIGINT      NOT NULL,
    unit_id       BIGINT      NOT NULL,
    role          VARCHAR(16) NOT NULL,
    active        BOOLEAN     NOT NULL DEFAULT TRUE,
    joined_at     DATETIME(3) NOT NULL,
    removed_at    DATETIME(3) NULL,
    pioneer_guard BIGINT AS (CASE WHEN role = 'PIONEER' AND active THEN cobuilding_id END) STORED,
    liaison_guard BIGINT AS (CASE WHEN role = 'UNIT_LIAISON' AND active THEN unit_id END) STORED,
    created_at    DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at    DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    UNIQUE KEY uk_membership_user (cobuilding_id, user_id),
    UNIQUE KEY uk_membership_one_pioneer (pioneer_guard),
    UNIQUE KEY uk_membership_one_liaison_per_unit (cobuilding_id, liaison_guard),
    KEY idx_membership_user (user_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- An invitation code a pioneer hands out; joining by code or by scanning a mini-program code whose scene carries it.
CREATE TABLE invitation (
    id              BIGINT      NOT NULL AUTO_INCREMENT,
    cobuilding_id   BIGINT      NOT NULL,
    code            VARCHAR(12) NOT NULL,
    role            VARCHAR(16) NOT NULL,
    unit_id         BIGINT      NOT NULL,
    expires_at      DATETIME(3) NOT NULL,
    max_uses        INT         NOT NULL,
    uses            INT         NOT NULL DEFAULT 0,
    revoked         BOOLEAN     NOT NULL DEFAULT FALSE,
    created_by      BIGINT      NOT NULL,
    created_at      DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at      DATETIME(3) NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    UNIQUE KEY uk_invitation_code (code),
    KEY idx_invitation_cobuilding (cobuilding_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- 审计日志: every admin write — who, what, which record, when, from where.
CREATE TABLE audit_log (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    admin_id    BIGINT       NOT NULL,
    action      VARCHAR(64)  NOT NULL,
    target_type VARCHAR(32)  NOT NULL,
    target_id   VARCHAR(64)  NULL,
    summary     VARCHAR(500) NULL,
    client_ip   VARCHAR(64)  NULL,
    created_at  DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3),
    updated_at  DATETIME(3)  NOT NULL DEFAULT CURRENT_TIMESTAMP(3) ON UPDATE CURRENT_TIMESTAMP(3),
    PRIMARY KEY (id),
    KEY idx_audit_log_created (created_at),
    KEY idx_audit_log_admin (admin_id, created_at),
    KEY idx_audit_log_target (target_type, target_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
