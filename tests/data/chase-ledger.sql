-- A synthetic ledger for the chase, written straight into the migrated PostgreSQL schema: {tasks} Wanzhou–Dazhou
-- tasks (both responsible, transport units), 10 milestones each with one owner (alternating Wanzhou / Dazhou).
-- Milestone 1 of every task is open and overdue (due 1–20 November 2026); milestones 2–4 are done; 5–10 fall due
-- in 2027. Tasks exist since 1 January 2026, so September to November 2026 reports are owed and none is filed.
-- Used by the multi-node test and by tests/chase-benchmark.sh; {tasks} is replaced by the caller.
CREATE TEMP TABLE gen_tasks AS SELECT i, gen_random_uuid() AS id FROM generate_series(1, {tasks}) i;
INSERT INTO "Tasks" ("Id", "Key", "ListType", "ProgrammeCode", "CategoryCode", "TitleZh", "TitleEn", "PeriodText", "StartYear",
    "EndYear", "MainContent", "Status", "CreatedAt", "NextDueDate", "Version")
SELECT id, 'CHS-' || lpad(i::text, 7, '0'), 'joint_key_task', 'WDK', 'infrastructure', '催办基准任务' || i, 'Chase benchmark task ' || i,
    '2026—2027年', 2026, 2027, '合成数据：万达两地共建项目。', 'Active', TIMESTAMPTZ '2026-01-01 00:00:00+00', DATE '2026-11-01' + (i % 20), 1
FROM gen_tasks;
INSERT INTO "Parties" ("Id", "TaskId", "JurisdictionCode", "Role")
SELECT gen_random_uuid(), t.id, j.code, 'Responsible' FROM gen_tasks t CROSS JOIN (VALUES ('WZ'), ('DZ')) AS j(code);
INSERT INTO "PartyDepartments" ("PartyId", "DepartmentId")
SELECT p."Id", d."Id" FROM "Parties" p JOIN gen_tasks t ON t.id = p."TaskId"
JOIN "Departments" d ON d."JurisdictionCode" = p."JurisdictionCode" AND d."FunctionCode" = 'transport';
CREATE TEMP TABLE gen_milestones AS
SELECT t.i, t.id AS task_id, m, gen_random_uuid() AS id,
    CASE WHEN m = 0 THEN DATE '2026-11-01' + (t.i % 20) WHEN m <= 3 THEN DATE '2026-06-30' ELSE DATE '2027-01-31' + (m * 30) END AS due
FROM gen_tasks t CROSS JOIN generate_series(0, 9) AS m;
INSERT INTO "Milestones" ("Id", "TaskId", "Title", "DueDate", "BaselineDueDate", "DuePrecision", "Status", "CompletedOn", "SortOrder")
SELECT id, task_id, '节点' || (m + 1), due, due, 'Day', CASE WHEN m BETWEEN 1 AND 3 THEN 'Done' ELSE 'Open' END,
    CASE WHEN m BETWEEN 1 AND 3 THEN due END, m + 1
FROM gen_milestones;
INSERT INTO "MilestoneOwners" ("MilestoneId", "JurisdictionCode")
SELECT id, CASE WHEN (i + m) % 2 = 0 THEN 'WZ' ELSE 'DZ' END FROM gen_milestones;
DROP TABLE gen_milestones;
DROP TABLE gen_tasks;
