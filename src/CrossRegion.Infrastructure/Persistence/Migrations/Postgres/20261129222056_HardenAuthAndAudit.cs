using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrossRegion.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class HardenAuthAndAudit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Seal",
                table: "AuditEntries",
                type: "character varying(64)",
                maxLength: 64,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AuditHeads",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false),
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    Hash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Seal = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AuditHeads", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "LoginFailures",
                columns: table => new
                {
                    Key = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Failures = table.Column<int>(type: "integer", nullable: false),
                    LastFailureAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_LoginFailures", x => x.Key);
                });

            migrationBuilder.CreateIndex(
                name: "IX_LoginFailures_LastFailureAt",
                table: "LoginFailures",
                column: "LastFailureAt");

            // The chain's head starts at the current tail (or the genesis of an empty chain), unsealed: entries written
            // before seals existed verify as seal_missing until an operator runs `seal-audit` (README).
            migrationBuilder.Sql("""
                INSERT INTO "AuditHeads" ("Id", "Sequence", "Hash", "Seal")
                SELECT 1,
                       COALESCE(MAX("Sequence"), 0),
                       COALESCE((SELECT "Hash" FROM "AuditEntries" ORDER BY "Sequence" DESC LIMIT 1),
                                '0000000000000000000000000000000000000000000000000000000000000000'),
                       ''
                FROM "AuditEntries";
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AuditHeads");

            migrationBuilder.DropTable(
                name: "LoginFailures");

            migrationBuilder.DropColumn(
                name: "Seal",
                table: "AuditEntries");
        }
    }
}
