using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrossRegion.Infrastructure.Persistence.Migrations.Postgres
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
                type: "character varying(512)",
                maxLength: 512,
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "PreviousSecretValidUntil",
                table: "ApiClients",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "SecretRotatedAt",
                table: "ApiClients",
                type: "timestamp with time zone",
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
