namespace Leerwerk.Dialogs.Engine;

/// <summary>One message to the user, channel-neutral: the bot renders it as text, card or list.</summary>
public sealed record Reply(string Text, IReadOnlyList<ReplyChoice>? Choices = null, string? Token = null, bool MultiSelect = false)
{
    public bool IsPrompt => Token is not null;

    /// <summary>Sources the text cites as [1], [2]: Teams shows them as citations.</summary>
    public IReadOnlyList<ReplyCitation> Citations { get; init; } = [];

    /// <summary>Written by a language model: the user is told so (Teams: the "AI generated" label).</summary>
    public bool AiGenerated { get; init; }

    /// <summary>An answer users can rate (thumbs up/down in Teams, `nuttig` elsewhere).</summary>
    public bool AsksFeedback { get; init; }

    /// <summary>A longer text to read (a summary): a card where the channel has cards.</summary>
    public bool AsCard { get; init; }

    /// <summary>A picture that goes with the text (a traject timeline), as PNG.</summary>
    public ReplyImage? Image { get; init; }
}
