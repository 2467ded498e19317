-- State that every node of a cluster on one database must share.

-- The comments counted against each client address's quota (CommentRateLimiter): one row per comment within the
-- sliding window, older rows purged.
CREATE TABLE pan_comment_rate (
    address   VARCHAR(100)             NOT NULL,
    posted_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_pan_comment_rate_address ON pan_comment_rate (address, posted_at);
CREATE INDEX ix_pan_comment_rate_posted ON pan_comment_rate (posted_at);

-- The start-up work that writes shared data runs on one node at a time (StartupLock): its row is locked.
CREATE TABLE pan_startup_lock (
    name VARCHAR(20) PRIMARY KEY
);
INSERT INTO pan_startup_lock (name) VALUES ('startup');

-- Sessions in the database (Spring Session JDBC), so that a session opened on one node is valid on the others.
-- Spring Session's own schema, in SQL that H2 and PostgreSQL both read.
CREATE TABLE SPRING_SESSION (
    PRIMARY_ID            CHAR(36)     NOT NULL,
    SESSION_ID            CHAR(36)     NOT NULL,
    CREATION_TIME         BIGINT       NOT NULL,
    LAST_ACCESS_TIME      BIGINT       NOT NULL,
    MAX_INACTIVE_INTERVAL INT          NOT NULL,
    EXPIRY_TIME           BIGINT       NOT NULL,
    PRINCIPAL_NAME        VARCHAR(100),
    CONSTRAINT SPRING_SESSION_PK PRIMARY KEY (PRIMARY_ID)
);
CREATE UNIQUE INDEX SPRING_SESSION_IX1 ON SPRING_SESSION (SESSION_ID);
CREATE INDEX SPRING_SESSION_IX2 ON SPRING_SESSION (EXPIRY_TIME);
CREATE INDEX SPRING_SESSION_IX3 ON SPRING_SESSION (PRINCIPAL_NAME);

CREATE TABLE SPRING_SESSION_ATTRIBUTES (
    SESSION_PRIMARY_ID CHAR(36)     NOT NULL,
    ATTRIBUTE_NAME     VARCHAR(200) NOT NULL,
    ATTRIBUTE_BYTES    BYTEA        NOT NULL,
    CONSTRAINT SPRING_SESSION_ATTRIBUTES_PK PRIMARY KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME),
    CONSTRAINT SPRING_SESSION_ATTRIBUTES_FK FOREIGN KEY (SESSION_PRIMARY_ID)
        REFERENCES SPRING_SESSION (PRIMARY_ID) ON DELETE CASCADE
);
