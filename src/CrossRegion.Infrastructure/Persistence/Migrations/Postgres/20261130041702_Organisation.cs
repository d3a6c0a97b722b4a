using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace CrossRegion.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Organisation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Email",
                table: "Users",
                type: "character varying(254)",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "OrganisationCode",
                table: "Users",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Phone",
                table: "Users",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "UserKey",
                table: "LoginFailures",
                type: "character varying(64)",
                maxLength: 64,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "Kind",
                table: "Departments",
                type: "character varying(32)",
                maxLength: 32,
                nullable: false,
                defaultValue: "GovernmentDepartment");

            migrationBuilder.AddColumn<Guid>(
                name: "ParentId",
                table: "Departments",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "RetiredAt",
                table: "Departments",
                type: "timestamp with time zone",
                nullable: true);

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

            migrationBuilder.CreateTable(
                name: "AccountSetupTokens",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    TokenHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UsedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AccountSetupTokens", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AccountSetupTokens_AspNetUsers_UserId",
                        column: x => x.UserId,
                        principalTable: "AspNetUsers",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "DepartmentAliases",
                columns: table => new
                {
                    JurisdictionCode = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Name = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    DepartmentId = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_DepartmentAliases", x => new { x.JurisdictionCode, x.Name });
                    table.ForeignKey(
                        name: "FK_DepartmentAliases_Departments_DepartmentId",
                        column: x => x.DepartmentId,
                        principalTable: "Departments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "JointOffices",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    NameZh = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    NameEn = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_JointOffices", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "Organisations",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    NameZh = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    NameEn = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    Kind = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Organisations", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "JointOfficeAssignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    OfficeCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    StartsOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EndsOn = table.Column<DateOnly>(type: "date", nullable: true)
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
                    OfficeCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    ProgrammeCode = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false)
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

            migrationBuilder.CreateTable(
                name: "TaskOrganisations",
                columns: table => new
                {
                    TaskId = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationCode = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Relation = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_TaskOrganisations", x => new { x.TaskId, x.OrganisationCode, x.Relation });
                    table.ForeignKey(
                        name: "FK_TaskOrganisations_Organisations_OrganisationCode",
                        column: x => x.OrganisationCode,
                        principalTable: "Organisations",
                        principalColumn: "Code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_TaskOrganisations_Tasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "Tasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Users_OrganisationCode",
                table: "Users",
                column: "OrganisationCode");

            migrationBuilder.CreateIndex(
                name: "IX_LoginFailures_UserKey",
                table: "LoginFailures",
                column: "UserKey");

            migrationBuilder.CreateIndex(
                name: "IX_Departments_ParentId",
                table: "Departments",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_AccountSetupTokens_TokenHash",
                table: "AccountSetupTokens",
                column: "TokenHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AccountSetupTokens_UserId",
                table: "AccountSetupTokens",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_DepartmentAliases_DepartmentId",
                table: "DepartmentAliases",
                column: "DepartmentId");

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

            migrationBuilder.CreateIndex(
                name: "IX_TaskOrganisations_OrganisationCode_TaskId",
                table: "TaskOrganisations",
                columns: new[] { "OrganisationCode", "TaskId" });

            migrationBuilder.AddForeignKey(
                name: "FK_Departments_Departments_ParentId",
                table: "Departments",
                column: "ParentId",
                principalTable: "Departments",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Users_Organisations_OrganisationCode",
                table: "Users",
                column: "OrganisationCode",
                principalTable: "Organisations",
                principalColumn: "Code",
                onDelete: ReferentialAction.Restrict);


            // The catalogue's development zones are of that kind, and the units that were already here gain the short
            // names the official lists use on their city's line (units added by this release bring theirs with them).
            migrationBuilder.Sql("""UPDATE "Departments" SET "Kind" = 'DevelopmentZone' WHERE "FunctionCode" = 'development_zone';""");
            migrationBuilder.Sql("""
                INSERT INTO "DepartmentAliases" ("JurisdictionCode", "Name", "DepartmentId")
                SELECT a.j, a.n, d."Id" FROM (
                SELECT 'WZ' AS j, '区林业局' AS n, 'WZ-FORESTRY' AS c
                UNION ALL SELECT 'WZ' AS j, '区生态环境局' AS n, 'WZ-ECOLOGY' AS c
                UNION ALL SELECT 'WZ' AS j, '区发展改革委' AS n, 'WZ-DRC' AS c
                UNION ALL SELECT 'WZ' AS j, '区交通局' AS n, 'WZ-TRANSPORT' AS c
                UNION ALL SELECT 'WZ' AS j, '区物流办' AS n, 'WZ-LOGISTICS' AS c
                UNION ALL SELECT 'WZ' AS j, '区水利局' AS n, 'WZ-WATER' AS c
                UNION ALL SELECT 'WZ' AS j, '区规划自然资源局' AS n, 'WZ-PLANNING' AS c
                UNION ALL SELECT 'WZ' AS j, '区经济信息委' AS n, 'WZ-ECONOMY' AS c
                UNION ALL SELECT 'WZ' AS j, '经开区' AS n, 'WZ-EDZ' AS c
                UNION ALL SELECT 'WZ' AS j, '区大数据发展局' AS n, 'WZ-BIGDATA' AS c
                UNION ALL SELECT 'WZ' AS j, '区科技局' AS n, 'WZ-SCIENCE' AS c
                UNION ALL SELECT 'WZ' AS j, '区农业农村委' AS n, 'WZ-AGRICULTURE' AS c
                UNION ALL SELECT 'WZ' AS j, '区文化旅游委' AS n, 'WZ-CULTURE-TOURISM' AS c
                UNION ALL SELECT 'WZ' AS j, '区教委' AS n, 'WZ-EDUCATION' AS c
                UNION ALL SELECT 'WZ' AS j, '区卫生健康委' AS n, 'WZ-HEALTH' AS c
                UNION ALL SELECT 'WZ' AS j, '区政务服务办' AS n, 'WZ-GOV-SERVICES' AS c
                UNION ALL SELECT 'WZ' AS j, '区委组织部' AS n, 'WZ-ORGANIZATION' AS c
                UNION ALL SELECT 'WZ' AS j, '区人力社保局' AS n, 'WZ-HR' AS c
                UNION ALL SELECT 'WZ' AS j, '区国资委' AS n, 'WZ-SASAC' AS c
                UNION ALL SELECT 'WZ' AS j, '区市场监管局' AS n, 'WZ-MARKET' AS c
                UNION ALL SELECT 'DZ' AS j, '市林业局' AS n, 'DZ-FORESTRY' AS c
                UNION ALL SELECT 'DZ' AS j, '市发展改革委' AS n, 'DZ-DRC' AS c
                UNION ALL SELECT 'DZ' AS j, '市交通运输局' AS n, 'DZ-TRANSPORT' AS c
                UNION ALL SELECT 'DZ' AS j, '市城乡规划编制中心' AS n, 'DZ-PLANNING-CENTER' AS c
                UNION ALL SELECT 'DZ' AS j, '市口岸物流办' AS n, 'DZ-PORT-LOGISTICS' AS c
                UNION ALL SELECT 'DZ' AS j, '市水务局' AS n, 'DZ-WATER' AS c
                UNION ALL SELECT 'DZ' AS j, '市自然资源和规划局' AS n, 'DZ-PLANNING' AS c
                UNION ALL SELECT 'DZ' AS j, '市经信局' AS n, 'DZ-ECONOMY' AS c
                UNION ALL SELECT 'DZ' AS j, '市数字经济局' AS n, 'DZ-DIGITAL' AS c
                UNION ALL SELECT 'DZ' AS j, '市科技局' AS n, 'DZ-SCIENCE' AS c
                UNION ALL SELECT 'DZ' AS j, '市农业农村局' AS n, 'DZ-AGRICULTURE' AS c
                UNION ALL SELECT 'DZ' AS j, '市文体旅游局' AS n, 'DZ-CULTURE-TOURISM' AS c
                UNION ALL SELECT 'DZ' AS j, '市教育局' AS n, 'DZ-EDUCATION' AS c
                UNION ALL SELECT 'DZ' AS j, '市卫生健康委' AS n, 'DZ-HEALTH' AS c
                UNION ALL SELECT 'DZ' AS j, '市政管局' AS n, 'DZ-GOV-SERVICES' AS c
                UNION ALL SELECT 'DZ' AS j, '市委组织部' AS n, 'DZ-ORGANIZATION' AS c
                UNION ALL SELECT 'DZ' AS j, '市人力资源社会保障局' AS n, 'DZ-HR' AS c
                UNION ALL SELECT 'DZ' AS j, '市国资委' AS n, 'DZ-SASAC' AS c
                UNION ALL SELECT 'DZ' AS j, '市市场监管局' AS n, 'DZ-MARKET' AS c
                UNION ALL SELECT 'DZ' AS j, '高新区' AS n, 'DZ-HIGHTECH' AS c
                UNION ALL SELECT 'DZ' AS j, '大竹县经开区' AS n, 'DZ-DAZHU-EDZ' AS c
                UNION ALL SELECT 'DZ' AS j, '东部经开区' AS n, 'DZ-EASTERN-EDZ' AS c
                UNION ALL SELECT 'KZ' AS j, '区林业局' AS n, 'KZ-FORESTRY' AS c
                UNION ALL SELECT 'KZ' AS j, '区生态环境局' AS n, 'KZ-ECOLOGY' AS c
                UNION ALL SELECT 'KZ' AS j, '区发展改革委' AS n, 'KZ-DRC' AS c
                UNION ALL SELECT 'KZ' AS j, '区交通局' AS n, 'KZ-TRANSPORT' AS c
                UNION ALL SELECT 'KZ' AS j, '开州浦里新区' AS n, 'KZ-PULI' AS c
                UNION ALL SELECT 'KZ' AS j, '区水利局' AS n, 'KZ-WATER' AS c
                UNION ALL SELECT 'KZ' AS j, '区规划自然资源局' AS n, 'KZ-PLANNING' AS c
                UNION ALL SELECT 'KZ' AS j, '区经济信息委' AS n, 'KZ-ECONOMY' AS c
                UNION ALL SELECT 'KZ' AS j, '区大数据发展局' AS n, 'KZ-BIGDATA' AS c
                UNION ALL SELECT 'KZ' AS j, '区科技局' AS n, 'KZ-SCIENCE' AS c
                UNION ALL SELECT 'KZ' AS j, '区农业农村委' AS n, 'KZ-AGRICULTURE' AS c
                UNION ALL SELECT 'KZ' AS j, '区文化旅游委' AS n, 'KZ-CULTURE-TOURISM' AS c
                UNION ALL SELECT 'KZ' AS j, '区教委' AS n, 'KZ-EDUCATION' AS c
                UNION ALL SELECT 'KZ' AS j, '区卫生健康委' AS n, 'KZ-HEALTH' AS c
                UNION ALL SELECT 'KZ' AS j, '区政务管理办' AS n, 'KZ-GOV-SERVICES' AS c
                UNION ALL SELECT 'KZ' AS j, '区委组织部' AS n, 'KZ-ORGANIZATION' AS c
                UNION ALL SELECT 'KZ' AS j, '区人力社保局' AS n, 'KZ-HR' AS c
                UNION ALL SELECT 'KZ' AS j, '区国资委' AS n, 'KZ-SASAC' AS c
                UNION ALL SELECT 'KZ' AS j, '区市场监管局' AS n, 'KZ-MARKET' AS c
                ) a JOIN "Departments" d ON d."Code" = a.c;
                """);

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
                SELECT gen_random_uuid(), u."Id", j."Code", '2023-01-01', NULL
                FROM "Users" u CROSS JOIN "JointOffices" j
                WHERE (u."Roles" & 4) = 4 AND (u."Roles" & 24) = 0;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Departments_Departments_ParentId",
                table: "Departments");

            migrationBuilder.DropForeignKey(
                name: "FK_Users_Organisations_OrganisationCode",
                table: "Users");

            migrationBuilder.DropTable(
                name: "AccountSetupTokens");

            migrationBuilder.DropTable(
                name: "DepartmentAliases");

            migrationBuilder.DropTable(
                name: "JointOfficeAssignments");

            migrationBuilder.DropTable(
                name: "JointOfficeProgrammes");

            migrationBuilder.DropTable(
                name: "TaskOrganisations");

            migrationBuilder.DropTable(
                name: "JointOffices");

            migrationBuilder.DropTable(
                name: "Organisations");

            migrationBuilder.DropIndex(
                name: "IX_Users_OrganisationCode",
                table: "Users");

            migrationBuilder.DropIndex(
                name: "IX_LoginFailures_UserKey",
                table: "LoginFailures");

            migrationBuilder.DropIndex(
                name: "IX_Departments_ParentId",
                table: "Departments");

            migrationBuilder.DropColumn(
                name: "Email",
                table: "Users");

            migrationBuilder.DropColumn(
                name: "OrganisationCode",
                table: "Users");

            migrationBuilder.DropColumn(
                name: "Phone",
                table: "Users");

            migrationBuilder.DropColumn(
                name: "UserKey",
                table: "LoginFailures");

            migrationBuilder.DropColumn(
                name: "Kind",
                table: "Departments");

            migrationBuilder.DropColumn(
                name: "ParentId",
                table: "Departments");

            migrationBuilder.DropColumn(
                name: "RetiredAt",
                table: "Departments");

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
