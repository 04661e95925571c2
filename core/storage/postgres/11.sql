-- Version 11 (a workspace file's version 8): a sender's messages are found
-- by the sender alone. The day beside it in chat_messages_identity served
-- no query (every reader of a sender's messages reads their kind and time
-- from the row as well), yet each of a chat import's rows paid for it: of
-- the messages' move, this index took the most time.
DROP INDEX chat_messages_identity;

CREATE INDEX chat_messages_identity ON chat_messages(identity_id);
