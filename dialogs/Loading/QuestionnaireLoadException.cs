namespace Leerwerk.Dialogs.Loading;

/// <summary>Start-up stops with every error at once, so a policy officer fixes them in one go.</summary>
public sealed class QuestionnaireLoadException(IReadOnlyList<QuestionnaireError> errors)
    : Exception("De vragenlijsten bevatten fouten:\n" + string.Join('\n', errors.Select(e => "- " + e)))
{
    public IReadOnlyList<QuestionnaireError> Errors { get; } = errors;
}
