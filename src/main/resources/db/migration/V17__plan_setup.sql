-- A plan the secretariat sets up on its pages is a draft until it publishes the timeline, and read-only once its
-- co-creation starts. A plan recorded whole (the demo, the plans before this migration) is public at once.
ALTER TABLE pan_action_plan ADD COLUMN published_at TIMESTAMP WITH TIME ZONE DEFAULT CURRENT_TIMESTAMP;
ALTER TABLE pan_action_plan ADD COLUMN started_at TIMESTAMP WITH TIME ZONE;
-- How to take part, as the secretariat writes it on the public timeline, per language of the public pages.
ALTER TABLE pan_action_plan ADD COLUMN participation_fr VARCHAR(2000);
ALTER TABLE pan_action_plan ADD COLUMN participation_ar VARCHAR(2000);
ALTER TABLE pan_action_plan ADD COLUMN participation_en VARCHAR(2000);
