using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrossRegion.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class NoticeKeyByLevel : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Notices_Kind_Rung_JurisdictionCode_EscalationBasis",
                table: "Notices");

            migrationBuilder.DropIndex(
                name: "UX_Notices_Obligation",
                table: "Notices");

            migrationBuilder.CreateIndex(
                name: "IX_Notices_Kind_Level_JurisdictionCode_EscalationBasis",
                table: "Notices",
                columns: new[] { "Kind", "Level", "JurisdictionCode", "EscalationBasis" });

            migrationBuilder.CreateIndex(
                name: "UX_Notices_Obligation",
                table: "Notices",
                columns: new[] { "Subject", "SubjectId", "JurisdictionCode", "DueOn", "Level" },
                unique: true,
                filter: "\"Kind\" = 'Notice'");

            migrationBuilder.CreateIndex(
                name: "UX_Notices_Reminder",
                table: "Notices",
                columns: new[] { "Subject", "SubjectId", "JurisdictionCode", "DueOn", "Rung" },
                unique: true,
                filter: "\"Kind\" = 'Reminder'");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Notices_Kind_Level_JurisdictionCode_EscalationBasis",
                table: "Notices");

            migrationBuilder.DropIndex(
                name: "UX_Notices_Obligation",
                table: "Notices");

            migrationBuilder.DropIndex(
                name: "UX_Notices_Reminder",
                table: "Notices");

            migrationBuilder.CreateIndex(
                name: "IX_Notices_Kind_Rung_JurisdictionCode_EscalationBasis",
                table: "Notices",
                columns: new[] { "Kind", "Rung", "JurisdictionCode", "EscalationBasis" });

            migrationBuilder.CreateIndex(
                name: "UX_Notices_Obligation",
                table: "Notices",
                columns: new[] { "Subject", "SubjectId", "JurisdictionCode", "DueOn", "Kind", "Rung" },
                unique: true);
        }
    }
}
