using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrossRegion.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class InboundAssignmentsAndSignedRequests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "AssignmentId",
                table: "OutboxEvents",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SignatureAlgorithm",
                table: "ApiClients",
                type: "TEXT",
                maxLength: 16,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "SignatureRequired",
                table: "ApiClients",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "SigningKey",
                table: "ApiClients",
                type: "TEXT",
                maxLength: 1000,
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "SigningKeySetAt",
                table: "ApiClients",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "InboundAssignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ClientId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    ExternalId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    IssuedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SourceDocument = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    TitleZh = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Body = table.Column<string>(type: "TEXT", nullable: false),
                    BodyDigest = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    TaskId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TaskKey = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    State = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    DecidedBy = table.Column<string>(type: "TEXT", maxLength: 128, nullable: true),
                    ReceivedAt = table.Column<long>(type: "INTEGER", nullable: false),
                    DecidedAt = table.Column<long>(type: "INTEGER", nullable: true),
                    Revision = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_InboundAssignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_InboundAssignments_Tasks_TaskId",
                        column: x => x.TaskId,
                        principalTable: "Tasks",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "RequestNonces",
                columns: table => new
                {
                    ClientId = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Nonce = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    SeenAt = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RequestNonces", x => new { x.ClientId, x.Nonce });
                });

            migrationBuilder.CreateIndex(
                name: "IX_InboundAssignments_ClientId_ExternalId",
                table: "InboundAssignments",
                columns: new[] { "ClientId", "ExternalId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_InboundAssignments_TaskId",
                table: "InboundAssignments",
                column: "TaskId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_RequestNonces_SeenAt",
                table: "RequestNonces",
                column: "SeenAt");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "InboundAssignments");

            migrationBuilder.DropTable(
                name: "RequestNonces");

            migrationBuilder.DropColumn(
                name: "AssignmentId",
                table: "OutboxEvents");

            migrationBuilder.DropColumn(
                name: "SignatureAlgorithm",
                table: "ApiClients");

            migrationBuilder.DropColumn(
                name: "SignatureRequired",
                table: "ApiClients");

            migrationBuilder.DropColumn(
                name: "SigningKey",
                table: "ApiClients");

            migrationBuilder.DropColumn(
                name: "SigningKeySetAt",
                table: "ApiClients");
        }
    }
}
