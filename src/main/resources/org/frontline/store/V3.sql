-- Frontline store, schema version 3.
-- The viewer asks at every start whether the store holds the shipped demo articles (to show the
-- "Demonstration data" banner). Without an index that question reads the whole articles table,
-- texts included: hundreds of megabytes at 100,000 articles. A partial index holds the demo
-- articles only, so it is empty in a research store and answers at once.

CREATE INDEX articles_demo ON articles (demo) WHERE demo = 1;
