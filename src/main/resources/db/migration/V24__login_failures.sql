-- The failed logins the login throttle counts (LoginThrottle), shared by every node of a cluster. One failure is
-- three rows written by one statement, one per level it counts at: the account at the address, the account from
-- anywhere (address ''), the address for any account (account ''). A success deletes the first level's rows only;
-- rows older than the window are purged.
CREATE TABLE pan_login_failure (
    account   VARCHAR(100)             NOT NULL,
    address   VARCHAR(100)             NOT NULL,
    failed_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_pan_login_failure_key ON pan_login_failure (account, address, failed_at);
CREATE INDEX ix_pan_login_failure_address ON pan_login_failure (address, failed_at);
CREATE INDEX ix_pan_login_failure_failed ON pan_login_failure (failed_at);
