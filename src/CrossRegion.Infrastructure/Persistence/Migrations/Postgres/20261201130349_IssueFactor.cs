using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrossRegion.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class IssueFactor : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<decimal>(
                name: "FactorAmount",
                table: "Issues",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FactorKind",
                table: "Issues",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FactorOutcome",
                table: "Issues",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "FactorUnit",
                table: "Issues",
                type: "character varying(16)",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "GrantDocument",
                table: "Issues",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<decimal>(
                name: "GrantedAmount",
                table: "Issues",
                type: "numeric(18,2)",
                precision: 18,
                scale: 2,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Issues_FactorKind",
                table: "Issues",
                column: "FactorKind");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Issues_FactorKind",
                table: "Issues");

            migrationBuilder.DropColumn(
                name: "FactorAmount",
                table: "Issues");

            migrationBuilder.DropColumn(
                name: "FactorKind",
                table: "Issues");

            migrationBuilder.DropColumn(
                name: "FactorOutcome",
                table: "Issues");

            migrationBuilder.DropColumn(
                name: "FactorUnit",
                table: "Issues");

            migrationBuilder.DropColumn(
                name: "GrantDocument",
                table: "Issues");

            migrationBuilder.DropColumn(
                name: "GrantedAmount",
                table: "Issues");
        }
    }
}
