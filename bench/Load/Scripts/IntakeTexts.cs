namespace Leerwerk.Bench.Load.Scripts;

/// <summary>
/// What the driver recognises in the bot's Dutch replies (dialogs/texts/nl.yaml). When those texts
/// change, this is the one place to follow them.
/// </summary>
internal static class IntakeTexts
{
    public const string Start = "intake";

    /// <summary>`progress`: "{section} — vraag {n} van {total}".</summary>
    public const string ProgressPattern = @"vraag (\d+) van (\d+)";

    /// <summary>`completed`.</summary>
    public const string Completed = "Klaar, dank je wel!";

    /// <summary>`turn_error`.</summary>
    public const string TurnError = "er ging iets mis";

    /// <summary>`slow_down`.</summary>
    public const string SlowDown = "veel berichten achter elkaar";

    /// <summary>`not_recognised`, `expected_*`, `expected_range`, `retry_exit_*`: the answer was not taken.</summary>
    public static readonly string[] NotTaken =
    [
        "herken ik niet", "Typ een getal", "Typ een bedrag", "Typ een aantal maanden", "Typ een datum", "past niet",
        "Antwoord met **ja**", "Kies een van de mogelijkheden", "Kies een of meer", "Typ je antwoord in een paar woorden", "Lukt het niet?",
    ];

    /// <summary>A typed answer, by what the prompt asks; later attempts at the same question try the next kind.</summary>
    public static readonly string[] TypedAnswers = ["Een kort antwoord van de deelnemer", "3", "ja", "15-1", "€ 100", "3 maanden", "1"];

    public const string NumberQuestion = "Hoeveel";
}
