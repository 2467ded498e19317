-- An observation belongs to its review round, so that the meeting that discusses the round takes it for its minutes.
ALTER TABLE pan_observation ADD COLUMN round_no INT;
UPDATE pan_observation SET round_no = COALESCE((
    SELECT MAX(p.round_no) FROM pan_review_participation p
    WHERE p.commitment_id = pan_observation.commitment_id AND p.version_id = pan_observation.version_id
      AND p.reviewer_login = pan_observation.author_login AND p.submitted = TRUE), 0);
ALTER TABLE pan_observation ALTER COLUMN round_no SET NOT NULL;

-- When each commitment's review round closed (all reviews in, its window closed or its own due date): only a closed
-- round's observations are final, and a meeting takes them.
CREATE TABLE pan_review_round (
    commitment_id BIGINT NOT NULL REFERENCES pan_commitment (id),
    round_no      INT NOT NULL,
    closed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (commitment_id, round_no)
);
-- Rounds closed before this migration: those a decision followed, or that recorded a missing review.
INSERT INTO pan_review_round (commitment_id, round_no, closed_at)
SELECT p.commitment_id, p.round_no, MAX(p.recorded_at) FROM pan_review_participation p
WHERE p.submitted = FALSE
   OR (SELECT COUNT(*) FROM pan_review_decision d WHERE d.commitment_id = p.commitment_id) > p.round_no
GROUP BY p.commitment_id, p.round_no;

-- The observations no meeting has taken yet, looked up when a meeting is recorded.
CREATE INDEX idx_pan_observation_untaken ON pan_observation (round_no, meeting_id);
