using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrossRegion.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddTaskStatusReason : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "StatusChangedAt",
                table: "Tasks",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StatusReason",
                table: "Tasks",
                type: "text",
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "StatusChangedAt",
                table: "Tasks");

            migrationBuilder.DropColumn(
                name: "StatusReason",
                table: "Tasks");
        }
    }
}
