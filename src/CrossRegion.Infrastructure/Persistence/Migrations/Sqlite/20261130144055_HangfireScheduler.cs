using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrossRegion.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class HangfireScheduler : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "PausedJobs",
                columns: table => new
                {
                    Job = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    PausedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    PausedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PausedJobs", x => x.Job);
                });

            // Quartz's store (ADR 0001, superseded by ADR 0017): dependants first. Unquoted names match both providers'
            // spellings (PostgreSQL folds them to lower case; SQLite compares without case).
            foreach (var table in new[]
            {
                "QRTZ_SIMPLE_TRIGGERS", "QRTZ_SIMPROP_TRIGGERS", "QRTZ_CRON_TRIGGERS", "QRTZ_BLOB_TRIGGERS", "QRTZ_FIRED_TRIGGERS",
                "QRTZ_PAUSED_TRIGGER_GRPS", "QRTZ_SCHEDULER_STATE", "QRTZ_LOCKS", "QRTZ_TRIGGERS", "QRTZ_JOB_DETAILS", "QRTZ_CALENDARS",
            })
            {
                migrationBuilder.Sql($"DROP TABLE IF EXISTS {table};");
            }
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "PausedJobs");
        }
    }
}
