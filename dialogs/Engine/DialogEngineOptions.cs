namespace Leerwerk.Dialogs.Engine;

public sealed record DialogEngineOptions
{
    /// <summary>Teams never ends a chat: after this long, a questionnaire is offered back, not continued.</summary>
    public TimeSpan IdleAfter { get; init; } = TimeSpan.FromHours(24);
}
