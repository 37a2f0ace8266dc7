-- The topic an inbox row's event came from: the retention job keeps a row as long as that topic keeps the event
-- (plus a margin), so replaying the topic from its earliest offset can never apply an event twice. Rows written
-- before this column have no topic and are kept as long as the longest-kept topic the service reads.
ALTER TABLE inbox_event ADD COLUMN topic varchar(249);
CREATE INDEX inbox_event_topic_received ON inbox_event (topic, received_at);

-- Dead letters already replayed (DeadLetterReplay), so a replay never brings the same one in twice by accident.
CREATE TABLE dead_letter_replay (
    dead_letter_topic varchar(249) NOT NULL,
    dead_letter_partition integer NOT NULL,
    dead_letter_offset bigint NOT NULL,
    event_id varchar(100),
    replayed_at timestamptz NOT NULL DEFAULT now(),
    replayed_by varchar(200) NOT NULL,
    PRIMARY KEY (dead_letter_topic, dead_letter_partition, dead_letter_offset)
);
