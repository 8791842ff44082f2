namespace Leerwerk.Dialogs.Engine;

/// <summary>
/// Answers a question asked in the middle of a questionnaire ("wat is een praktijkverklaring?"),
/// after which the same step is asked again. The knowledge base plugs in here.
/// </summary>
public interface IInterruptionHandler
{
    Reply? TryAnswer(string question, string language);
}
