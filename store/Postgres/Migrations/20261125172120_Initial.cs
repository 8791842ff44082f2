using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Leerwerk.Store.Postgres.Migrations
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "cached_translations",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Language = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Key = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SourceHash = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_cached_translations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "checkins",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ParticipantId = table.Column<long>(type: "bigint", nullable: false),
                    TrajectId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    JobcoachId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Signals = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    AnswersJson = table.Column<string>(type: "text", nullable: false),
                    NextDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Note = table.Column<string>(type: "text", nullable: true),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_checkins", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "imported_documents",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Title = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    FileName = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    ImportedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_imported_documents", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "intakes",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ParticipantName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    KlantmanagerId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    StatushouderId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Language = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    InterpreterRequested = table.Column<bool>(type: "boolean", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    FinalizedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_intakes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "invitations",
                columns: table => new
                {
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    IntakeId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    ExpiresAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    UsedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    UsedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_invitations", x => x.Code);
                });

            migrationBuilder.CreateTable(
                name: "knowledge_feedback",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Question = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    HitIds = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Helpful = table.Column<bool>(type: "boolean", nullable: false),
                    Comment = table.Column<string>(type: "text", nullable: true),
                    Channel = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_knowledge_feedback", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "reminder_log",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UserId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ItemKey = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Day = table.Column<DateOnly>(type: "date", nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false),
                    Delivered = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reminder_log", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "state_items",
                columns: table => new
                {
                    Key = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Json = table.Column<string>(type: "text", nullable: false),
                    ETag = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_state_items", x => x.Key);
                });

            migrationBuilder.CreateTable(
                name: "trajecten",
                columns: table => new
                {
                    Id = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Sector = table.Column<string>(type: "text", nullable: true),
                    Goal = table.Column<string>(type: "text", nullable: true),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: false),
                    PhasesJson = table.Column<string>(type: "text", nullable: false),
                    RegisseurId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    GapsJson = table.Column<string>(type: "text", nullable: false),
                    CreatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_trajecten", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "user_channels",
                columns: table => new
                {
                    UserId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ConversationReferenceJson = table.Column<string>(type: "text", nullable: true),
                    RemindersOff = table.Column<bool>(type: "boolean", nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_user_channels", x => x.UserId);
                });

            migrationBuilder.CreateTable(
                name: "imported_passages",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DocumentId = table.Column<string>(type: "character varying(100)", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Section = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_imported_passages", x => x.Id);
                    table.ForeignKey(
                        name: "FK_imported_passages_imported_documents_DocumentId",
                        column: x => x.DocumentId,
                        principalTable: "imported_documents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "intake_answers",
                columns: table => new
                {
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    IntakeId = table.Column<string>(type: "character varying(40)", nullable: false),
                    StepId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    QuestionnaireId = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    QuestionnaireVersion = table.Column<int>(type: "integer", nullable: false),
                    ValueJson = table.Column<string>(type: "text", nullable: false),
                    Display = table.Column<string>(type: "text", nullable: false),
                    AnsweredBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AnsweredAs = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Language = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Sensitive = table.Column<bool>(type: "boolean", nullable: false),
                    DutchTranslation = table.Column<string>(type: "text", nullable: true),
                    MachineTranslated = table.Column<bool>(type: "boolean", nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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

            migrationBuilder.CreateTable(
                name: "commitments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TrajectId = table.Column<string>(type: "character varying(40)", nullable: false),
                    Topic = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    PartyRole = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    What = table.Column<string>(type: "text", nullable: false),
                    StartDate = table.Column<DateOnly>(type: "date", nullable: true),
                    DueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Cost = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    UpdatedAt = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TrajectId = table.Column<string>(type: "character varying(40)", nullable: false),
                    UserId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Role = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TrajectId = table.Column<string>(type: "character varying(40)", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    IntakeId = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    JobcoachId = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    TrajectId = table.Column<string>(type: "character varying(40)", nullable: false),
                    Role = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Name = table.Column<string>(type: "text", nullable: true),
                    Expectation = table.Column<string>(type: "text", nullable: true),
                    ExpectedCost = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true)
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
                    Id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CommitmentId = table.Column<int>(type: "integer", nullable: false),
                    By = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    At = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    From = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    To = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    NewDueDate = table.Column<DateOnly>(type: "date", nullable: true),
                    Note = table.Column<string>(type: "text", nullable: true)
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
                name: "IX_cached_translations_Language_Key_SourceHash",
                table: "cached_translations",
                columns: new[] { "Language", "Key", "SourceHash" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_checkins_ParticipantId_Date",
                table: "checkins",
                columns: new[] { "ParticipantId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_commitment_changes_CommitmentId",
                table: "commitment_changes",
                column: "CommitmentId");

            migrationBuilder.CreateIndex(
                name: "IX_commitments_TrajectId",
                table: "commitments",
                column: "TrajectId");

            migrationBuilder.CreateIndex(
                name: "IX_imported_passages_DocumentId_Order",
                table: "imported_passages",
                columns: new[] { "DocumentId", "Order" });

            migrationBuilder.CreateIndex(
                name: "IX_intake_answers_IntakeId_StepId",
                table: "intake_answers",
                columns: new[] { "IntakeId", "StepId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_intakes_KlantmanagerId",
                table: "intakes",
                column: "KlantmanagerId");

            migrationBuilder.CreateIndex(
                name: "IX_reminder_log_UserId_ItemKey_Day",
                table: "reminder_log",
                columns: new[] { "UserId", "ItemKey", "Day" },
                unique: true);

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
                name: "cached_translations");

            migrationBuilder.DropTable(
                name: "checkins");

            migrationBuilder.DropTable(
                name: "commitment_changes");

            migrationBuilder.DropTable(
                name: "imported_passages");

            migrationBuilder.DropTable(
                name: "intake_answers");

            migrationBuilder.DropTable(
                name: "invitations");

            migrationBuilder.DropTable(
                name: "knowledge_feedback");

            migrationBuilder.DropTable(
                name: "reminder_log");

            migrationBuilder.DropTable(
                name: "state_items");

            migrationBuilder.DropTable(
                name: "traject_members");

            migrationBuilder.DropTable(
                name: "traject_participants");

            migrationBuilder.DropTable(
                name: "traject_parties");

            migrationBuilder.DropTable(
                name: "user_channels");

            migrationBuilder.DropTable(
                name: "commitments");

            migrationBuilder.DropTable(
                name: "imported_documents");

            migrationBuilder.DropTable(
                name: "intakes");

            migrationBuilder.DropTable(
                name: "trajecten");
        }
    }
}
