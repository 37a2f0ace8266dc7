CREATE TABLE probe (
    id   uuid PRIMARY KEY,
    name varchar(100) NOT NULL
);
