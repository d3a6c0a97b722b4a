using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrossRegion.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class OrderDiscussionByTime : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_TaskNotes_TaskId_JurisdictionCode_Id",
                table: "TaskNotes");

            migrationBuilder.DropIndex(
                name: "IX_TaskComments_TaskId_Id",
                table: "TaskComments");

            migrationBuilder.CreateIndex(
                name: "IX_TaskNotes_TaskId_JurisdictionCode_CreatedAt_Id",
                table: "TaskNotes",
                columns: new[] { "TaskId", "JurisdictionCode", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_TaskComments_TaskId_CreatedAt_Id",
                table: "TaskComments",
                columns: new[] { "TaskId", "CreatedAt", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_ProgressReports_TaskId_SubmittedAt_Id",
                table: "ProgressReports",
                columns: new[] { "TaskId", "SubmittedAt", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_TaskNotes_TaskId_JurisdictionCode_CreatedAt_Id",
                table: "TaskNotes");

            migrationBuilder.DropIndex(
                name: "IX_TaskComments_TaskId_CreatedAt_Id",
                table: "TaskComments");

            migrationBuilder.DropIndex(
                name: "IX_ProgressReports_TaskId_SubmittedAt_Id",
                table: "ProgressReports");

            migrationBuilder.CreateIndex(
                name: "IX_TaskNotes_TaskId_JurisdictionCode_Id",
                table: "TaskNotes",
                columns: new[] { "TaskId", "JurisdictionCode", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_TaskComments_TaskId_Id",
                table: "TaskComments",
                columns: new[] { "TaskId", "Id" });
        }
    }
}
