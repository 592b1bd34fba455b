-- An IMAGE message names the upload it shows (a media row of purpose CHAT); its links are signed when the message is
-- read, never stored. Indexed so that a risky verdict on an upload finds the messages that show it.
ALTER TABLE message
    ADD COLUMN media_id BIGINT NULL AFTER payload,
    ADD KEY idx_message_media (media_id);

-- A member's avatar is an upload of purpose AVATAR; avatar_url stays for a picture WeChat supplied.
ALTER TABLE app_user
    ADD COLUMN avatar_media_id BIGINT NULL AFTER avatar_url;

-- The stopgap avatar store is gone with its URLs (its data was only ever on developer machines).
UPDATE app_user SET avatar_url = NULL WHERE avatar_url LIKE '/api/avatars/%';
DROP TABLE member_avatar;
