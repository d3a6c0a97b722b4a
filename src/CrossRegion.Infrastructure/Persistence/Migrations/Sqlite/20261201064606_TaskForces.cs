using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrossRegion.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class TaskForces : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "TaskForces",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    ProgrammeCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    CategoryCode = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    NameZh = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    LeadUnitId = table.Column<Guid>(type: "TEXT", nullable: false),
                    MemberUnitIds = table.Column<string>(type: "TEXT", nullable: false),
                    ConvenerName = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ConvenerPost = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    CreatedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    CreatedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaskForces", x => x.Id);
                    table.ForeignKey(
                        name: "FK_TaskForces_Programmes_ProgrammeCode",
                        column: x => x.ProgrammeCode,
                        principalTable: "Programmes",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "TaskForceTasks",
                columns: table => new
                {
                    TaskForceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TaskId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssignedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    AssignedAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaskForceTasks", x => new { x.TaskForceId, x.TaskId });
                    table.ForeignKey(
                        name: "FK_TaskForceTasks_TaskForces_TaskForceId",
                        column: x => x.TaskForceId,
                        principalTable: "TaskForces",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_TaskForceTasks_Tasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "Tasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_TaskForces_Code",
                table: "TaskForces",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_TaskForces_ProgrammeCode",
                table: "TaskForces",
                column: "ProgrammeCode");

            migrationBuilder.CreateIndex(
                name: "IX_TaskForceTasks_TaskId",
                table: "TaskForceTasks",
                column: "TaskId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "TaskForceTasks");

            migrationBuilder.DropTable(
                name: "TaskForces");
        }
    }
}
