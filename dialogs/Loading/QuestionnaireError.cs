namespace Leerwerk.Dialogs.Loading;

/// <summary>What is wrong, where: the file, the step (if any) and the problem, in Dutch.</summary>
public sealed record QuestionnaireError(string File, string? Step, string Problem)
{
    public override string ToString() => Step is null ? $"{File}: {Problem}" : $"{File}, stap '{Step}': {Problem}";
}
