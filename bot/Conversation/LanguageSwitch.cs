using Leerwerk.Bot.Dialogs;
using Leerwerk.Bot.Translation;
using Leerwerk.Dialogs.Engine;
using Leerwerk.Dialogs.Texts;

namespace Leerwerk.Bot.Conversation;

/// <summary>
/// `taal` / `language` / `لغة` at any moment, also in the middle of a questionnaire: the answers stay,
/// the current question comes again in the new language. An unreviewed translation is flagged once.
/// A language without a file is taken only when a model can translate (Azure OpenAI configured), and
/// then the machine translation is flagged once; otherwise the user hears it is not there, and what is.
/// </summary>
internal sealed class LanguageSwitch(TextCatalog texts, MachineTranslation machine, MachineBotTexts machineTexts)
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

    public async Task<IReadOnlyList<Reply>> SwitchAsync(string requested, TurnSession session, CancellationToken cancellationToken)
    {
        if (requested.Trim().Length == 0) return [new Reply(texts.Get("language_pick", session.User.Language), Choices())];
        var language = Resolve(requested);
        if (language is null && machine.Texts is not null && MachineLanguages.Resolve(requested) is { } other && !texts.Files.ContainsKey(other))
        {
            // The bot's own texts first, so this very reply already speaks the new language.
            await machineTexts.EnsureAsync(other, cancellationToken);
            return SwitchTo(other, session, [new(texts.Get("language_set_machine", other, ("language", MachineLanguages.Name(other))))], "translation_machine");
        }

        if (language is null) return [new Reply(texts.Get("language_unavailable", session.User.Language), Choices())];

        var reviewed = !texts.Files.TryGetValue(language, out var file) || file.Reviewed;
        return SwitchTo(language, session, [new(texts.Get("language_set", language))], reviewed ? null : "translation_unreviewed");
    }

    /// <summary>Sets the language, also of the questionnaire in progress; <paramref name="notice"/> is said once per language.</summary>
    private List<Reply> SwitchTo(string language, TurnSession session, List<Reply> replies, string? notice)
    {
        session.User.Language = language;
        if (session.Conversation.Dialog is { } dialog) session.Conversation.Dialog = dialog with { Language = language };
        if (notice is not null && session.User.WarnedLanguages.Add(language)) replies.Add(new Reply(texts.Get(notice, language)));
        return replies;
    }

    private List<ReplyChoice> Choices() =>
        texts.Files.Values.Where(f => f.Language != Language.Dutch).Select(f => new ReplyChoice(f.Language, f.Name)).ToList();

    private string? Resolve(string requested)
    {
        var key = requested.Trim().Trim('"').ToLowerInvariant();
        if (key.Length == 0) return null;
        if (Names.TryGetValue(key, out var code)) return code;
        return texts.Files.ContainsKey(key) ? key : texts.Files.Values.FirstOrDefault(f => f.Name.Equals(key, StringComparison.OrdinalIgnoreCase))?.Language;
    }
}
