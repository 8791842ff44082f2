using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Leerwerk.Store.Migrations
{
    /// <inheritdoc />
    public partial class Translations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "DutchTranslation",
                table: "intake_answers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "MachineTranslated",
                table: "intake_answers",
                type: "INTEGER",
                nullable: false,
                defaultValue: false);

            migrationBuilder.CreateTable(
                name: "cached_translations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Language = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Key = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SourceHash = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cached_translations", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_cached_translations_Language_Key_SourceHash",
                table: "cached_translations",
                columns: new[] { "Language", "Key", "SourceHash" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "cached_translations");

            migrationBuilder.DropColumn(
                name: "DutchTranslation",
                table: "intake_answers");

            migrationBuilder.DropColumn(
                name: "MachineTranslated",
                table: "intake_answers");
        }
    }
}
