using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrossRegion.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class MeetingTaskForce : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "TaskForceId",
                table: "Meetings",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_TaskForceId",
                table: "Meetings",
                column: "TaskForceId");

            migrationBuilder.AddForeignKey(
                name: "FK_Meetings_TaskForces_TaskForceId",
                table: "Meetings",
                column: "TaskForceId",
                principalTable: "TaskForces",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Meetings_TaskForces_TaskForceId",
                table: "Meetings");

            migrationBuilder.DropIndex(
                name: "IX_Meetings_TaskForceId",
                table: "Meetings");

            migrationBuilder.DropColumn(
                name: "TaskForceId",
                table: "Meetings");
        }
    }
}
