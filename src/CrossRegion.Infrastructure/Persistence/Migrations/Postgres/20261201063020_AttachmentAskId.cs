using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace CrossRegion.Infrastructure.Persistence.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AttachmentAskId : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "AskId",
                table: "Attachments",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Attachments_AskId",
                table: "Attachments",
                column: "AskId");

            migrationBuilder.AddForeignKey(
                name: "FK_Attachments_Asks_AskId",
                table: "Attachments",
                column: "AskId",
                principalTable: "Asks",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Attachments_Asks_AskId",
                table: "Attachments");

            migrationBuilder.DropIndex(
                name: "IX_Attachments_AskId",
                table: "Attachments");

            migrationBuilder.DropColumn(
                name: "AskId",
                table: "Attachments");
        }
    }
}
