-- The moderation page reads a consultation's pending comments 50 at a time in submission order: with this index
-- a page is an index range scan, not a sort of every pending comment (100,000 and more on a popular plan).
CREATE INDEX idx_pan_public_comment_moderation ON pan_public_comment (consultation_id, status, submitted_at, id);
