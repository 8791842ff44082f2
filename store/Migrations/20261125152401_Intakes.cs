using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Leerwerk.Store.Migrations
{
    /// <inheritdoc />
    public partial class Intakes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "intakes",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    ParticipantName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    KlantmanagerId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    StatushouderId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    InterpreterRequested = table.Column<bool>(type: "INTEGER", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    FinalizedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_intakes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "intake_answers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    IntakeId = table.Column<string>(type: "TEXT", nullable: false),
                    StepId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    QuestionnaireId = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    QuestionnaireVersion = table.Column<int>(type: "INTEGER", nullable: false),
                    ValueJson = table.Column<string>(type: "TEXT", nullable: false),
                    Display = table.Column<string>(type: "TEXT", nullable: false),
                    AnsweredBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AnsweredAs = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Language = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Sensitive = table.Column<bool>(type: "INTEGER", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_intake_answers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_intake_answers_intakes_IntakeId",
                        column: x => x.IntakeId,
                        principalTable: "intakes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_intake_answers_IntakeId_StepId",
                table: "intake_answers",
                columns: new[] { "IntakeId", "StepId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_intakes_KlantmanagerId",
                table: "intakes",
                column: "KlantmanagerId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "intake_answers");

            migrationBuilder.DropTable(
                name: "intakes");
        }
    }
}
