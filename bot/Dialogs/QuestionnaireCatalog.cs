using Leerwerk.Dialogs.Loading;
using Leerwerk.Dialogs.Questionnaires;

namespace Leerwerk.Bot.Dialogs;

/// <summary>The questionnaires the bot offers, checked when it starts: a broken file stops the start with every error.</summary>
internal sealed class QuestionnaireCatalog(IReadOnlyList<Questionnaire> questionnaires)
{
    public IReadOnlyList<Questionnaire> All => questionnaires;

    public static QuestionnaireCatalog Load(string directory) => new(QuestionnaireLoader.LoadOrThrow(directory));

    public Questionnaire? Find(string id) => questionnaires.FirstOrDefault(q => q.Id == id);

    /// <summary>The questionnaire a message starts ("intake", "checkin"), if any.</summary>
    public Questionnaire? Started(string normalizedText) =>
        questionnaires.FirstOrDefault(q => q.StartWords.Any(w => string.Equals(w, normalizedText, StringComparison.OrdinalIgnoreCase)));
}
