using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrossRegion.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddWebhookOwners : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "OwnerClientId",
                table: "WebhookSubscriptions",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_WebhookSubscriptions_OwnerClientId",
                table: "WebhookSubscriptions",
                column: "OwnerClientId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_WebhookSubscriptions_OwnerClientId",
                table: "WebhookSubscriptions");

            migrationBuilder.DropColumn(
                name: "OwnerClientId",
                table: "WebhookSubscriptions");
        }
    }
}
