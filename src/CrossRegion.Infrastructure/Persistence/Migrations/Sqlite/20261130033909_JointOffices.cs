using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrossRegion.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class JointOffices : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "JointOffices",
                columns: table => new
                {
                    Code = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    NameZh = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    NameEn = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JointOffices", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "JointOfficeAssignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    UserId = table.Column<Guid>(type: "TEXT", nullable: false),
                    OfficeCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JointOfficeAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_JointOfficeAssignments_JointOffices_OfficeCode",
                        column: x => x.OfficeCode,
                        principalTable: "JointOffices",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_JointOfficeAssignments_Users_UserId",
                        column: x => x.UserId,
                        principalTable: "Users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "JointOfficeProgrammes",
                columns: table => new
                {
                    OfficeCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    ProgrammeCode = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JointOfficeProgrammes", x => new { x.OfficeCode, x.ProgrammeCode });
                    table.ForeignKey(
                        name: "FK_JointOfficeProgrammes_JointOffices_OfficeCode",
                        column: x => x.OfficeCode,
                        principalTable: "JointOffices",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_JointOfficeProgrammes_Programmes_ProgrammeCode",
                        column: x => x.ProgrammeCode,
                        principalTable: "Programmes",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_JointOfficeAssignments_OfficeCode",
                table: "JointOfficeAssignments",
                column: "OfficeCode");

            migrationBuilder.CreateIndex(
                name: "IX_JointOfficeAssignments_UserId_OfficeCode",
                table: "JointOfficeAssignments",
                columns: new[] { "UserId", "OfficeCode" });

            migrationBuilder.CreateIndex(
                name: "IX_JointOfficeProgrammes_ProgrammeCode",
                table: "JointOfficeProgrammes",
                column: "ProgrammeCode");

            // Databases from before the joint offices: the two offices (when the programmes they run exist), and every
            // joint-office coordinator assigned to both, which is what they saw until now.
            migrationBuilder.Sql("""
                INSERT INTO "JointOffices" ("Code", "NameZh", "NameEn")
                SELECT o.c, o.zh, o.en FROM (
                    SELECT 'WDK' AS c, '万达开联合办公室' AS zh, 'Wanzhou–Dazhou–Kaizhou Joint Office' AS en
                    UNION ALL SELECT 'WKY', '万开云联合办公室', 'Wanzhou–Kaizhou–Yunyang Joint Office'
                ) o WHERE EXISTS (SELECT 1 FROM "Programmes" p WHERE p."Code" = o.c);
                """);
            migrationBuilder.Sql("""
                INSERT INTO "JointOfficeProgrammes" ("OfficeCode", "ProgrammeCode")
                SELECT x.o, x.p FROM (
                    SELECT 'WDK' AS o, 'WDK' AS p UNION ALL SELECT 'WDK', 'DK' UNION ALL SELECT 'WDK', 'WDKY'
                    UNION ALL SELECT 'WKY', 'WKY' UNION ALL SELECT 'WKY', 'WDKY'
                ) x
                WHERE EXISTS (SELECT 1 FROM "JointOffices" j WHERE j."Code" = x.o) AND EXISTS (SELECT 1 FROM "Programmes" p WHERE p."Code" = x.p);
                """);
            migrationBuilder.Sql("""
                INSERT INTO "JointOfficeAssignments" ("Id", "UserId", "OfficeCode", "StartsOn", "EndsOn")
                SELECT upper(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(2)) || '-' || hex(randomblob(6))), u."Id", j."Code", '2023-01-01', NULL
                FROM "Users" u CROSS JOIN "JointOffices" j
                WHERE (u."Roles" & 4) = 4 AND (u."Roles" & 24) = 0;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "JointOfficeAssignments");

            migrationBuilder.DropTable(
                name: "JointOfficeProgrammes");

            migrationBuilder.DropTable(
                name: "JointOffices");
        }
    }
}
