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
