using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrossRegion.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AskEnumsAsNames : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "Status",
                table: "Asks",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                oldClrType: typeof(int),
                oldType: "integer");

            migrationBuilder.AlterColumn<string>(
                name: "Kind",
                table: "Asks",
                type: "character varying(16)",
                maxLength: 16,
                nullable: false,
                oldClrType: typeof(int),
                oldType: "integer");

            // Stored as names like every other enum of the model (they were numbers in the first cut).
            migrationBuilder.Sql("""
                UPDATE "Asks" SET "Status" = CASE CAST("Status" AS TEXT) WHEN '1' THEN 'Drafted' WHEN '2' THEN 'Submitted' WHEN '3' THEN 'Accepted' WHEN '4' THEN 'Included' WHEN '5' THEN 'Approved' WHEN '6' THEN 'Refused' WHEN '7' THEN 'Withdrawn' ELSE "Status" END;
                UPDATE "Asks" SET "Kind" = CASE CAST("Kind" AS TEXT) WHEN '1' THEN 'Inclusion' WHEN '2' THEN 'Approval' WHEN '3' THEN 'Funding' WHEN '4' THEN 'Quota' WHEN '5' THEN 'Pilot' WHEN '6' THEN 'Support' ELSE "Kind" END;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                UPDATE "Asks" SET "Status" = CASE "Status" WHEN 'Drafted' THEN '1' WHEN 'Submitted' THEN '2' WHEN 'Accepted' THEN '3' WHEN 'Included' THEN '4' WHEN 'Approved' THEN '5' WHEN 'Refused' THEN '6' WHEN 'Withdrawn' THEN '7' ELSE "Status" END;
                UPDATE "Asks" SET "Kind" = CASE "Kind" WHEN 'Inclusion' THEN '1' WHEN 'Approval' THEN '2' WHEN 'Funding' THEN '3' WHEN 'Quota' THEN '4' WHEN 'Pilot' THEN '5' WHEN 'Support' THEN '6' ELSE "Kind" END;
                """);

            migrationBuilder.AlterColumn<int>(
                name: "Status",
                table: "Asks",
                type: "integer",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(16)",
                oldMaxLength: 16);

            migrationBuilder.AlterColumn<int>(
                name: "Kind",
                table: "Asks",
                type: "integer",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(16)",
                oldMaxLength: 16);
        }
    }
}
