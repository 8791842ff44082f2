using System.Text.RegularExpressions;
using Leerwerk.Dialogs.Questionnaires;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Leerwerk.Dialogs.Loading;

/// <summary>Reads `dialogs/questionnaires/*/` and reports every problem with file and step.</summary>
public static partial class QuestionnaireLoader
{
    private static readonly IDeserializer Yaml = new DeserializerBuilder().WithNamingConvention(UnderscoredNamingConvention.Instance).Build();

    public static IReadOnlyList<Questionnaire> LoadOrThrow(string directory)
    {
        var (questionnaires, errors) = Load(directory);
        return errors.Count > 0 ? throw new QuestionnaireLoadException(errors) : questionnaires;
    }

    public static (IReadOnlyList<Questionnaire> Questionnaires, IReadOnlyList<QuestionnaireError> Errors) Load(string directory)
    {
        var questionnaires = new List<Questionnaire>();
        var errors = new List<QuestionnaireError>();
        if (!Directory.Exists(directory)) return ([], [new(directory, null, "de map met vragenlijsten bestaat niet.")]);
        foreach (var folder in Directory.EnumerateDirectories(directory).Order(StringComparer.Ordinal))
        {
            var main = Path.Combine(folder, "questionnaire.yaml");
            if (!File.Exists(main)) continue;
            var name = Path.GetRelativePath(directory, main);
            var raw = Parse<RawQuestionnaire>(main, name, errors);
            if (raw is null) continue;
            var questionnaire = new QuestionnaireValidator(name, errors).Build(raw);
            if (questionnaire is null) continue;
            foreach (var file in Directory.EnumerateFiles(folder, "*.yaml").Where(f => f != main).Order(StringComparer.Ordinal))
            {
                var translation = Parse<RawTranslation>(file, Path.GetRelativePath(directory, file), errors);
                if (translation is not null)
                    questionnaire = TranslationOverlay.Apply(questionnaire, translation, Path.GetFileNameWithoutExtension(file), Path.GetRelativePath(directory, file), errors);
            }

            if (questionnaires.Any(q => q.Id == questionnaire.Id))
                errors.Add(new(name, null, $"id '{questionnaire.Id}' wordt al door een andere vragenlijst gebruikt."));
            else
                questionnaires.Add(questionnaire);
        }

        return (questionnaires, errors);
    }

    private static T? Parse<T>(string path, string name, List<QuestionnaireError> errors) where T : class
    {
        try
        {
            return Yaml.Deserialize<T>(File.ReadAllText(path)) ?? throw new InvalidDataException("het bestand is leeg.");
        }
        catch (YamlDotNet.Core.YamlException e)
        {
            errors.Add(new(name, null, $"regel {e.Start.Line}: {(e.InnerException ?? e).Message}"));
        }
        catch (InvalidDataException e)
        {
            errors.Add(new(name, null, e.Message));
        }

        return null;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9_-]*$")]
    internal static partial Regex IdPattern();
}
