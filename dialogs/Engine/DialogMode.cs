namespace Leerwerk.Dialogs.Engine;

/// <summary>What the engine waits for.</summary>
public enum DialogMode
{
    Asking,
    ConfirmingKnown,
    ConfirmingStop,
    PickingChange,
    OfferingResume,
}
