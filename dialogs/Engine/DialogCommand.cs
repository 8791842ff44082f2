namespace Leerwerk.Dialogs.Engine;

/// <summary>Words that work at every step, in Dutch and English.</summary>
public enum DialogCommand
{
    None,
    Back,
    Skip,
    Help,
    Summary,
    Change,
    Pause,
    Resume,
    Stop,
    NotUnderstood,
    Interpreter,
    Keep,
}
