using Leerwerk.Dialogs.Questionnaires;

namespace Leerwerk.Bot.Access;

/// <summary>Which permission a message needs: by the questionnaire it starts, or the words of a command.</summary>
internal static class AccessPolicy
{
    private static readonly string[] IntakeActions = ["export", "definitief", "aanvullen"];

    /// <summary>Null: the message needs no permission (a question, help, a greeting, `taal`, feedback).</summary>
    public static Permission? Required(string normalizedText, Questionnaire? started)
    {
        if (started is not null) return ForQuestionnaire(started);
        var words = normalizedText.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words switch
        {
            ["intakes"] or ["intake", "lijst"] => Permissions.IntakeList,
            ["intake", _, ..] => words[^1] switch
            {
                "export" when words.Length > 2 => Permissions.IntakeExport,
                "definitief" when words.Length > 2 => Permissions.IntakeFinalize,
                "aanvullen" when words.Length > 2 => Permissions.IntakeSupplement,
                _ => Permissions.IntakeRead,
            },
            ["uitnodiging", ..] => Permissions.Invite,
            ["afspraken"] or ["te", "laat"] => Permissions.CommitmentsMine,
            ["afspraken", ..] => Permissions.CommitmentsOfTraject,
            ["afspraak", ..] => Permissions.CommitmentChange,
            ["traject", _, ..] => TrajectAction(words),
            ["checkin" or "check-in", _, ..] => Permissions.QuickCheckIn,
            ["signalen"] => Permissions.Signals,
            ["tijdlijn", ..] => Permissions.Timeline,
            ["geen" or "wel", "herinneringen"] or ["herinneringen", "uit" or "aan"] or ["no", "reminders"] or ["reminders"] => Permissions.Reminders,
            ["toegang", ..] => Permissions.Grant,
            ["audit", ..] => Permissions.Audit,
            ["inzage", ..] => Permissions.Inspect,
            ["verwijder", ..] => Permissions.Erase,
            _ => null,
        };
    }

    /// <summary>Who may start, and go on with, a questionnaire: the role its file names as `audience`.</summary>
    public static Permission ForQuestionnaire(Questionnaire questionnaire) => new(questionnaire.Id + ".starten", [questionnaire.Audience]);

    public static bool Allows(Principal principal, Permission permission) =>
        permission.Roles.Any(principal.Has) || (permission.Members && principal.TrajectMember);

    private static Permission TrajectAction(string[] words)
    {
        // The action word is the last of export/deelnemer/lid in the message, as TrajectCommands reads it.
        for (var i = words.Length - 1; i >= 2; i--)
        {
            switch (words[i])
            {
                case "export": return Permissions.TrajectExport;
                case "deelnemer": return Permissions.TrajectParticipant;
                case "lid": return Permissions.TrajectMember;
            }
        }

        return Permissions.TrajectRead;
    }
}
