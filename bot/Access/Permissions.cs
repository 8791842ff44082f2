namespace Leerwerk.Bot.Access;

/// <summary>
/// The table of who may do what: the one place to read, and change, access rules. Questionnaires say
/// their own role in their file (`audience`); see <see cref="AccessPolicy"/>.
/// </summary>
internal static class Permissions
{
    private const string K = Roles.Klantmanager, J = Roles.Jobcoach, R = Roles.Regisseur, S = Roles.Statushouder, B = Roles.Beheerder;

    public static readonly Permission IntakeList = new("intake.lijst", [K]);
    public static readonly Permission IntakeRead = new("intake.lezen", [K]);
    public static readonly Permission IntakeExport = new("intake.export", [K]);
    public static readonly Permission IntakeFinalize = new("intake.definitief", [K]);
    public static readonly Permission IntakeSupplement = new("intake.aanvullen", [K]);
    public static readonly Permission Invite = new("uitnodiging", [K]);
    public static readonly Permission TrajectRead = new("traject.lezen", [R, J]);
    public static readonly Permission TrajectExport = new("traject.export", [R, J]);
    public static readonly Permission TrajectParticipant = new("traject.deelnemer", [R]);
    public static readonly Permission TrajectMember = new("traject.lid", [R]);
    public static readonly Permission CommitmentsMine = new("afspraken.eigen", [R, J, K], Members: true);
    public static readonly Permission CommitmentsOfTraject = new("afspraken.traject", [R, J], Members: true);
    public static readonly Permission CommitmentChange = new("afspraak.wijzigen", [R, J], Members: true);
    public static readonly Permission QuickCheckIn = new("checkin.kort", [J]);
    public static readonly Permission Signals = new("signalen", [J, K, R]);
    public static readonly Permission Timeline = new("tijdlijn", [J, K, R]);
    public static readonly Permission Reminders = new("herinneringen", [K, J, R, B], Members: true);
    public static readonly Permission Grant = new("toegang", [B]);
    public static readonly Permission Audit = new("audit", [B]);
    public static readonly Permission Inspect = new("inzage", [B, S]);
    public static readonly Permission Erase = new("verwijder", [B, S]);

    public static IReadOnlyList<Permission> All { get; } =
    [
        IntakeList, IntakeRead, IntakeExport, IntakeFinalize, IntakeSupplement, Invite,
        TrajectRead, TrajectExport, TrajectParticipant, TrajectMember, CommitmentsMine, CommitmentsOfTraject, CommitmentChange,
        QuickCheckIn, Signals, Timeline, Reminders, Grant, Audit, Inspect, Erase,
    ];
}
