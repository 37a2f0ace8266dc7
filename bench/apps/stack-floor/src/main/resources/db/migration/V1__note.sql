CREATE TABLE note (
    id   uuid PRIMARY KEY,
    text varchar(200) NOT NULL
);
