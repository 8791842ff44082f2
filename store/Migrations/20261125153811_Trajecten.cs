using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Leerwerk.Store.Migrations
{
    /// <inheritdoc />
    public partial class Trajecten : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "trajecten",
                columns: table => new
                {
                    Id = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Sector = table.Column<string>(type: "TEXT", nullable: true),
                    Goal = table.Column<string>(type: "TEXT", nullable: true),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    PhasesJson = table.Column<string>(type: "TEXT", nullable: false),
                    RegisseurId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    GapsJson = table.Column<string>(type: "TEXT", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trajecten", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "commitments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TrajectId = table.Column<string>(type: "TEXT", nullable: false),
                    Topic = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    PartyRole = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    What = table.Column<string>(type: "TEXT", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    DueDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Cost = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_commitments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_commitments_trajecten_TrajectId",
                        column: x => x.TrajectId,
                        principalTable: "trajecten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "traject_members",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TrajectId = table.Column<string>(type: "TEXT", nullable: false),
                    UserId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_traject_members", x => x.Id);
                    table.ForeignKey(
                        name: "FK_traject_members_trajecten_TrajectId",
                        column: x => x.TrajectId,
                        principalTable: "trajecten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "traject_participants",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TrajectId = table.Column<string>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    IntakeId = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    JobcoachId = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_traject_participants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_traject_participants_trajecten_TrajectId",
                        column: x => x.TrajectId,
                        principalTable: "trajecten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "traject_parties",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    TrajectId = table.Column<string>(type: "TEXT", nullable: false),
                    Role = table.Column<string>(type: "TEXT", maxLength: 60, nullable: false),
                    Name = table.Column<string>(type: "TEXT", nullable: true),
                    Expectation = table.Column<string>(type: "TEXT", nullable: true),
                    ExpectedCost = table.Column<decimal>(type: "TEXT", precision: 12, scale: 2, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_traject_parties", x => x.Id);
                    table.ForeignKey(
                        name: "FK_traject_parties_trajecten_TrajectId",
                        column: x => x.TrajectId,
                        principalTable: "trajecten",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "commitment_changes",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CommitmentId = table.Column<int>(type: "INTEGER", nullable: false),
                    By = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "TEXT", nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    To = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    NewDueDate = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Note = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_commitment_changes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_commitment_changes_commitments_CommitmentId",
                        column: x => x.CommitmentId,
                        principalTable: "commitments",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_commitment_changes_CommitmentId",
                table: "commitment_changes",
                column: "CommitmentId");

            migrationBuilder.CreateIndex(
                name: "IX_commitments_TrajectId",
                table: "commitments",
                column: "TrajectId");

            migrationBuilder.CreateIndex(
                name: "IX_traject_members_TrajectId",
                table: "traject_members",
                column: "TrajectId");

            migrationBuilder.CreateIndex(
                name: "IX_traject_members_UserId_TrajectId",
                table: "traject_members",
                columns: new[] { "UserId", "TrajectId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_traject_participants_TrajectId",
                table: "traject_participants",
                column: "TrajectId");

            migrationBuilder.CreateIndex(
                name: "IX_traject_parties_TrajectId",
                table: "traject_parties",
                column: "TrajectId");

            migrationBuilder.CreateIndex(
                name: "IX_trajecten_Name",
                table: "trajecten",
                column: "Name");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "commitment_changes");

            migrationBuilder.DropTable(
                name: "traject_members");

            migrationBuilder.DropTable(
                name: "traject_participants");

            migrationBuilder.DropTable(
                name: "traject_parties");

            migrationBuilder.DropTable(
                name: "commitments");

            migrationBuilder.DropTable(
                name: "trajecten");
        }
    }
}
