-- The comment form carries a one-time key (random, hidden): a resend of the same post, after a lost connection,
-- meets this index and stores nothing new. Comments posted before it have none.
ALTER TABLE pan_public_comment ADD COLUMN submission_key VARCHAR(36);
CREATE UNIQUE INDEX ux_pan_public_comment_submission ON pan_public_comment (submission_key);
