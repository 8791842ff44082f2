using Microsoft.Bot.Schema;

namespace Leerwerk.Bot.Terminal;

/// <summary>A reply as terminal text: Markdown stars removed, suggested actions as a numbered list.</summary>
internal static class TerminalRendering
{
    public static string Render(IActivity activity)
    {
        var message = activity.AsMessageActivity();
        var text = (message?.Text ?? string.Empty).Replace("**", string.Empty, StringComparison.Ordinal);
        var actions = message?.SuggestedActions?.Actions;
        if (actions is { Count: > 0 } && !text.Contains("\n1. ", StringComparison.Ordinal))
            text += "\n" + string.Join('\n', actions.Select((a, i) => $"{i + 1}. {a.Title}"));
        return text;
    }
}
