-- A mail's record is committed before it is sent and marked sent in a transaction of its own once SMTP accepted
-- it (OnceOnlyMailer): sent_at stays empty while the mail waits for SMTP or is being sent.
ALTER TABLE pan_sent_mail ADD COLUMN recorded_at TIMESTAMP WITH TIME ZONE;
UPDATE pan_sent_mail SET recorded_at = sent_at;
ALTER TABLE pan_sent_mail ALTER COLUMN recorded_at SET NOT NULL;
ALTER TABLE pan_sent_mail ALTER COLUMN sent_at DROP NOT NULL;
