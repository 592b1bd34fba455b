-- A clientMsgId is unique per sender within one conversation, not across all of a sender's conversations: a phone
-- that reuses an id in another conversation must get a new message there, not the one it sent elsewhere.
ALTER TABLE message
    DROP KEY uk_message_client,
    ADD UNIQUE KEY uk_message_client (conversation_id, sender_type, sender_id, client_msg_id);
