CREATE TABLE `cohort_plan_versions` (
	`cohort_id` integer PRIMARY KEY NOT NULL,
	`version` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`cohort_id`) REFERENCES `cohorts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
-- Every write to what a cohort's plan is computed from raises its version (app/models/plan-cache.server.ts).
CREATE TRIGGER `challenge_completions_plan_ins` AFTER INSERT ON `challenge_completions` BEGIN INSERT INTO cohort_plan_versions (cohort_id, version) SELECT NEW.cohort_id, 1 WHERE EXISTS (SELECT 1 FROM cohorts WHERE id = NEW.cohort_id) ON CONFLICT(cohort_id) DO UPDATE SET version = version + 1; END;
--> statement-breakpoint
CREATE TRIGGER `challenge_completions_plan_upd` AFTER UPDATE ON `challenge_completions` BEGIN INSERT INTO cohort_plan_versions (cohort_id, version) SELECT OLD.cohort_id, 1 WHERE EXISTS (SELECT 1 FROM cohorts WHERE id = OLD.cohort_id) ON CONFLICT(cohort_id) DO UPDATE SET version = version + 1; INSERT INTO cohort_plan_versions (cohort_id, version) SELECT NEW.cohort_id, 1 WHERE EXISTS (SELECT 1 FROM cohorts WHERE id = NEW.cohort_id) ON CONFLICT(cohort_id) DO UPDATE SET version = version + 1; END;
--> statement-breakpoint
CREATE TRIGGER `challenge_completions_plan_del` AFTER DELETE ON `challenge_completions` BEGIN INSERT INTO cohort_plan_versions (cohort_id, version) SELECT OLD.cohort_id, 1 WHERE EXISTS (SELECT 1 FROM cohorts WHERE id = OLD.cohort_id) ON CONFLICT(cohort_id) DO UPDATE SET version = version + 1; END;
--> statement-breakpoint
CREATE TRIGGER `cohort_regional_breaks_plan_ins` AFTER INSERT ON `cohort_regional_breaks` BEGIN INSERT INTO cohort_plan_versions (cohort_id, version) SELECT NEW.cohort_id, 1 WHERE EXISTS (SELECT 1 FROM cohorts WHERE id = NEW.cohort_id) ON CONFLICT(cohort_id) DO UPDATE SET version = version + 1; END;
--> statement-breakpoint
CREATE TRIGGER `cohort_regional_breaks_plan_upd` AFTER UPDATE ON `cohort_regional_breaks` BEGIN INSERT INTO cohort_plan_versions (cohort_id, version) SELECT OLD.cohort_id, 1 WHERE EXISTS (SELECT 1 FROM cohorts WHERE id = OLD.cohort_id) ON CONFLICT(cohort_id) DO UPDATE SET version = version + 1; INSERT INTO cohort_plan_versions (cohort_id, version) SELECT NEW.cohort_id, 1 WHERE EXISTS (SELECT 1 FROM cohorts WHERE id = NEW.cohort_id) ON CONFLICT(cohort_id) DO UPDATE SET version = version + 1; END;
--> statement-breakpoint
CREATE TRIGGER `cohort_regional_breaks_plan_del` AFTER DELETE ON `cohort_regional_breaks` BEGIN INSERT INTO cohort_plan_versions (cohort_id, version) SELECT OLD.cohort_id, 1 WHERE EXISTS (SELECT 1 FROM cohorts WHERE id = OLD.cohort_id) ON CONFLICT(cohort_id) DO UPDATE SET version = version + 1; END;
--> statement-breakpoint
CREATE TRIGGER `cohort_pause_weeks_plan_ins` AFTER INSERT ON `cohort_pause_weeks` BEGIN INSERT INTO cohort_plan_versions (cohort_id, version) SELECT NEW.cohort_id, 1 WHERE EXISTS (SELECT 1 FROM cohorts WHERE id = NEW.cohort_id) ON CONFLICT(cohort_id) DO UPDATE SET version = version + 1; END;
--> statement-breakpoint
CREATE TRIGGER `cohort_pause_weeks_plan_upd` AFTER UPDATE ON `cohort_pause_weeks` BEGIN INSERT INTO cohort_plan_versions (cohort_id, version) SELECT OLD.cohort_id, 1 WHERE EXISTS (SELECT 1 FROM cohorts WHERE id = OLD.cohort_id) ON CONFLICT(cohort_id) DO UPDATE SET version = version + 1; INSERT INTO cohort_plan_versions (cohort_id, version) SELECT NEW.cohort_id, 1 WHERE EXISTS (SELECT 1 FROM cohorts WHERE id = NEW.cohort_id) ON CONFLICT(cohort_id) DO UPDATE SET version = version + 1; END;
--> statement-breakpoint
CREATE TRIGGER `cohort_pause_weeks_plan_del` AFTER DELETE ON `cohort_pause_weeks` BEGIN INSERT INTO cohort_plan_versions (cohort_id, version) SELECT OLD.cohort_id, 1 WHERE EXISTS (SELECT 1 FROM cohorts WHERE id = OLD.cohort_id) ON CONFLICT(cohort_id) DO UPDATE SET version = version + 1; END;
--> statement-breakpoint
CREATE TRIGGER `cohort_plan_pins_plan_ins` AFTER INSERT ON `cohort_plan_pins` BEGIN INSERT INTO cohort_plan_versions (cohort_id, version) SELECT NEW.cohort_id, 1 WHERE EXISTS (SELECT 1 FROM cohorts WHERE id = NEW.cohort_id) ON CONFLICT(cohort_id) DO UPDATE SET version = version + 1; END;
--> statement-breakpoint
CREATE TRIGGER `cohort_plan_pins_plan_upd` AFTER UPDATE ON `cohort_plan_pins` BEGIN INSERT INTO cohort_plan_versions (cohort_id, version) SELECT OLD.cohort_id, 1 WHERE EXISTS (SELECT 1 FROM cohorts WHERE id = OLD.cohort_id) ON CONFLICT(cohort_id) DO UPDATE SET version = version + 1; INSERT INTO cohort_plan_versions (cohort_id, version) SELECT NEW.cohort_id, 1 WHERE EXISTS (SELECT 1 FROM cohorts WHERE id = NEW.cohort_id) ON CONFLICT(cohort_id) DO UPDATE SET version = version + 1; END;
--> statement-breakpoint
CREATE TRIGGER `cohort_plan_pins_plan_del` AFTER DELETE ON `cohort_plan_pins` BEGIN INSERT INTO cohort_plan_versions (cohort_id, version) SELECT OLD.cohort_id, 1 WHERE EXISTS (SELECT 1 FROM cohorts WHERE id = OLD.cohort_id) ON CONFLICT(cohort_id) DO UPDATE SET version = version + 1; END;
