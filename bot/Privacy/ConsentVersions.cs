using System.Security.Cryptography;
using System.Text;
using Leerwerk.Dialogs.Questionnaires;

namespace Leerwerk.Bot.Privacy;

/// <summary>
/// Names the consent text a person agreed to: questionnaire, version, language and a hash of the exact
/// words shown. Derived, not declared in the YAML, so an editor who changes the text cannot forget to
/// bump a consent number; the hash proves which words were shown, git history has them.
/// </summary>
internal static class ConsentVersions
{
    /// <summary>The yes/no step of both intakes; `toestemming_uitleg` before it explains.</summary>
    public const string Step = "toestemming";

    private static readonly string[] ShownSteps = ["toestemming_uitleg", Step];

    public static string Of(Questionnaire questionnaire, string language)
    {
        var shown = string.Join('\n', ShownSteps.Select(id => questionnaire.Find(id)?.Prompt.Get(language) ?? string.Empty));
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(shown)))[..8];
        return $"{questionnaire.Id} v{questionnaire.Version} {language} #{hash}";
    }
}
