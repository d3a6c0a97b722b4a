using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrossRegion.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ClientSecretRotation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "PreviousSecretHash",
                table: "ApiClients",
                type: "TEXT",
                maxLength: 512,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "PreviousSecretValidUntil",
                table: "ApiClients",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SecretRotatedAt",
                table: "ApiClients",
                type: "INTEGER",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "PreviousSecretHash",
                table: "ApiClients");

            migrationBuilder.DropColumn(
                name: "PreviousSecretValidUntil",
                table: "ApiClients");

            migrationBuilder.DropColumn(
                name: "SecretRotatedAt",
                table: "ApiClients");
        }
    }
}
