using Leerwerk.Dialogs.Loading;
using Leerwerk.Dialogs.Tests.Engine;

namespace Leerwerk.Dialogs.Tests.Loading;

public sealed class QuestionnaireLoaderTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "leerwerk-flows", Guid.NewGuid().ToString("N"));

    [Fact]
    public void Load_ShippedQuestionnaires_NoErrors()
    {
        var (questionnaires, errors) = QuestionnaireLoader.Load(Path.Combine(Transcript.DialogsDirectory, "questionnaires"));

        Assert.Empty(errors);
        Assert.Contains(questionnaires, q => q.Id == "demo");
    }

    [Theory]
    [InlineData("kind: txt", "naam", "`kind` 'txt' bestaat niet")]
    [InlineData("kind: text\n        when: onbekend == ja", "naam", "'onbekend', maar dat is geen eerdere stap")]
    [InlineData("kind: choice\n        choices:\n          - id: a\n            text: { en: A }\n          - id: b\n            text: { nl: B }", "naam", "`keuze a` heeft geen Nederlandse tekst")]
    [InlineData("kind: text\n        when: \"zomaar iets\"", "naam", "`when` klopt niet")]
    public void Load_BadStep_ErrorNamesFileStepAndProblem(string stepBody, string step, string problem)
    {
        Write("kapot", $$"""
            id: kapot
            version: 1
            audience: klantmanager
            title: { nl: Kapot }
            sections:
              - id: s
                title: { nl: S }
                steps:
                  - id: eerst
                    kind: yesno
                    prompt: { nl: Eerst? }
                  - id: {{step}}
                    prompt: { nl: Vraag }
                    {{stepBody}}
            """);

        var (_, errors) = QuestionnaireLoader.Load(_root);

        var error = Assert.Single(errors);
        Assert.Equal(Path.Combine("kapot", "questionnaire.yaml"), error.File);
        Assert.Equal(step, error.Step);
        Assert.Contains(problem, error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_DuplicateStepIdsAndMissingDutchPrompt_AllErrorsReported()
    {
        Write("dubbel", """
            id: dubbel
            version: 1
            audience: jobcoach
            title: { nl: Dubbel }
            sections:
              - id: s
                title: { nl: S }
                steps:
                  - id: a
                    kind: text
                    prompt: { nl: A }
                  - id: a
                    kind: text
                    prompt: { en: A }
            """);

        var (_, errors) = QuestionnaireLoader.Load(_root);

        Assert.Contains(errors, e => e.Step == "a" && e.Problem.Contains("twee keer", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Step == "a" && e.Problem.Contains("`prompt` heeft geen Nederlandse tekst", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_DuplicateQuestionnaireIds_Reported()
    {
        const string Body = "version: 1\naudience: jobcoach\ntitle: { nl: T }\nsections:\n  - id: s\n    title: { nl: S }\n    steps:\n      - id: a\n        kind: text\n        prompt: { nl: A }\n";
        Write("een", "id: zelfde\n" + Body);
        Write("twee", "id: zelfde\n" + Body);

        var (_, errors) = QuestionnaireLoader.Load(_root);

        Assert.Contains(errors, e => e.Problem.Contains("'zelfde' wordt al", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_Translation_AddsTextsAndUnknownKeyIsAnError()
    {
        Write("vertaald", "id: vertaald\nversion: 1\naudience: statushouder\ntitle: { nl: T, nl-eenvoudig: T }\nsections:\n  - id: s\n    title: { nl: S, nl-eenvoudig: S }\n    steps:\n      - id: a\n        kind: text\n        prompt: { nl: Vraag, nl-eenvoudig: Vraag }\n");
        File.WriteAllText(Path.Combine(_root, "vertaald", "en.yaml"), "language: en\nreviewed: false\ntexts:\n  a.prompt: Question\n  b.prompt: Nothing\n");

        var (questionnaires, errors) = QuestionnaireLoader.Load(_root);

        Assert.Equal("Question", questionnaires.Single().Steps[0].Prompt.Get("en"));
        Assert.False(questionnaires.Single().TranslationsReviewed["en"]);
        Assert.Contains(errors, e => e.Problem.Contains("'b.prompt'", StringComparison.Ordinal));
    }

    [Fact]
    public void Load_BrokenYaml_ErrorWithLine()
    {
        Write("yaml", "id: yaml\nversion: [\n");

        var (_, errors) = QuestionnaireLoader.Load(_root);

        Assert.Contains("regel", Assert.Single(errors).Problem, StringComparison.Ordinal);
    }

    private void Write(string folder, string yaml)
    {
        Directory.CreateDirectory(Path.Combine(_root, folder));
        File.WriteAllText(Path.Combine(_root, folder, "questionnaire.yaml"), yaml);
    }

    public void Dispose()
    {
        if (Directory.Exists(_root)) Directory.Delete(_root, recursive: true);
    }
}
