CREATE TABLE `cohort_activity_versions` (
	`cohort_id` integer PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`cohort_id`) REFERENCES `cohorts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
-- Every write to what the owners' figures are computed from raises the cohort's version
-- (app/models/cohort-figures.server.ts); edits that change none of those columns leave it alone.
CREATE TRIGGER `memberships_activity_ins` AFTER INSERT ON `memberships` BEGIN INSERT INTO cohort_activity_versions (cohort_id, version) SELECT NEW.cohort_id, 1 WHERE EXISTS (SELECT 1 FROM cohorts WHERE id = NEW.cohort_id) ON CONFLICT(cohort_id) DO UPDATE SET version = version + 1; END;
--> statement-breakpoint
CREATE TRIGGER `memberships_activity_upd` AFTER UPDATE ON `memberships` BEGIN INSERT INTO cohort_activity_versions (cohort_id, version) SELECT OLD.cohort_id, 1 WHERE EXISTS (SELECT 1 FROM cohorts WHERE id = OLD.cohort_id) ON CONFLICT(cohort_id) DO UPDATE SET version = version + 1; INSERT INTO cohort_activity_versions (cohort_id, version) SELECT NEW.cohort_id, 1 WHERE EXISTS (SELECT 1 FROM cohorts WHERE id = NEW.cohort_id) ON CONFLICT(cohort_id) DO UPDATE SET version = version + 1; END;
--> statement-breakpoint
CREATE TRIGGER `memberships_activity_del` AFTER DELETE ON `memberships` BEGIN INSERT INTO cohort_activity_versions (cohort_id, version) SELECT OLD.cohort_id, 1 WHERE EXISTS (SELECT 1 FROM cohorts WHERE id = OLD.cohort_id) ON CONFLICT(cohort_id) DO UPDATE SET version = version + 1; END;
--> statement-breakpoint
CREATE TRIGGER `challenge_completions_activity_ins` AFTER INSERT ON `challenge_completions` BEGIN INSERT INTO cohort_activity_versions (cohort_id, version) SELECT NEW.cohort_id, 1 WHERE EXISTS (SELECT 1 FROM cohorts WHERE id = NEW.cohort_id) ON CONFLICT(cohort_id) DO UPDATE SET version = version + 1; END;
--> statement-breakpoint
CREATE TRIGGER `challenge_completions_activity_upd` AFTER UPDATE ON `challenge_completions` BEGIN INSERT INTO cohort_activity_versions (cohort_id, version) SELECT OLD.cohort_id, 1 WHERE EXISTS (SELECT 1 FROM cohorts WHERE id = OLD.cohort_id) ON CONFLICT(cohort_id) DO UPDATE SET version = version + 1; INSERT INTO cohort_activity_versions (cohort_id, version) SELECT NEW.cohort_id, 1 WHERE EXISTS (SELECT 1 FROM cohorts WHERE id = NEW.cohort_id) ON CONFLICT(cohort_id) DO UPDATE SET version = version + 1; END;
--> statement-breakpoint
CREATE TRIGGER `challenge_completions_activity_del` AFTER DELETE ON `challenge_completions` BEGIN INSERT INTO cohort_activity_versions (cohort_id, version) SELECT OLD.cohort_id, 1 WHERE EXISTS (SELECT 1 FROM cohorts WHERE id = OLD.cohort_id) ON CONFLICT(cohort_id) DO UPDATE SET version = version + 1; END;
--> statement-breakpoint
CREATE TRIGGER `module_progress_activity_ins` AFTER INSERT ON `module_progress` BEGIN INSERT INTO cohort_activity_versions (cohort_id, version) SELECT NEW.cohort_id, 1 WHERE EXISTS (SELECT 1 FROM cohorts WHERE id = NEW.cohort_id) ON CONFLICT(cohort_id) DO UPDATE SET version = version + 1; END;
--> statement-breakpoint
CREATE TRIGGER `module_progress_activity_upd` AFTER UPDATE ON `module_progress` BEGIN INSERT INTO cohort_activity_versions (cohort_id, version) SELECT OLD.cohort_id, 1 WHERE EXISTS (SELECT 1 FROM cohorts WHERE id = OLD.cohort_id) ON CONFLICT(cohort_id) DO UPDATE SET version = version + 1; INSERT INTO cohort_activity_versions (cohort_id, version) SELECT NEW.cohort_id, 1 WHERE EXISTS (SELECT 1 FROM cohorts WHERE id = NEW.cohort_id) ON CONFLICT(cohort_id) DO UPDATE SET version = version + 1; END;
--> statement-breakpoint
CREATE TRIGGER `module_progress_activity_del` AFTER DELETE ON `module_progress` BEGIN INSERT INTO cohort_activity_versions (cohort_id, version) SELECT OLD.cohort_id, 1 WHERE EXISTS (SELECT 1 FROM cohorts WHERE id = OLD.cohort_id) ON CONFLICT(cohort_id) DO UPDATE SET version = version + 1; END;
--> statement-breakpoint
CREATE TRIGGER `partnerships_activity_ins` AFTER INSERT ON `partnerships` BEGIN INSERT INTO cohort_activity_versions (cohort_id, version) SELECT NEW.cohort_id, 1 WHERE EXISTS (SELECT 1 FROM cohorts WHERE id = NEW.cohort_id) ON CONFLICT(cohort_id) DO UPDATE SET version = version + 1; END;
--> statement-breakpoint
CREATE TRIGGER `partnerships_activity_upd` AFTER UPDATE ON `partnerships` BEGIN INSERT INTO cohort_activity_versions (cohort_id, version) SELECT OLD.cohort_id, 1 WHERE EXISTS (SELECT 1 FROM cohorts WHERE id = OLD.cohort_id) ON CONFLICT(cohort_id) DO UPDATE SET version = version + 1; INSERT INTO cohort_activity_versions (cohort_id, version) SELECT NEW.cohort_id, 1 WHERE EXISTS (SELECT 1 FROM cohorts WHERE id = NEW.cohort_id) ON CONFLICT(cohort_id) DO UPDATE SET version = version + 1; END;
--> statement-breakpoint
CREATE TRIGGER `partnerships_activity_del` AFTER DELETE ON `partnerships` BEGIN INSERT INTO cohort_activity_versions (cohort_id, version) SELECT OLD.cohort_id, 1 WHERE EXISTS (SELECT 1 FROM cohorts WHERE id = OLD.cohort_id) ON CONFLICT(cohort_id) DO UPDATE SET version = version + 1; END;
--> statement-breakpoint
CREATE TRIGGER `gatherings_activity_ins` AFTER INSERT ON `gatherings` BEGIN INSERT INTO cohort_activity_versions (cohort_id, version) SELECT NEW.cohort_id, 1 WHERE EXISTS (SELECT 1 FROM cohorts WHERE id = NEW.cohort_id) ON CONFLICT(cohort_id) DO UPDATE SET version = version + 1; END;
--> statement-breakpoint
CREATE TRIGGER `gatherings_activity_upd` AFTER UPDATE ON `gatherings` BEGIN INSERT INTO cohort_activity_versions (cohort_id, version) SELECT OLD.cohort_id, 1 WHERE EXISTS (SELECT 1 FROM cohorts WHERE id = OLD.cohort_id) ON CONFLICT(cohort_id) DO UPDATE SET version = version + 1; INSERT INTO cohort_activity_versions (cohort_id, version) SELECT NEW.cohort_id, 1 WHERE EXISTS (SELECT 1 FROM cohorts WHERE id = NEW.cohort_id) ON CONFLICT(cohort_id) DO UPDATE SET version = version + 1; END;
--> statement-breakpoint
CREATE TRIGGER `gatherings_activity_del` AFTER DELETE ON `gatherings` BEGIN INSERT INTO cohort_activity_versions (cohort_id, version) SELECT OLD.cohort_id, 1 WHERE EXISTS (SELECT 1 FROM cohorts WHERE id = OLD.cohort_id) ON CONFLICT(cohort_id) DO UPDATE SET version = version + 1; END;
--> statement-breakpoint
CREATE TRIGGER `participant_statuses_activity_ins` AFTER INSERT ON `participant_statuses` BEGIN INSERT INTO cohort_activity_versions (cohort_id, version) SELECT NEW.cohort_id, 1 WHERE EXISTS (SELECT 1 FROM cohorts WHERE id = NEW.cohort_id) ON CONFLICT(cohort_id) DO UPDATE SET version = version + 1; END;
--> statement-breakpoint
CREATE TRIGGER `participant_statuses_activity_upd` AFTER UPDATE ON `participant_statuses` BEGIN INSERT INTO cohort_activity_versions (cohort_id, version) SELECT OLD.cohort_id, 1 WHERE EXISTS (SELECT 1 FROM cohorts WHERE id = OLD.cohort_id) ON CONFLICT(cohort_id) DO UPDATE SET version = version + 1; INSERT INTO cohort_activity_versions (cohort_id, version) SELECT NEW.cohort_id, 1 WHERE EXISTS (SELECT 1 FROM cohorts WHERE id = NEW.cohort_id) ON CONFLICT(cohort_id) DO UPDATE SET version = version + 1; END;
--> statement-breakpoint
CREATE TRIGGER `participant_statuses_activity_del` AFTER DELETE ON `participant_statuses` BEGIN INSERT INTO cohort_activity_versions (cohort_id, version) SELECT OLD.cohort_id, 1 WHERE EXISTS (SELECT 1 FROM cohorts WHERE id = OLD.cohort_id) ON CONFLICT(cohort_id) DO UPDATE SET version = version + 1; END;
--> statement-breakpoint
CREATE TRIGGER `journal_entries_activity_ins` AFTER INSERT ON `journal_entries` BEGIN INSERT INTO cohort_activity_versions (cohort_id, version) SELECT NEW.cohort_id, 1 WHERE EXISTS (SELECT 1 FROM cohorts WHERE id = NEW.cohort_id) ON CONFLICT(cohort_id) DO UPDATE SET version = version + 1; END;
--> statement-breakpoint
CREATE TRIGGER `journal_entries_activity_upd` AFTER UPDATE OF cohort_id, user_id, created_at ON `journal_entries` BEGIN INSERT INTO cohort_activity_versions (cohort_id, version) SELECT OLD.cohort_id, 1 WHERE EXISTS (SELECT 1 FROM cohorts WHERE id = OLD.cohort_id) ON CONFLICT(cohort_id) DO UPDATE SET version = version + 1; INSERT INTO cohort_activity_versions (cohort_id, version) SELECT NEW.cohort_id, 1 WHERE EXISTS (SELECT 1 FROM cohorts WHERE id = NEW.cohort_id) ON CONFLICT(cohort_id) DO UPDATE SET version = version + 1; END;
--> statement-breakpoint
CREATE TRIGGER `journal_entries_activity_del` AFTER DELETE ON `journal_entries` BEGIN INSERT INTO cohort_activity_versions (cohort_id, version) SELECT OLD.cohort_id, 1 WHERE EXISTS (SELECT 1 FROM cohorts WHERE id = OLD.cohort_id) ON CONFLICT(cohort_id) DO UPDATE SET version = version + 1; END;
--> statement-breakpoint
CREATE TRIGGER `partnership_members_activity_ins` AFTER INSERT ON `partnership_members` BEGIN INSERT INTO cohort_activity_versions (cohort_id, version) SELECT (SELECT cohort_id FROM partnerships WHERE id = NEW.partnership_id), 1 WHERE EXISTS (SELECT 1 FROM cohorts WHERE id = (SELECT cohort_id FROM partnerships WHERE id = NEW.partnership_id)) ON CONFLICT(cohort_id) DO UPDATE SET version = version + 1; END;
--> statement-breakpoint
CREATE TRIGGER `partnership_members_activity_upd` AFTER UPDATE ON `partnership_members` BEGIN INSERT INTO cohort_activity_versions (cohort_id, version) SELECT (SELECT cohort_id FROM partnerships WHERE id = OLD.partnership_id), 1 WHERE EXISTS (SELECT 1 FROM cohorts WHERE id = (SELECT cohort_id FROM partnerships WHERE id = OLD.partnership_id)) ON CONFLICT(cohort_id) DO UPDATE SET version = version + 1; INSERT INTO cohort_activity_versions (cohort_id, version) SELECT (SELECT cohort_id FROM partnerships WHERE id = NEW.partnership_id), 1 WHERE EXISTS (SELECT 1 FROM cohorts WHERE id = (SELECT cohort_id FROM partnerships WHERE id = NEW.partnership_id)) ON CONFLICT(cohort_id) DO UPDATE SET version = version + 1; END;
--> statement-breakpoint
CREATE TRIGGER `partnership_members_activity_del` AFTER DELETE ON `partnership_members` BEGIN INSERT INTO cohort_activity_versions (cohort_id, version) SELECT (SELECT cohort_id FROM partnerships WHERE id = OLD.partnership_id), 1 WHERE EXISTS (SELECT 1 FROM cohorts WHERE id = (SELECT cohort_id FROM partnerships WHERE id = OLD.partnership_id)) ON CONFLICT(cohort_id) DO UPDATE SET version = version + 1; END;
--> statement-breakpoint
CREATE TRIGGER `check_ins_activity_ins` AFTER INSERT ON `check_ins` BEGIN INSERT INTO cohort_activity_versions (cohort_id, version) SELECT (SELECT cohort_id FROM partnerships WHERE id = NEW.partnership_id), 1 WHERE EXISTS (SELECT 1 FROM cohorts WHERE id = (SELECT cohort_id FROM partnerships WHERE id = NEW.partnership_id)) ON CONFLICT(cohort_id) DO UPDATE SET version = version + 1; END;
--> statement-breakpoint
CREATE TRIGGER `check_ins_activity_upd` AFTER UPDATE OF partnership_id, held_on, author_id, created_at ON `check_ins` BEGIN INSERT INTO cohort_activity_versions (cohort_id, version) SELECT (SELECT cohort_id FROM partnerships WHERE id = OLD.partnership_id), 1 WHERE EXISTS (SELECT 1 FROM cohorts WHERE id = (SELECT cohort_id FROM partnerships WHERE id = OLD.partnership_id)) ON CONFLICT(cohort_id) DO UPDATE SET version = version + 1; INSERT INTO cohort_activity_versions (cohort_id, version) SELECT (SELECT cohort_id FROM partnerships WHERE id = NEW.partnership_id), 1 WHERE EXISTS (SELECT 1 FROM cohorts WHERE id = (SELECT cohort_id FROM partnerships WHERE id = NEW.partnership_id)) ON CONFLICT(cohort_id) DO UPDATE SET version = version + 1; END;
--> statement-breakpoint
CREATE TRIGGER `check_ins_activity_del` AFTER DELETE ON `check_ins` BEGIN INSERT INTO cohort_activity_versions (cohort_id, version) SELECT (SELECT cohort_id FROM partnerships WHERE id = OLD.partnership_id), 1 WHERE EXISTS (SELECT 1 FROM cohorts WHERE id = (SELECT cohort_id FROM partnerships WHERE id = OLD.partnership_id)) ON CONFLICT(cohort_id) DO UPDATE SET version = version + 1; END;
--> statement-breakpoint
CREATE TRIGGER `attendance_activity_ins` AFTER INSERT ON `attendance` BEGIN INSERT INTO cohort_activity_versions (cohort_id, version) SELECT (SELECT cohort_id FROM gatherings WHERE id = NEW.gathering_id), 1 WHERE EXISTS (SELECT 1 FROM cohorts WHERE id = (SELECT cohort_id FROM gatherings WHERE id = NEW.gathering_id)) ON CONFLICT(cohort_id) DO UPDATE SET version = version + 1; END;
--> statement-breakpoint
CREATE TRIGGER `attendance_activity_upd` AFTER UPDATE ON `attendance` BEGIN INSERT INTO cohort_activity_versions (cohort_id, version) SELECT (SELECT cohort_id FROM gatherings WHERE id = OLD.gathering_id), 1 WHERE EXISTS (SELECT 1 FROM cohorts WHERE id = (SELECT cohort_id FROM gatherings WHERE id = OLD.gathering_id)) ON CONFLICT(cohort_id) DO UPDATE SET version = version + 1; INSERT INTO cohort_activity_versions (cohort_id, version) SELECT (SELECT cohort_id FROM gatherings WHERE id = NEW.gathering_id), 1 WHERE EXISTS (SELECT 1 FROM cohorts WHERE id = (SELECT cohort_id FROM gatherings WHERE id = NEW.gathering_id)) ON CONFLICT(cohort_id) DO UPDATE SET version = version + 1; END;
--> statement-breakpoint
CREATE TRIGGER `attendance_activity_del` AFTER DELETE ON `attendance` BEGIN INSERT INTO cohort_activity_versions (cohort_id, version) SELECT (SELECT cohort_id FROM gatherings WHERE id = OLD.gathering_id), 1 WHERE EXISTS (SELECT 1 FROM cohorts WHERE id = (SELECT cohort_id FROM gatherings WHERE id = OLD.gathering_id)) ON CONFLICT(cohort_id) DO UPDATE SET version = version + 1; END;
--> statement-breakpoint
CREATE TRIGGER `users_activity_upd` AFTER UPDATE OF name, email, last_login_at ON `users` BEGIN INSERT INTO cohort_activity_versions (cohort_id, version) SELECT m.cohort_id, 1 FROM memberships m WHERE m.user_id = NEW.id ON CONFLICT(cohort_id) DO UPDATE SET version = version + 1; END;
