-- A comment whose author left an address has mails due (the confirmation, then the moderation's outcome): set on
-- submission and on moderation, cleared by CommentMails once they are sent. The submission stays one INSERT and
-- never waits for SMTP. Comments posted before this version were promised nothing more than they got: none due.
ALTER TABLE pan_public_comment ADD COLUMN mails_due BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX idx_pan_public_comment_mails_due ON pan_public_comment (mails_due, id);
