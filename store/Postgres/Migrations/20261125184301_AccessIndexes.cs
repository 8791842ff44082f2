using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Leerwerk.Store.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class AccessIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_traject_members_Invitee",
                table: "traject_members",
                column: "Invitee");

            migrationBuilder.CreateIndex(
                name: "IX_intakes_StatushouderId",
                table: "intakes",
                column: "StatushouderId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_traject_members_Invitee",
                table: "traject_members");

            migrationBuilder.DropIndex(
                name: "IX_intakes_StatushouderId",
                table: "intakes");
        }
    }
}
