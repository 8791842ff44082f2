using System.Globalization;
using System.Text;
using Leerwerk.Bot.Translation;
using Leerwerk.Dialogs.Texts;
using Leerwerk.Knowledge;

namespace Leerwerk.Bot.Intake;

/// <summary>
/// What a klantmanager reads in a minute: a line per aspect, the levensfase and its shift, the four
/// parts, each hindrance with its next step, the hulpbronnen, and the lessons that bear on it.
/// </summary>
internal sealed class IntakeSummary(TextCatalog texts, KnowledgeBase knowledge)
{
    private static readonly string[] Aspects = ["identiteit", "motivatie", "capaciteiten", "werkervaring", "talenten", "diplomering", "leerstijl", "netwerk", "thuissituatie", "inkomsten"];
    private static readonly string[] Parts = ["huidige-situatie", "gewenste-situatie", "hindernissen", "hulpbronnen"];

    public string Build(IntakeView view)
    {
        var intake = view.Intake;
        var text = new StringBuilder();
        var status = intake.Status == Store.Intakes.IntakeStatus.Definitief ? "definitief" : "concept";
        text.Append(CultureInfo.InvariantCulture, $"**Intake {intake.ParticipantName}** ({status}, bijgewerkt {intake.UpdatedAt:d-M-yyyy}");
        if (intake.InterpreterRequested) text.Append(", **tolk nodig**");
        text.Append(")\n\n**Per aspect**\n");
        foreach (var aspect in Aspects)
        {
            var answers = view.Tagged("aspect", aspect).Select(a => Short(TranslatedDisplay.Of(a.Row))).ToList();
            text.Append(CultureInfo.InvariantCulture, $"- {Title(aspect)}: {(answers.Count == 0 ? "—" : string.Join("; ", answers))}\n");
        }

        AppendLevensfase(view, text);
        text.Append("\n**Situatie**\n");
        foreach (var part in Parts)
        {
            var answers = view.Tagged("deel", part).Select(a => Short(TranslatedDisplay.Of(a.Row))).ToList();
            if (answers.Count > 0) text.Append(CultureInfo.InvariantCulture, $"- {Title(part)}: {string.Join("; ", answers)}\n");
        }

        var barriers = view.Barriers().ToList();
        text.Append("\n**Hindernissen en volgende stap**\n");
        if (barriers.Count == 0) text.Append("- Geen hindernissen gevonden.\n");
        foreach (var (_, rule, _) in barriers)
            text.Append(CultureInfo.InvariantCulture, $"- {rule.Label.Get(Language.Dutch)} → {rule.NextStep.Get(Language.Dutch)}\n");

        var lessons = Lessons(barriers.Select(b => b.Step.Tag("barrier")).OfType<string>());
        if (lessons.Count > 0)
        {
            text.Append("\n**Uit de rapporten**\n");
            foreach (var lesson in lessons) text.Append(CultureInfo.InvariantCulture, $"- {lesson.Title} ({lesson.Citation})\n");
        }

        return text.ToString().TrimEnd();
    }

    /// <summary>The knowledge hook: for each kind of hindrance found, the lesson that fits it best.</summary>
    public IReadOnlyList<Leerwerk.Knowledge.Search.SearchHit> Lessons(IEnumerable<string> barrierThemes) =>
        barrierThemes.Distinct(StringComparer.Ordinal)
            .SelectMany(theme => knowledge.LessonsFor(theme, "klantmanager", 1))
            .DistinctBy(h => h.Id)
            .Take(4)
            .ToList();

    private void AppendLevensfase(IntakeView view, StringBuilder text)
    {
        var then = view.Tagged("levensfase", "toen").Select(a => Short(TranslatedDisplay.Of(a.Row))).FirstOrDefault();
        var now = view.Tagged("levensfase", "nu").Select(a => Short(TranslatedDisplay.Of(a.Row))).FirstOrDefault();
        var shift = view.Tagged("levensfase", "verschuiving").FirstOrDefault();
        text.Append(CultureInfo.InvariantCulture, $"\n**Levensfase**\n- Toen: {then ?? "—"}\n- Nu: {now ?? "—"}\n");
        if (shift.Answer?.Choices is [var choice, ..])
        {
            text.Append(CultureInfo.InvariantCulture, $"- Verschuiving: {shift.Row.Display}\n");
            var key = "perspective_" + choice;
            if (texts.Has(key, Language.Dutch)) text.Append(CultureInfo.InvariantCulture, $"- Perspectief: {texts.Get(key, Language.Dutch)}\n");
        }
    }

    private static string Title(string id) => id switch
    {
        "leerstijl" => "Leer- en werkstijl",
        "talenten" => "Talenten en competenties",
        "netwerk" => "Sociaal netwerk",
        _ => char.ToUpperInvariant(id[0]) + id[1..].Replace('-', ' '),
    };

    private static string Short(string text) => text.Length <= 140 ? text : text[..137] + "...";
}
