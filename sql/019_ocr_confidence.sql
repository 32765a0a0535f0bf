-- Figures read by OCR from scanned reports (issue 20) carry the flag `ocr` and Tesseract's
-- confidence (0–100) in the text they were read from; NULL for every other figure.
ALTER TABLE figures ADD COLUMN confidence INTEGER;
