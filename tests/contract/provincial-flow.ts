// The provincial integrator's flow, written against the client generated from the live OpenAPI document
// (openapi-typescript + openapi-fetch) and compiled with tsc --strict: no casts, no non-null assertions. If the
// document types a field wrongly (a number as `number | string`, a required field as optional, an event's data as
// unknown), this file does not compile. Run: node out/provincial-flow.js <base-url> <client-id> <client-secret>
import createClient from "openapi-fetch";
import type { components, paths } from "./schema.js";

declare const process: { argv: string[]; exitCode?: number };

type TaskSummary = components["schemas"]["TaskSummaryDto"];
type Change = components["schemas"]["ChangeDto"];
type Problem = components["schemas"]["ProblemDetails"];

function must<T>(value: T | undefined | null, what: string): T {
  if (value === undefined || value === null) {
    throw new Error(`missing: ${what}`);
  }
  return value;
}

const [baseUrl, clientId, clientSecret] = process.argv.slice(2);
const report: Record<string, unknown> = {};

// 1. Client credentials at the standard token endpoint (form-encoded, as OAuth 2.0 says).
const anonymous = createClient<paths>({ baseUrl: must(baseUrl, "base url") });
const token = await anonymous.POST("/connect/token", {
  body: { grant_type: "client_credentials", client_id: must(clientId, "client id"), client_secret: must(clientSecret, "secret"), scope: "ledger.read" },
  bodySerializer: (form) => {
    const fields = new URLSearchParams();
    for (const [name, value] of Object.entries(form)) {
      if (typeof value === "string") {
        fields.set(name, value);
      }
    }
    return fields.toString();
  },
  headers: { "Content-Type": "application/x-www-form-urlencoded" },
});
const granted = must(token.data, `token (${token.response.status})`);
const expiresIn: number = granted.expires_in;
report.expires_in = expiresIn;

// Every operation answers JSON (problems as application/problem+json) unless a file is asked for (Accept or format=).
const api = createClient<paths, "application/json" | "application/problem+json">({ baseUrl, headers: { Authorization: `Bearer ${granted.access_token}`, "Accept-Language": "en" } });

// 2. Page the ledger to its end.
const tasks: TaskSummary[] = [];
let cursor: string | undefined;
let pages = 0;
do {
  pages += 1;
  const page = await api.GET("/api/v1/tasks", { params: { query: { limit: 10, cursor } } });
  const body = must(page.data, `ledger page (${page.response.status})`);
  tasks.push(...body.items);
  cursor = body.next_cursor ?? undefined;
} while (cursor !== undefined);
report.tasks = tasks.length;
report.pages = pages;
report.overdue = tasks.filter((t) => t.overdue).length;
const lights: Record<string, number> = {};
for (const task of tasks) {
  lights[task.light] = (lights[task.light] ?? 0) + 1;
}
report.lights = lights;

// 3. One task's detail, with its version as the ETag.
const first = must(tasks[0], "a visible task");
const detail = await api.GET("/api/v1/tasks/{key}", { params: { path: { key: first.key } } });
const task = must(detail.data, `task ${first.key} (${detail.response.status})`);
const version: number = task.version;
report.detail = { key: task.key, version, etag: detail.response.headers.get("ETag"), parties: task.parties.map((p) => p.jurisdiction), milestones: task.milestones.length };

// 4. The change feed, narrowed by event type.
const changes: Change[] = [];
let after: string | undefined;
for (;;) {
  const page = await api.GET("/api/v1/changes", { params: { query: { limit: 200, cursor: after } } });
  const body = must(page.data, `change feed (${page.response.status})`);
  if (body.items.length === 0) {
    break;
  }
  changes.push(...body.items);
  after = body.next_cursor;
}
const noticeIds: number[] = [];
const changedFields = new Set<string>();
for (const change of changes) {
  const position: number = change.position;
  if (position <= 0) {
    throw new Error(`position ${position}`);
  }
  switch (change.type) {
    case "notice.issued":
    case "notice.escalated": {
      const id: number = change.data.notice_id;
      const rung: number = change.data.rung;
      if (rung >= 0) {
        noticeIds.push(id);
      }
      break;
    }
    case "task.changed":
      for (const field of change.data.changed) {
        changedFields.add(field);
      }
      break;
    case "milestone.done": {
      const outcome: string = change.data.outcome;
      changedFields.add(`milestone:${outcome}`);
      break;
    }
    default:
      break;
  }
}
report.changes = changes.length;
report.notice_events = noticeIds.length;

// 5. A notice from an event.
const noticeId = must(noticeIds[0], "a notice event");
const notice = await api.GET("/api/v1/notices/{id}", { params: { path: { id: noticeId } } });
const read = must(notice.data, `notice ${noticeId} (${notice.response.status})`);
const daysOverdue: number | null = read.days_overdue;
report.notice = { number: read.number, task: read.task.key, days_overdue: daysOverdue, reply_by: read.reply_by };

// 6. A problem is typed too: a task that does not exist (or is not the caller's) is 404 with a stable code.
const missing = await api.GET("/api/v1/tasks/{key}", { params: { path: { key: "NO-SUCH-TASK-1" } } });
const problem: Problem = must(missing.error, "a 404 problem");
const code: string = problem.code;
const traceId: string = problem.traceId;
report.problem = { status: missing.response.status, code, trace: traceId.length > 0 };

console.log(JSON.stringify(report));
