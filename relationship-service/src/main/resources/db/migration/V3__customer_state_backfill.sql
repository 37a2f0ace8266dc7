-- Issue 15: every change of a customer now also writes its whole state to the compacted topic
-- relationship.customer-state.events (aggregate customer-state). Customers registered before that get their first
-- state record here, through the outbox like any other, so the topic holds every customer and the other services
-- can rebuild their projections from it. Enum columns hold Java names (DELIVERY_MANAGER); the wire name is
-- lower case with hyphens (delivery-manager).
INSERT INTO outbox_event (id, aggregatetype, aggregateid, type, payload, timestamp)
SELECT gen_random_uuid(), 'customer-state', c.id::text, 'io.adeplatform.relationship.customer-state.snapshot.v1',
       jsonb_build_object(
           'customerId', c.id,
           'version', c.version,
           'name', c.name,
           'segment', c.segment,
           'tier', c.tier,
           'industry', c.industry,
           'region', c.region,
           'status', lower(replace(c.status, '_', '-')),
           'accountTeam', COALESCE((SELECT jsonb_agg(jsonb_build_object(
                                               'username', m.username,
                                               'role', lower(replace(m.account_role, '_', '-')))
                                           ORDER BY m.username)
                                    FROM account_team_member m WHERE m.customer_id = c.id), '[]'::jsonb),
           'changedAt', to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')),
       now()
FROM customer c
ORDER BY c.created_at, c.id;
