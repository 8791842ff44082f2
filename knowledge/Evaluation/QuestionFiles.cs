using System.Text;
using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Leerwerk.Knowledge.Evaluation;

/// <summary>
/// Reads evaluation questions, and merges the per-writer <c>questions-*.yaml</c> files into the one
/// <c>questions.yaml</c> the evaluator runs on.
/// </summary>
public static class QuestionFiles
{
    public const string MergedFileName = "questions.yaml";

    public static IReadOnlyList<EvalQuestion> Read(string path)
    {
        var deserializer = new DeserializerBuilder()
            .WithNamingConvention(CamelCaseNamingConvention.Instance)
            .Build();
        var entries = deserializer.Deserialize<List<QuestionEntry>?>(File.ReadAllText(path)) ?? [];
        return entries
            .Where(e => !string.IsNullOrWhiteSpace(e.Question))
            .Select(e => new EvalQuestion(e.Question!.Trim(), e.Answers ?? []))
            .ToList();
    }

    /// <summary>
    /// Writes <c>questions.yaml</c> from every <c>questions-*.yaml</c> in <paramref name="evalDirectory"/>
    /// (which stay as they are); a question asked twice keeps its first answers.
    /// </summary>
    public static IReadOnlyList<EvalQuestion> Merge(string evalDirectory)
    {
        var merged = Directory.EnumerateFiles(evalDirectory, "questions-*.yaml")
            .Order(StringComparer.Ordinal)
            .SelectMany(Read)
            .DistinctBy(q => q.Question.ToLowerInvariant())
            .ToList();

        var yaml = new StringBuilder()
            .AppendLine("# Merged from questions-*.yaml; edit those files and merge again (QuestionFiles.Merge).");
        foreach (var question in merged)
        {
            yaml.Append("- question: ").AppendLine(Quote(question.Question));
            yaml.Append("  answers: [").AppendJoin(", ", question.Answers.Select(Quote)).AppendLine("]");
        }

        File.WriteAllText(Path.Combine(evalDirectory, MergedFileName), yaml.ToString());
        return merged;
    }

    private static string Quote(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
