namespace Leerwerk.Store.Intakes;

/// <summary>One answer in an intake, saved the moment it is given.</summary>
public sealed class IntakeAnswer
{
    public long Id { get; set; }

    public required string IntakeId { get; set; }

    public required string StepId { get; set; }

    public required string QuestionnaireId { get; set; }

    public int QuestionnaireVersion { get; set; }

    /// <summary>The typed answer as JSON (text, number, date, choice ids, yes/no), as the engine gave it.</summary>
    public required string ValueJson { get; set; }

    /// <summary>The answer as a klantmanager reads it, in Dutch.</summary>
    public required string Display { get; set; }

    public required string AnsweredBy { get; set; }

    /// <summary>klantmanager or statushouder.</summary>
    public required string AnsweredAs { get; set; }

    public required string Language { get; set; }

    public bool Sensitive { get; set; }

    /// <summary>A Dutch translation of a free-text answer in another language, for the klantmanager.</summary>
    public string? DutchTranslation { get; set; }

    /// <summary>Made by a language model (Azure OpenAI), so shown as such.</summary>
    public bool MachineTranslated { get; set; }

    public DateTimeOffset At { get; set; }
}
