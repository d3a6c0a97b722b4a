using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrossRegion.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class EvaluationItemSeq : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_EvaluationItems_RunId_Jurisdiction",
                table: "EvaluationItems");

            migrationBuilder.AddColumn<int>(
                name: "Seq",
                table: "EvaluationItems",
                type: "INTEGER",
                nullable: false,
                defaultValue: 0);

            // Items stored before they were numbered get their numbers in the order a breakdown listed them.
            migrationBuilder.Sql(
                "UPDATE \"EvaluationItems\" SET \"Seq\" = n.rn FROM (SELECT \"Id\", row_number() OVER (PARTITION BY \"RunId\" " +
                "ORDER BY \"Section\", \"DueOn\", \"TaskKey\", \"SubjectRef\", \"Id\") AS rn FROM \"EvaluationItems\") AS n WHERE n.\"Id\" = \"EvaluationItems\".\"Id\";");

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationItems_RunId_Jurisdiction_Seq",
                table: "EvaluationItems",
                columns: new[] { "RunId", "Jurisdiction", "Seq" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_EvaluationItems_RunId_Jurisdiction_Seq",
                table: "EvaluationItems");

            migrationBuilder.DropColumn(
                name: "Seq",
                table: "EvaluationItems");

            migrationBuilder.CreateIndex(
                name: "IX_EvaluationItems_RunId_Jurisdiction",
                table: "EvaluationItems",
                columns: new[] { "RunId", "Jurisdiction" });
        }
    }
}
