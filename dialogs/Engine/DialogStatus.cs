namespace Leerwerk.Dialogs.Engine;

public enum DialogStatus
{
    Active,
    Paused,
    Completed,

    /// <summary>Ended by `stop`: the answers so far are kept as a draft.</summary>
    Stopped,

    /// <summary>Ended by an answer that ends it at once (consent refused): nothing may be kept.</summary>
    Declined,
}
