using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrossRegion.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CityBulletins : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Bulletins_Period_Version",
                table: "Bulletins");

            migrationBuilder.AddColumn<string>(
                name: "Scope",
                table: "Bulletins",
                type: "character varying(16)",
                unicode: false,
                maxLength: 16,
                nullable: false,
                defaultValue: "joint");

            migrationBuilder.CreateIndex(
                name: "IX_Bulletins_Scope_Period_Version",
                table: "Bulletins",
                columns: new[] { "Scope", "Period", "Version" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_Bulletins_Scope_Period_Version",
                table: "Bulletins");

            migrationBuilder.DropColumn(
                name: "Scope",
                table: "Bulletins");

            migrationBuilder.CreateIndex(
                name: "IX_Bulletins_Period_Version",
                table: "Bulletins",
                columns: new[] { "Period", "Version" },
                unique: true);
        }
    }
}
