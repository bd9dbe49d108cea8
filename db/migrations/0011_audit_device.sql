-- audit_log.device_id: the paired office PC an entry was made through (host mode, docs/lan.md);
-- null for entries made on the centre PC itself and for every entry before this version. The
-- hash chain covers it only when set, so existing entries keep their hashes.
ALTER TABLE `audit_log` ADD `device_id` text;