using Leerwerk.Bot.Dialogs;
using Leerwerk.Dialogs.Engine;
using Leerwerk.Dialogs.Texts;

namespace Leerwerk.Bot.Conversation;

/// <summary>
/// `taal` / `language` / `لغة` at any moment, also in the middle of a questionnaire: the answers stay,
/// the current question comes again in the new language. An unreviewed translation is flagged once.
/// </summary>
internal sealed class LanguageSwitch(TextCatalog texts)
{
    private static readonly string[] Words = ["taal", "language", "lang", "لغة", "dil", "زبان", "ziman", "luqad", "ቋንቋ"];

    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["nederlands"] = Language.SimpleDutch, ["dutch"] = Language.SimpleDutch, ["nl"] = Language.SimpleDutch, ["eenvoudig"] = Language.SimpleDutch,
        ["english"] = "en", ["engels"] = "en", ["arabisch"] = "ar", ["arabic"] = "ar", ["العربية"] = "ar", ["عربي"] = "ar",
        ["tigrinya"] = "ti", ["tigrinja"] = "ti", ["ትግርኛ"] = "ti", ["turks"] = "tr", ["turkish"] = "tr", ["türkçe"] = "tr",
        ["farsi"] = "fa", ["perzisch"] = "fa", ["dari"] = "fa", ["فارسی"] = "fa", ["دری"] = "fa", ["koerdisch"] = "ku", ["kurdish"] = "ku",
        ["kurdî"] = "ku", ["kurmanci"] = "ku", ["somalisch"] = "so", ["somali"] = "so", ["soomaali"] = "so",
    };

    /// <summary>The language asked for, "" for the bare word (show the choice), null when this is no language command.</summary>
    public static string? Requested(string text)
    {
        var words = text.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0 || !Words.Contains(words[0].ToLowerInvariant())) return null;
        return words.Length == 1 ? string.Empty : string.Join(' ', words[1..]);
    }

    public IReadOnlyList<Reply> Switch(string requested, TurnSession session)
    {
        var language = Resolve(requested);
        if (language is null)
        {
            var choices = texts.Files.Values.Where(f => f.Language != Language.Dutch)
                .Select(f => new ReplyChoice(f.Language, f.Name)).ToList();
            return [new Reply(texts.Get("language_pick", session.User.Language), choices)];
        }

        session.User.Language = language;
        if (session.Conversation.Dialog is { } dialog) session.Conversation.Dialog = dialog with { Language = language };
        var replies = new List<Reply> { new(texts.Get("language_set", language)) };
        if (texts.Files.TryGetValue(language, out var file) && !file.Reviewed && session.User.WarnedLanguages.Add(language))
            replies.Add(new Reply(texts.Get("translation_unreviewed", language)));
        return replies;
    }

    private string? Resolve(string requested)
    {
        var key = requested.Trim().Trim('"').ToLowerInvariant();
        if (key.Length == 0) return null;
        if (Names.TryGetValue(key, out var code)) return code;
        return texts.Files.ContainsKey(key) ? key : texts.Files.Values.FirstOrDefault(f => f.Name.Equals(key, StringComparison.OrdinalIgnoreCase))?.Language;
    }
}
