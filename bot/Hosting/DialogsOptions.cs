using System.ComponentModel.DataAnnotations;

namespace Leerwerk.Bot.Hosting;

/// <summary>The `Dialogs` section of appsettings.json.</summary>
internal sealed record DialogsOptions
{
    public const string Section = "Dialogs";

    /// <summary>Where `texts/` and `questionnaires/` are; by default the copy beside the binary.</summary>
    [Required]
    public string Directory { get; init; } = Path.Combine(AppContext.BaseDirectory, "dialogs");

    /// <summary>After this long without a message, a questionnaire is offered back instead of continued.</summary>
    public TimeSpan IdleAfter { get; init; } = TimeSpan.FromHours(24);
}
