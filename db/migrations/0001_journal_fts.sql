-- Full-text search over journal entries (title + body). External-content FTS5 table kept in step
-- by triggers, so the text is stored once. The unicode61 tokenizer folds æøå case and diacritics.
CREATE VIRTUAL TABLE `journal_fts` USING fts5(title, body, content='journal_entries', content_rowid='id', tokenize='unicode61 remove_diacritics 2');
--> statement-breakpoint
CREATE TRIGGER `journal_entries_ai` AFTER INSERT ON `journal_entries` BEGIN
  INSERT INTO journal_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
--> statement-breakpoint
CREATE TRIGGER `journal_entries_ad` AFTER DELETE ON `journal_entries` BEGIN
  INSERT INTO journal_fts(journal_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
END;
--> statement-breakpoint
CREATE TRIGGER `journal_entries_au` AFTER UPDATE OF title, body ON `journal_entries` BEGIN
  INSERT INTO journal_fts(journal_fts, rowid, title, body) VALUES ('delete', old.id, old.title, old.body);
  INSERT INTO journal_fts(rowid, title, body) VALUES (new.id, new.title, new.body);
END;
