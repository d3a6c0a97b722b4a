using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrossRegion.Infrastructure.Persistence.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ListContributions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ContributesToTaskId",
                table: "Tasks",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Tasks_ContributesToTaskId",
                table: "Tasks",
                column: "ContributesToTaskId");

            migrationBuilder.AddForeignKey(
                name: "FK_Tasks_Tasks_ContributesToTaskId",
                table: "Tasks",
                column: "ContributesToTaskId",
                principalTable: "Tasks",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Tasks_Tasks_ContributesToTaskId",
                table: "Tasks");

            migrationBuilder.DropIndex(
                name: "IX_Tasks_ContributesToTaskId",
                table: "Tasks");

            migrationBuilder.DropColumn(
                name: "ContributesToTaskId",
                table: "Tasks");
        }
    }
}
