-- Runs count their files by every status (failed already counted scans too; now apart),
-- and record how many parse workers they used.
ALTER TABLE runs ADD COLUMN files_unsupported INTEGER NOT NULL DEFAULT 0;
ALTER TABLE runs ADD COLUMN files_needs_ocr INTEGER NOT NULL DEFAULT 0;
ALTER TABLE runs ADD COLUMN workers INTEGER;
