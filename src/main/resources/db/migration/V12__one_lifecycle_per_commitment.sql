-- A commitment has at most one lifecycle: a second start for the same commitment fails here, whoever asks.
CREATE TABLE pan_commitment_lifecycle (
    commitment_id       BIGINT PRIMARY KEY REFERENCES pan_commitment (id),
    process_instance_id VARCHAR(64) NOT NULL UNIQUE
);
