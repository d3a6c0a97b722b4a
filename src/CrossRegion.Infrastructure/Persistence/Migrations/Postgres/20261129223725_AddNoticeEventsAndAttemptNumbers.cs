using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrossRegion.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddNoticeEventsAndAttemptNumbers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "LoggedAttempts",
                table: "WebhookDeliveries",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<long>(
                name: "NoticeId",
                table: "OutboxEvents",
                type: "bigint",
                nullable: true);

            // Deliveries made before the counter existed continue numbering after the attempts they already logged.
            migrationBuilder.Sql("""
                UPDATE "WebhookDeliveries"
                SET "LoggedAttempts" = (SELECT COUNT(*) FROM "WebhookAttempts" a WHERE a."DeliveryId" = "WebhookDeliveries"."Id");
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LoggedAttempts",
                table: "WebhookDeliveries");

            migrationBuilder.DropColumn(
                name: "NoticeId",
                table: "OutboxEvents");
        }
    }
}
