-- A card whose source keeps changing (an activity's check-in count) is updated in place and keeps its seq; the
-- version orders those updates, so one arriving late never puts an older payload back, and clients holding a card
-- keep the newest of what a page and a card-update frame told them.
ALTER TABLE message
    ADD COLUMN card_version BIGINT NOT NULL DEFAULT 0 AFTER payload;
