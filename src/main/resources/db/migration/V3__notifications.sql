-- Every automatic mail sent, under a key that says what it was for: a retried job never sends it twice.
CREATE TABLE pan_sent_mail (
    mail_key   VARCHAR(400)  PRIMARY KEY,
    recipients VARCHAR(4000) NOT NULL,
    subject    VARCHAR(300)  NOT NULL,
    sent_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
