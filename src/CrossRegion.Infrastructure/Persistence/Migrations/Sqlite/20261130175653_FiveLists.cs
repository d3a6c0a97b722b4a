using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrossRegion.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class FiveLists : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "ListYear",
                table: "Tasks",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "PredecessorId",
                table: "Tasks",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OwnerJurisdiction",
                table: "Programmes",
                type: "TEXT",
                maxLength: 8,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SharedWithOffice",
                table: "Programmes",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Aliases",
                table: "Organisations",
                type: "TEXT",
                nullable: false,
                defaultValue: "[]");

            migrationBuilder.AddColumn<string>(
                name: "Scheme",
                table: "Categories",
                type: "TEXT",
                maxLength: 32,
                nullable: false,
                defaultValue: "pillar");

            migrationBuilder.CreateTable(
                name: "ListTypes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ProgrammeCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    NameZh = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    SortOrder = table.Column<int>(type: "INTEGER", nullable: false),
                    CategoryScheme = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    KeyPrefix = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ColumnsJson = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ListTypes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ListTypes_Programmes_ProgrammeCode",
                        column: x => x.ProgrammeCode,
                        principalTable: "Programmes",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TaskFields",
                columns: table => new
                {
                    TaskId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    Number = table.Column<double>(type: "REAL", precision: 18, scale: 4, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaskFields", x => new { x.TaskId, x.Key });
                    table.ForeignKey(
                        name: "FK_TaskFields_Tasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "Tasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "TaskStageChanges",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    TaskId = table.Column<Guid>(type: "TEXT", nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    To = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Note = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    RecordedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaskStageChanges", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TaskStageChanges_Tasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "Tasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_PredecessorId",
                table: "Tasks",
                column: "PredecessorId");

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_ProgrammeCode_ListYear_ListType",
                table: "Tasks",
                columns: new[] { "ProgrammeCode", "ListYear", "ListType" });

            migrationBuilder.CreateIndex(
                name: "IX_Categories_Scheme_SortOrder",
                table: "Categories",
                columns: new[] { "Scheme", "SortOrder" });

            migrationBuilder.CreateIndex(
                name: "IX_ListTypes_ProgrammeCode_Year_Code",
                table: "ListTypes",
                columns: new[] { "ProgrammeCode", "Year", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TaskFields_Key_Number",
                table: "TaskFields",
                columns: new[] { "Key", "Number" });

            migrationBuilder.CreateIndex(
                name: "IX_TaskStageChanges_TaskId_On",
                table: "TaskStageChanges",
                columns: new[] { "TaskId", "On" });

            migrationBuilder.AddForeignKey(
                name: "FK_Tasks_Tasks_PredecessorId",
                table: "Tasks",
                column: "PredecessorId",
                principalTable: "Tasks",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            // List types became data: the task's column holds the type's code (as the API always wrote it), and the
            // 2023 joint list's seeded items know the year of the list they are on.
            migrationBuilder.Sql("""
                UPDATE "Tasks" SET "ListType" = CASE "ListType"
                    WHEN 'JointKeyTask' THEN 'joint_key_task' WHEN 'MajorTask' THEN 'major_task' WHEN 'MajorProject' THEN 'major_project'
                    WHEN 'MajorPolicy' THEN 'major_policy' WHEN 'MajorReform' THEN 'major_reform' WHEN 'MajorPlatform' THEN 'major_platform'
                    ELSE "ListType" END;
                UPDATE "Tasks" SET "ListYear" = 2023 WHERE "ListType" = 'joint_key_task' AND "SourceRow" IS NOT NULL AND "Key" LIKE '%-2023-%';
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                UPDATE "Tasks" SET "ListType" = CASE "ListType"
                    WHEN 'joint_key_task' THEN 'JointKeyTask' WHEN 'major_task' THEN 'MajorTask' WHEN 'major_project' THEN 'MajorProject'
                    WHEN 'major_policy' THEN 'MajorPolicy' WHEN 'major_reform' THEN 'MajorReform' WHEN 'major_platform' THEN 'MajorPlatform'
                    ELSE "ListType" END;
                """);

            migrationBuilder.DropForeignKey(
                name: "FK_Tasks_Tasks_PredecessorId",
                table: "Tasks");

            migrationBuilder.DropTable(
                name: "ListTypes");

            migrationBuilder.DropTable(
                name: "TaskFields");

            migrationBuilder.DropTable(
                name: "TaskStageChanges");

            migrationBuilder.DropIndex(
                name: "IX_Tasks_PredecessorId",
                table: "Tasks");

            migrationBuilder.DropIndex(
                name: "IX_Tasks_ProgrammeCode_ListYear_ListType",
                table: "Tasks");

            migrationBuilder.DropIndex(
                name: "IX_Categories_Scheme_SortOrder",
                table: "Categories");

            migrationBuilder.DropColumn(
                name: "ListYear",
                table: "Tasks");

            migrationBuilder.DropColumn(
                name: "PredecessorId",
                table: "Tasks");

            migrationBuilder.DropColumn(
                name: "OwnerJurisdiction",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "SharedWithOffice",
                table: "Programmes");

            migrationBuilder.DropColumn(
                name: "Aliases",
                table: "Organisations");

            migrationBuilder.DropColumn(
                name: "Scheme",
                table: "Categories");
        }
    }
}
